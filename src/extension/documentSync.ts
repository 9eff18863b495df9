// Keeps the service on the editors' text, saved or not, and sets the
// `corpusLens.isArticle` context key that scopes menus and keybindings.
// Typing re-analyses the article once the typist pauses; a hover or a
// command in between synchronises it at once through the session.

import * as vscode from 'vscode';
import type { CorpusSession } from './session';

const TYPING_PAUSE_MS = 150;

export function registerDocumentSync(session: CorpusSession): vscode.Disposable {
  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    const isArticle = !!document && session.service.isArticle(document.uri.toString());
    void vscode.commands.executeCommand('setContext', 'corpusLens.isArticle', isArticle);
  };
  updateContext();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const syncSoon = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => {
      pending.delete(key);
      if (!document.isClosed) session.sync(document);
    }, TYPING_PAUSE_MS));
  };
  return vscode.Disposable.from(
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && syncSoon(e.document)),
    vscode.workspace.onDidCloseTextDocument((document) => session.service.closeEditor(document.uri.toString())),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    session.onDidChange(updateContext),
  );
}
