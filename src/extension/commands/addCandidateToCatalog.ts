// Add a name the catalog lacks to entities.yaml, with its variant spellings
// (Kiev/Kyiv/Kiyv) as aliases.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { CatalogEntity } from '../../core/model';
import { TYPE_NAMES } from '../../core/service';
import type { EntitiesTreeNode } from '../views/entitiesTree';
import { fromVsPosition } from '../adapters/convert';
import { reportAnnotationError } from './errors';

export function registerAddCandidateToCatalog(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand(
    'corpusLens.addCandidateToCatalog',
    async (target?: string | EntitiesTreeNode): Promise<CatalogEntity | undefined> => {
      const key = typeof target === 'string' ? target : target?.kind === 'entity' ? target.summary.key : await pickCandidate(session);
      if (!key) return undefined;
      const added = await reportAnnotationError(() => session.service.addCandidateToCatalog(key));
      if (added) vscode.window.setStatusBarMessage(`Corpus Lens: added ${added.name} (${added.id}) to the catalog`, 3000);
      return added;
    },
  );
}

/** The candidate under the cursor, else one picked from the list of candidates. */
async function pickCandidate(session: CorpusSession): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const mention = editor && session.sync(editor.document)?.mentionAt(editor.document.uri.toString(), fromVsPosition(editor.selection.active));
  if (mention && mention.entity === null) return mention.key;
  const picked = await vscode.window.showQuickPick(
    session.service.candidates().map((c) => ({
      label: c.name,
      description: `${TYPE_NAMES[c.type]} · ${c.mentions} mentions in ${c.documents} articles`,
      detail: c.spellings.length > 1 ? `also ${c.spellings.filter((s) => s !== c.name).join(', ')}` : undefined,
      key: c.keys[0],
    })),
    { placeHolder: 'Name to add to the catalog', matchOnDetail: true },
  );
  return picked?.key;
}
