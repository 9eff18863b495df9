// Next / previous mention of the entity under the cursor, across the corpus.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsPosition, toVsLocation } from '../adapters/convert';

export function registerMentionNavigation(session: CorpusSession): vscode.Disposable {
  const go = (step: 1 | -1) => async () => {
    const editor = vscode.window.activeTextEditor;
    const service = editor && session.sync(editor.document);
    if (!editor || !service) return;
    const uri = editor.document.uri.toString();
    const references = service.references(uri, fromVsPosition(editor.selection.active), false);
    const offset = service.analysis(uri)!.text.offsetAt(fromVsPosition(editor.selection.active));
    const here = references.findIndex((r) => r.uri === uri && r.span.start <= offset && offset <= r.span.end);
    if (here < 0) return void vscode.window.setStatusBarMessage('Corpus Lens: no mention under the cursor', 2000);
    const target = toVsLocation(references[(here + step + references.length) % references.length]);
    const shown = await vscode.window.showTextDocument(target.uri);
    shown.selection = new vscode.Selection(target.range.start, target.range.end);
    shown.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('corpusLens.nextMention', go(1)),
    vscode.commands.registerCommand('corpusLens.previousMention', go(-1)),
  );
}
