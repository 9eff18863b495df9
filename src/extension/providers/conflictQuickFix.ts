// "Keep ours / Keep theirs / Keep both": the quick fixes on a merge conflict
// that `corpus-lens merge-driver` left in a sidecar or the catalog (each
// conflict is an error in Problems on its `status: conflict` line).

import * as vscode from 'vscode';
import type { ConflictChoice } from '../../core/service';
import { isSidecarUri } from '../../core/ports';
import { DIAGNOSTIC_SOURCE } from '../adapters/convert';
import { RESOLVE_CONFLICT_COMMAND } from '../commands/resolveConflict';
import type { CorpusSession } from '../session';

export function registerConflictQuickFix(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      provideCodeActions(document, _range, context) {
        const uri = document.uri.toString();
        const conflicts = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'conflict');
        if (!conflicts.length) return undefined;
        const problems = session.service.problems().filter((p) => p.uri === uri && p.code === 'conflict');
        return conflicts.flatMap((diagnostic) => {
          const problem = problems.find((p) => p.line === diagnostic.range.start.line && diagnostic.message.endsWith(p.message));
          if (!problem) return [];
          // two entities cannot share an id, and one value cannot be two
          const choices: ConflictChoice[] = isSidecarUri(uri) && problem.annotationId ? ['ours', 'theirs', 'both'] : ['ours', 'theirs'];
          return choices.map((choice) => {
            const title = `Keep ${choice}`;
            const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
            action.diagnostics = [diagnostic];
            action.command = { title, command: RESOLVE_CONFLICT_COMMAND, arguments: [uri, problem.annotationId, choice] };
            return action;
          });
        });
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}
