// Document symbols (the Outline: each entity of the article once) and
// workspace symbols (Ctrl+T: every entity of the corpus).

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { EntityType } from '../../core/model';
import { toVsLocation, toVsRange } from '../adapters/convert';

const KIND: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Class,
  location: vscode.SymbolKind.Namespace,
  other: vscode.SymbolKind.Constant,
};

export function registerSymbolSupport(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(selector, {
      provideDocumentSymbols(document) {
        return session
          .sync(document)
          ?.documentEntities(document.uri.toString())
          .map((e) => {
            const range = toVsRange(e.first.range);
            return new vscode.DocumentSymbol(e.name, `${e.type} · ${e.mentions}×`, KIND[e.type], range, range);
          });
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const needle = query.toLowerCase();
        return session.service
          .entities()
          .filter((e) => !needle || e.spellings.some((s) => isSubsequence(needle, s.toLowerCase())))
          .map((e) => new vscode.SymbolInformation(e.name, KIND[e.type], `${e.mentions} mentions in ${e.documents} articles`, toVsLocation(e.first)));
      },
    }),
  );
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const c of haystack) if (c === needle[i]) i++;
  return i === needle.length;
}
