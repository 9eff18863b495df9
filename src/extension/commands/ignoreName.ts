// "Corpus Lens: Ignore This Name": a false positive (a name the catalog
// lacks) goes into the catalog's `ignore` list and is not recognised again.
// From the palette (the selection or the name under the cursor), the light
// bulb (the name, as argument) or the Entities view (a name it lists).

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { catalogEntitiesNamed } from '../../core/service';
import type { EntitiesTreeNode } from '../views/entitiesTree';
import { reportAnnotationError } from './errors';
import { selectionTarget } from './selectionTarget';

export function registerIgnoreName(session: CorpusSession): vscode.Disposable {
  // true when added; false when cancelled or refused (the message says why)
  return vscode.commands.registerCommand('corpusLens.ignoreName', async (target?: string | EntitiesTreeNode): Promise<boolean> => {
    const name = typeof target === 'string' ? target : target?.kind === 'entity' ? target.summary.name : selectionTarget(session)?.text;
    if (!name?.trim()) return false;
    const [entity] = catalogEntitiesNamed(session.service.catalog(), name);
    if (entity) {
      void vscode.window.showWarningMessage(`Corpus Lens: “${name}” is a name of ${entity.name} (${entity.id}) in the catalog; remove it there rather than ignore it.`);
      return false;
    }
    const done = await reportAnnotationError(() => session.service.ignoreName(name).then(() => true), 'Not ignored');
    if (done) vscode.window.setStatusBarMessage(`Corpus Lens: “${name}” is ignored in this corpus (Undo Last Annotation Change takes it back)`, 4000);
    return done ?? false;
  });
}
