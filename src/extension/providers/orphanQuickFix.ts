// "Re-attach here": the quick fix on an orphaned annotation's diagnostic
// when its quote was found elsewhere without its context (the diagnostic's
// range is that place).

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { DIAGNOSTIC_SOURCE, toVsRange } from '../adapters/convert';
import { REATTACH_COMMAND } from '../commands/reattachAnnotation';
import type { AnnotationTarget } from '../commands/annotationTarget';

export function registerOrphanQuickFix(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      provideCodeActions(document, _range, context) {
        const uri = document.uri.toString();
        const orphans = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'orphaned');
        if (!orphans.length) return undefined;
        session.sync(document);
        const problems = session.service.problems().filter((p) => p.uri === uri && p.code === 'orphaned' && p.range && p.annotationId);
        return orphans.flatMap((diagnostic) => {
          // the diagnostic as shown, matched to the problem of now: same place, same message (which names the annotation)
          const problem = problems.find((p) => p.message === diagnostic.message && toVsRange(p.range!).isEqual(diagnostic.range));
          if (!problem) return [];
          const title = `Re-attach here (“${document.getText(diagnostic.range)}”)`;
          const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.isPreferred = true;
          const target: AnnotationTarget = { uri, id: problem.annotationId! };
          action.command = { title, command: REATTACH_COMMAND, arguments: [target, diagnostic.range] };
          return [action];
        });
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}
