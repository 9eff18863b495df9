import * as vscode from 'vscode';
import type { CorpusSession } from '../session';

/** Articles and mentions in the corpus, and problems to look at. */
export function registerStatusBar(session: CorpusSession): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('corpusLens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Corpus Lens';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const service = session.service;
    const articles = service.articles().length;
    const problems = service.problems().length;
    item.text = `$(library) ${articles} article${articles === 1 ? '' : 's'}${problems ? ` $(warning) ${problems}` : ''}`;
    item.tooltip = `Corpus Lens: ${articles} articles indexed${problems ? `, ${problems} problems (click to show)` : ''}`;
    item.show();
  };
  update();
  return vscode.Disposable.from(item, session.onDidChange(update));
}
