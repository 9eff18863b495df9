// Keeps the service on the editors' text, saved or not, and sets the
// `corpusLens.isArticle` context key that scopes menus and keybindings.

import * as vscode from 'vscode';
import type { CorpusSession } from './session';

export function registerDocumentSync(session: CorpusSession): vscode.Disposable {
  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    const isArticle = !!document && session.service.isArticle(document.uri.toString());
    void vscode.commands.executeCommand('setContext', 'corpusLens.isArticle', isArticle);
  };
  updateContext();
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && session.sync(e.document)),
    vscode.workspace.onDidCloseTextDocument((document) => session.service.closeEditor(document.uri.toString())),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    session.onDidChange(updateContext),
  );
}
