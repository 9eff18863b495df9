// Document symbols (the Outline: each entity of the article once) and
// workspace symbols (Ctrl+T: every entity of the corpus).

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { EntityType } from '../../core/model';
import { symbolLabel, TYPE_NAMES } from '../../core/service';
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
            return new vscode.DocumentSymbol(e.name, `${TYPE_NAMES[e.type]} · ${e.mentions}×`, KIND[e.type], range, range);
          });
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const service = session.service;
        const aliases = new Map(service.catalog().entities.map((e) => [e.id, e.aliases]));
        return service.entities().flatMap((e) => {
          // the editor filters by label: an entity found by an alias is labelled "Kyiv (Kiev)"
          const label = symbolLabel(query, e.name, [...e.spellings, ...((e.entity && aliases.get(e.entity)) || [])]);
          if (label === undefined) return [];
          return [new vscode.SymbolInformation(label, KIND[e.type], `${e.mentions} mentions in ${e.documents} articles`, toVsLocation(e.first))];
        });
      },
    }),
  );
}
