import * as vscode from 'vscode';
import { AnnotationError } from '../../core/service';

/**
 * Runs a change; a refusal the user should read becomes an error message
 * (after `what`, e.g. "Not undone"), and the command returns undefined.
 * Commands report success only on a value from here, never after undefined.
 */
export async function reportAnnotationError<T>(change: () => Promise<T>, what?: string): Promise<T | undefined> {
  try {
    return await change();
  } catch (e) {
    if (!(e instanceof AnnotationError)) throw e;
    void vscode.window.showErrorMessage(`Corpus Lens: ${what ? `${what}: ` : ''}${e.message}`);
    return undefined;
  }
}
