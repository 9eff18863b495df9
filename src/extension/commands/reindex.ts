import * as vscode from 'vscode';
import type { CorpusSession } from '../session';

/** Rebuilds the index from disk, for when files changed behind the watchers' back. */
export function registerReindex(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand('corpusLens.reindex', async () => {
    session.start();
    await session.whenIndexed();
  });
}
