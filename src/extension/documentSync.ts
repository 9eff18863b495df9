// Keeps the service on the editors' text, saved or not, and sets the
// `corpusLens.isArticle` context key that scopes menus and keybindings.
// Typing re-analyses the article once the typist pauses; a hover or a
// command in between synchronises it at once through the session. Once the
// editor shows the disk's text again (saved, reloaded), the file is re-read.

import * as vscode from 'vscode';
import type { CorpusSession } from './session';

const TYPING_PAUSE_MS = 150;

export function registerDocumentSync(session: CorpusSession): vscode.Disposable {
  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    const isArticle = !!document && session.service.isArticle(document.uri.toString());
    void vscode.commands.executeCommand('setContext', 'corpusLens.isArticle', isArticle);
  };
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const syncSoon = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => {
      pending.delete(key);
      if (!document.isClosed) session.sync(document);
    }, TYPING_PAUSE_MS));
  };
  // The editor now shows the text on disk (saved, or reloaded after an outside change): synchronise
  // at once and read the file again, so that its anchors are re-saved even when the file watcher
  // saw the change while the editor still had the old text.
  const settle = (document: vscode.TextDocument) => {
    if (!session.service.isArticle(document.uri.toString())) return;
    clearTimeout(pending.get(document.uri.toString()));
    pending.delete(document.uri.toString());
    session.sync(document);
    session.fileChanged(document.uri.toString());
  };
  return vscode.Disposable.from(
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length) return;
      if (e.document.isDirty) syncSoon(e.document);
      else settle(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument(settle),
    vscode.workspace.onDidCloseTextDocument((document) => session.service.closeEditor(document.uri.toString())),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    session.onDidChange(updateContext),
  );
}
