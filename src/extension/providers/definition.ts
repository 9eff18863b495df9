import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsPosition, toVsLocation } from '../adapters/convert';

/** Go to Definition: the catalog entry, else the first mention in the corpus. */
export function registerDefinitionSupport(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(selector, {
    provideDefinition(document, position) {
      return session.sync(document)?.definition(document.uri.toString(), fromVsPosition(position)).map(toVsLocation);
    },
  });
}
