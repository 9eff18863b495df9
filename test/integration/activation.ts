// How the extension activated, observed by the suite's entry point before
// any suite runs: the suites call activate() through the API, so a test
// that looked afterwards would pass whatever the activation events said.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'corpus-lens.corpus-lens';
export const TRIGGER_ARTICLE = '000_8c67307d6b1f2411.txt';

export interface ActivationObserved {
  readonly installed: boolean;
  readonly activationEvents: readonly string[];
  /** After opening an article (0 when `workspaceContains` had activated it already), or undefined when it did not activate in time. */
  readonly activatedAfterMs?: number;
  readonly exports: unknown;
}

const KEY = Symbol.for('corpusLens.activationObserved');
const ACTIVATION_LIMIT_MS = 15_000;

/** Opens an article and waits for the extension to activate; called once, before the suites load. */
export async function observeActivation(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const folder = vscode.workspace.workspaceFolders?.[0];
  let activatedAfterMs: number | undefined;
  if (extension && folder) {
    const opened = Date.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, TRIGGER_ARTICLE)));
    // VS Code has no event for another extension's activation: this is the one place that looks again and again
    while (!extension.isActive && Date.now() - opened < ACTIVATION_LIMIT_MS) await new Promise((r) => setTimeout(r, 20));
    if (extension.isActive) activatedAfterMs = Date.now() - opened;
  }
  const activationEvents = ((extension?.packageJSON as { activationEvents?: string[] } | undefined)?.activationEvents ?? []).slice();
  const observed: ActivationObserved = { installed: !!extension, activationEvents, activatedAfterMs, exports: extension?.exports };
  (globalThis as Record<symbol, unknown>)[KEY] = observed;
}

/** What observeActivation saw (the suites are bundled apart from the entry point: shared through globalThis). */
export function activationObserved(): ActivationObserved | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as ActivationObserved | undefined;
}
