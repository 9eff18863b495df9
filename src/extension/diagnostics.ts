// Problems with the catalog, the sidecars and skipped articles, shown where
// the user can fix them: on the file, at the line.

import * as vscode from 'vscode';
import type { CorpusSession } from './session';
import type { Problem } from '../core/model';

export function registerDiagnostics(session: CorpusSession): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('corpusLens');
  const update = () => {
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const problem of session.service.problems()) {
      const list = byUri.get(problem.uri) ?? [];
      list.push(toDiagnostic(problem));
      byUri.set(problem.uri, list);
    }
    collection.clear();
    for (const [uri, diagnostics] of byUri) collection.set(vscode.Uri.parse(uri), diagnostics);
  };
  update();
  return vscode.Disposable.from(collection, session.onDidChange(update));
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  // YAML columns are code points; lines of these files are short and almost always BMP, so the column is kept as is
  const position = new vscode.Position(problem.line, problem.column);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(position, position.translate(0, 1)),
    problem.message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'Corpus Lens';
  return diagnostic;
}
