// The light bulb's "Ignore “X” in this corpus" on a recognised name the
// catalog lacks: the quick way to dismiss a false positive.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsRange } from '../adapters/convert';

export function registerIgnoreQuickFix(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      provideCodeActions(document, range) {
        const mention = session.sync(document)?.targetAt(document.uri.toString(), fromVsRange(range))?.mention;
        if (!mention || mention.entity !== null) return undefined;
        const title = `Ignore “${mention.text}” in this corpus`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { title, command: 'corpusLens.ignoreName', arguments: [mention.text] };
        return [action];
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}
