// The command behind "Keep ours / Keep theirs / Keep both" on a merge
// conflict in a sidecar or the catalog (providers/conflictQuickFix.ts).
// Returns true when the file was resolved, so tests and callers know.

import * as vscode from 'vscode';
import type { ConflictChoice } from '../../core/service';
import type { CorpusSession } from '../session';
import { reportAnnotationError } from './errors';

export const RESOLVE_CONFLICT_COMMAND = 'corpusLens.resolveConflict';

export function registerResolveConflict(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand(RESOLVE_CONFLICT_COMMAND, async (uri: string, id: string | undefined, choice: ConflictChoice): Promise<boolean> => {
    const done = await reportAnnotationError(async () => {
      await session.service.resolveConflict(uri, id, choice);
      return true;
    }, 'Conflict not resolved');
    if (done) vscode.window.setStatusBarMessage(`Corpus Lens: conflict resolved (kept ${choice === 'both' ? 'both' : choice})`, 3000);
    return done ?? false;
  });
}
