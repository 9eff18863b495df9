// Problems with the catalog, the sidecars and skipped articles, and orphaned
// annotations, shown where the user can fix them: on the file, at the line
// (an orphan on the place where its quote is found again, when it is). A
// change updates the files it touched (an article and its sidecar, the
// catalog); only a change of everything rebuilds the whole collection.

import * as vscode from 'vscode';
import type { CorpusChange } from '../core/service';
import { sidecarUriOf } from '../core/ports';
import type { CorpusSession } from './session';
import { toVsDiagnostic } from './adapters/convert';

export function registerDiagnostics(session: CorpusSession): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('corpusLens');
  const update = (change: CorpusChange) => {
    const problems = session.service.problems();
    const touched = change.all ? undefined : touchedFiles(change, session.service.catalogUri());
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const uri of touched ?? []) byUri.set(uri, []);
    for (const problem of problems) {
      if (touched && !touched.has(problem.uri)) continue;
      const list = byUri.get(problem.uri) ?? [];
      list.push(toVsDiagnostic(problem));
      byUri.set(problem.uri, list);
    }
    if (!touched) collection.clear();
    for (const [uri, diagnostics] of byUri) collection.set(vscode.Uri.parse(uri), diagnostics.length ? diagnostics : undefined);
  };
  return vscode.Disposable.from(collection, session.onDidChange(update));
}

function touchedFiles(change: CorpusChange, catalogUri: string | undefined): Set<string> {
  const files = new Set(change.articles.flatMap((uri) => [uri, sidecarUriOf(uri)]));
  if (change.catalog && catalogUri) files.add(catalogUri);
  return files;
}
