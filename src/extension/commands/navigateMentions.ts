// Next / previous mention of the entity under the cursor, across the corpus;
// the status bar says which one of how many ("Mention 3 of 27").

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsPosition, toVsLocation } from '../adapters/convert';
import { showLocation } from './showLocation';

const MESSAGE_MS = 3000;

export function registerMentionNavigation(session: CorpusSession): vscode.Disposable {
  const go = (step: 1 | -1) => async (): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const service = editor && session.sync(editor.document);
    if (!editor || !service) return undefined;
    const next = service.adjacentMention(editor.document.uri.toString(), fromVsPosition(editor.selection.active), step);
    if (!next) return void vscode.window.setStatusBarMessage('Corpus Lens: no mention under the cursor', 2000);
    await showLocation(toVsLocation(next.location));
    const message = `Mention ${next.position} of ${next.total}`;
    vscode.window.setStatusBarMessage(`Corpus Lens: ${message}`, MESSAGE_MS);
    return message;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('corpusLens.nextMention', go(1)),
    vscode.commands.registerCommand('corpusLens.previousMention', go(-1)),
  );
}
