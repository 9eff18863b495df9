// Next / previous mention of the entity under the cursor, across the corpus.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsPosition, toVsLocation } from '../adapters/convert';

export function registerMentionNavigation(session: CorpusSession): vscode.Disposable {
  const go = (step: 1 | -1) => async () => {
    const editor = vscode.window.activeTextEditor;
    const service = editor && session.sync(editor.document);
    if (!editor || !service) return;
    const next = service.adjacentMention(editor.document.uri.toString(), fromVsPosition(editor.selection.active), step);
    if (!next) return void vscode.window.setStatusBarMessage('Corpus Lens: no mention under the cursor', 2000);
    const target = toVsLocation(next);
    const shown = await vscode.window.showTextDocument(target.uri);
    shown.selection = new vscode.Selection(target.range.start, target.range.end);
    shown.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('corpusLens.nextMention', go(1)),
    vscode.commands.registerCommand('corpusLens.previousMention', go(-1)),
  );
}
