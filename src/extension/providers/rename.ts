// F2 on a mention of a catalog entity renames the entity: the command's own
// compare-and-swap writes change the catalog and the sidecars (one Corpus
// Lens undo step), so the provider hands VS Code an empty workspace edit.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsPosition, toVsRange } from '../adapters/convert';

export function registerRenameSupport(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  const entityAt = (document: vscode.TextDocument, position: vscode.Position) => {
    const service = session.sync(document);
    const uri = document.uri.toString();
    const mention = service?.mentionAt(uri, fromVsPosition(position));
    const entity = mention?.entity ? service!.catalog().entities.find((e) => e.id === mention.entity) : undefined;
    const text = entity && service!.analysis(uri)?.text;
    return mention && entity && text && { entity, range: toVsRange(text.rangeOf(mention)) };
  };
  return vscode.languages.registerRenameProvider(selector, {
    prepareRename(document, position) {
      const found = entityAt(document, position);
      if (!found) throw new Error('Only a catalog entity can be renamed: add the name to the catalog first.');
      return { range: found.range, placeholder: found.entity.name };
    },
    async provideRenameEdits(document, position, newName) {
      const found = entityAt(document, position);
      if (found) await vscode.commands.executeCommand('corpusLens.renameEntity', found.entity.id, { name: newName });
      return new vscode.WorkspaceEdit();
    },
  });
}
