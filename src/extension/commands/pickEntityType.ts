import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../../core/model';
import { TYPE_NAMES } from '../../core/service';

/** Asks for an entity type by its UI name (Person, Organisation, Place, Other), `suggested` first. */
export async function pickEntityType(suggested?: EntityType): Promise<EntityType | undefined> {
  const ordered = suggested ? [suggested, ...ENTITY_TYPES.filter((t) => t !== suggested)] : ENTITY_TYPES;
  const picked = await vscode.window.showQuickPick(
    ordered.map((type) => ({ label: TYPE_NAMES[type], type })),
    { placeHolder: 'Type' },
  );
  return picked?.type;
}
