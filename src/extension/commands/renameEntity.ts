// "Rename Entity" and "Merge Entities": a catalog entity's name and/or id
// changed, or one entity folded into another, across the catalog and every
// sidecar in one Corpus Lens undo step. F2 on a mention runs the rename.

import * as vscode from 'vscode';
import type { CatalogEntity } from '../../core/model';
import type { EntityRename } from '../../core/service';
import type { CorpusSession } from '../session';
import type { EntitiesTreeNode } from '../views/entitiesTree';
import { catalogEntityTarget } from './catalogEntityTarget';
import { reportAnnotationError } from './errors';

const ID = /^[a-z0-9-]+$/;

export function registerEntityRenaming(session: CorpusSession): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(
      'corpusLens.renameEntity',
      async (target?: string | EntitiesTreeNode, answer?: EntityRename): Promise<CatalogEntity | undefined> => {
        const entity = catalogEntityTarget(session, target);
        if (!entity) return undefined;
        const rename = answer ?? (await askRename(session, entity));
        if (!rename) return undefined;
        const renamed = await reportAnnotationError(() => session.service.renameEntity(entity.id, rename), 'Not renamed');
        if (renamed) vscode.window.setStatusBarMessage(`Corpus Lens: ${entity.name} (${entity.id}) is now ${renamed.name} (${renamed.id})`, 4000);
        return renamed;
      },
    ),
    vscode.commands.registerCommand(
      'corpusLens.mergeEntities',
      async (target?: string | EntitiesTreeNode, intoId?: string): Promise<CatalogEntity | undefined> => {
        const from = catalogEntityTarget(session, target);
        if (!from) return undefined;
        const into = intoId ?? (await askInto(session, from));
        if (!into) return undefined;
        const merged = await reportAnnotationError(() => session.service.mergeEntities(from.id, into), 'Not merged');
        if (merged) vscode.window.setStatusBarMessage(`Corpus Lens: ${from.name} merged into ${merged.name}`, 4000);
        return merged;
      },
    ),
  );
}

async function askRename(session: CorpusSession, entity: CatalogEntity): Promise<EntityRename | undefined> {
  const name = await vscode.window.showInputBox({
    title: `Rename ${entity.name}`,
    prompt: 'New name (the old one stays an alias, so the articles still match)',
    value: entity.name,
    validateInput: (v) => (v.trim() ? undefined : 'A name'),
  });
  if (name === undefined) return undefined;
  const taken = new Set(session.service.catalog().entities.map((e) => e.id));
  const id = await vscode.window.showInputBox({
    title: `Rename ${entity.name}`,
    prompt: 'Id (changing it rewrites every sidecar that uses it)',
    value: entity.id,
    validateInput: (v) => (!ID.test(v) ? 'Lower-case letters, digits and hyphens' : v !== entity.id && taken.has(v) ? `${v} is taken` : undefined),
  });
  if (id === undefined) return undefined;
  return { name: name.trim(), id };
}

async function askInto(session: CorpusSession, from: CatalogEntity): Promise<string | undefined> {
  const others = session.service.catalog().entities.filter((e) => e.id !== from.id);
  const picked = await vscode.window.showQuickPick(
    others.map((e) => ({ label: e.name, description: e.id, detail: e.description, id: e.id })),
    { title: `Merge ${from.name} into…`, placeHolder: 'The entity that stays; the names of the other become its aliases' },
  );
  if (!picked) return undefined;
  const merge = 'Merge';
  const sure = await vscode.window.showWarningMessage(
    `Merge ${from.name} (${from.id}) into ${picked.label} (${picked.id})? ${from.id} leaves the catalog, its names become aliases of ${picked.label} and its annotations point there. Undo Last Annotation Change takes it back.`,
    { modal: true },
    merge,
  );
  return sure === merge ? picked.id : undefined;
}
