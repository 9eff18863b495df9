import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsPosition, toVsRange } from '../adapters/convert';

/** Marks the other mentions of the entity under the cursor in the open article. */
export function registerHighlightSupport(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerDocumentHighlightProvider(selector, {
    provideDocumentHighlights(document, position) {
      return session
        .sync(document)
        ?.highlights(document.uri.toString(), fromVsPosition(position))
        .map((range) => new vscode.DocumentHighlight(toVsRange(range), vscode.DocumentHighlightKind.Read));
    },
  });
}
