import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { reportAnnotationError } from './errors';

/**
 * Undoes the last annotation change (one command, bulk ones included).
 * Returns how many files were restored, 0 when there was nothing to undo,
 * undefined when the undo was refused (the message says why; the change
 * stays on the undo stack).
 */
export function registerUndoAnnotationChange(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand('corpusLens.undoAnnotationChange', async (): Promise<number | undefined> => {
    const restored = await reportAnnotationError(() => session.service.undo(), 'Not undone');
    if (restored === 0) void vscode.window.showInformationMessage('Corpus Lens: no annotation change to undo.');
    else if (restored) vscode.window.setStatusBarMessage(`Corpus Lens: undone (${restored} file${restored === 1 ? '' : 's'})`, 3000);
    return restored;
  });
}
