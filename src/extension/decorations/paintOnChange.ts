// When editors are painted again: a visible editor whose article changed
// (or every one, when everything did), and each editor as it becomes visible.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';

export function paintOnChange(session: CorpusSession, paint: (editor: vscode.TextEditor) => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(paint)),
    session.onDidChange((change) => {
      const articles = change.all ? undefined : new Set(change.articles);
      for (const editor of vscode.window.visibleTextEditors) if (!articles || articles.has(editor.document.uri.toString())) paint(editor);
    }),
  );
}
