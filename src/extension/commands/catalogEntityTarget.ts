// Which catalog entity a rename or merge is about: an id passed in, an
// Entities view row, or the catalog entity recognised under the cursor.

import * as vscode from 'vscode';
import type { CatalogEntity } from '../../core/model';
import type { CorpusSession } from '../session';
import type { EntitiesTreeNode } from '../views/entitiesTree';
import { fromVsPosition } from '../adapters/convert';

export function catalogEntityTarget(session: CorpusSession, target?: string | EntitiesTreeNode): CatalogEntity | undefined {
  const catalog = session.service.catalog();
  let id = typeof target === 'string' ? target : target?.kind === 'entity' ? target.summary.entity ?? undefined : undefined;
  if (id === undefined && target === undefined) id = entityUnderCursor(session);
  const entity = catalog.entities.find((e) => e.id === id);
  if (!entity) void vscode.window.showWarningMessage('Corpus Lens: put the cursor on a name of a catalog entity (or pick one in the Entities view); add a name to the catalog first.');
  return entity;
}

function entityUnderCursor(session: CorpusSession): string | undefined {
  const editor = vscode.window.activeTextEditor;
  return (editor && session.sync(editor.document)?.mentionAt(editor.document.uri.toString(), fromVsPosition(editor.selection.active))?.entity) ?? undefined;
}
