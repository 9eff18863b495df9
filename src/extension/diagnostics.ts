// Problems with the catalog, the sidecars and skipped articles, and orphaned
// annotations, shown where the user can fix them: on the file, at the line
// (an orphan on the place where its quote is found again, when it is).

import * as vscode from 'vscode';
import type { CorpusSession } from './session';
import { toVsDiagnostic } from './adapters/convert';

export function registerDiagnostics(session: CorpusSession): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('corpusLens');
  const update = () => {
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const problem of session.service.problems()) {
      const list = byUri.get(problem.uri) ?? [];
      list.push(toVsDiagnostic(problem));
      byUri.set(problem.uri, list);
    }
    collection.clear();
    for (const [uri, diagnostics] of byUri) collection.set(vscode.Uri.parse(uri), diagnostics);
  };
  update();
  return vscode.Disposable.from(collection, session.onDidChange(update));
}
