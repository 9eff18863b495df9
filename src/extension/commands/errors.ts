import * as vscode from 'vscode';
import { AnnotationError } from '../../core/service';

/** Runs a change; a refusal the user should read becomes an error message, and the command returns undefined. */
export async function reportAnnotationError<T>(change: () => Promise<T>): Promise<T | undefined> {
  try {
    return await change();
  } catch (e) {
    if (!(e instanceof AnnotationError)) throw e;
    void vscode.window.showErrorMessage(`Corpus Lens: ${e.message}`);
    return undefined;
  }
}
