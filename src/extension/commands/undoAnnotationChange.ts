import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { reportAnnotationError } from './errors';

/** Undoes the last annotation change (one command, bulk ones included), sidecars only. */
export function registerUndoAnnotationChange(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand('corpusLens.undoAnnotationChange', async () => {
    const restored = await reportAnnotationError(() => session.service.undo());
    if (restored === 0) void vscode.window.showInformationMessage('Corpus Lens: no annotation change to undo.');
    else if (restored) vscode.window.setStatusBarMessage(`Corpus Lens: undone (${restored} sidecar${restored === 1 ? '' : 's'})`, 3000);
    return restored;
  });
}
