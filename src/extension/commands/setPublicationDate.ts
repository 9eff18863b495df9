import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { reportAnnotationError } from './errors';

/** Sets the article's publication date (saved in its sidecar); relative dates resolve against it. */
export function registerSetPublicationDate(session: CorpusSession): vscode.Disposable {
  // true when saved; false when cancelled or refused (the message says why)
  return vscode.commands.registerCommand('corpusLens.setPublicationDate', async (date?: string): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    const service = editor && session.sync(editor.document);
    if (!editor || !service) return false;
    const uri = editor.document.uri.toString();
    const current = service.analysis(uri)?.published;
    const value =
      date ??
      (await vscode.window.showInputBox({
        title: 'Publication date of this article',
        prompt: current ? `Now ${current.value} (${current.source === 'sidecar' ? 'set by you' : 'detected'}). Empty clears yours.` : 'None detected.',
        placeHolder: 'YYYY-MM-DD',
        value: current?.value,
        validateInput: (v) => (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'A date as YYYY-MM-DD'),
      }));
    if (value === undefined) return false;
    const saved = await reportAnnotationError(() => service.setPublished(uri, value || undefined).then(() => true));
    if (saved) vscode.window.setStatusBarMessage(`Corpus Lens: publication date ${value ? `set to ${value}` : 'cleared'}`, 3000);
    return saved ?? false;
  });
}
