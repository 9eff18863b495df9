import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsPosition, toVsLocation } from '../adapters/convert';

/** Find All References: every mention of the entity in every article (and its catalog entry as the declaration). */
export function registerReferenceSupport(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(selector, {
    provideReferences(document, position, context) {
      return session
        .sync(document)
        ?.references(document.uri.toString(), fromVsPosition(position), context.includeDeclaration)
        .map(toVsLocation);
    },
  });
}
