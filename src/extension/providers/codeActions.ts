// Light-bulb actions on a recognised mention or a selection: annotate it,
// annotate every identical mention, link it to a catalog entity.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsRange } from '../adapters/convert';

export function registerCodeActions(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      provideCodeActions(document, range) {
        const target = session.sync(document)?.targetAt(document.uri.toString(), fromVsRange(range));
        if (!target || target.span.start === target.span.end) return undefined;
        const text = target.text;
        // an empty range means "the mention under the cursor", which the commands find themselves
        const args = range.isEmpty ? [] : [range];
        const action = (title: string, command: string, commandArgs: unknown[]) => {
          const a = new vscode.CodeAction(title, vscode.CodeActionKind.Empty);
          a.command = { title, command, arguments: commandArgs };
          return a;
        };
        return [
          action(`Annotate “${text}”…`, 'corpusLens.annotateSelection', [undefined, ...args]),
          action(`Annotate every “${text}” in this article…`, 'corpusLens.annotateIdenticalInArticle', [{ range: args[0] }]),
          action(`Annotate every “${text}” in the corpus…`, 'corpusLens.annotateIdenticalInCorpus', [{ range: args[0] }]),
          action(`Link “${text}” to a catalog entity…`, 'corpusLens.linkToEntity', [undefined, ...args]),
        ];
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.Empty] },
  );
}
