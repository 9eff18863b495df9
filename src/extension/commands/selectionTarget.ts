// What the annotation commands act on: the selection, or with an empty
// selection the recognised mention under the cursor (the core decides).

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { CorpusService, EditorTarget } from '../../core/service';
import { fromVsRange } from '../adapters/convert';

export interface SelectionTarget extends EditorTarget {
  readonly service: CorpusService;
}

export function selectionTarget(session: CorpusSession, range?: vscode.Range): SelectionTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  const service = editor && session.sync(editor.document);
  const target = editor && service?.targetAt(editor.document.uri.toString(), fromVsRange(range ?? editor.selection));
  if (!service || !target) {
    void vscode.window.showWarningMessage('Corpus Lens: open an article of the corpus first.');
    return undefined;
  }
  if (target.span.start === target.span.end) {
    void vscode.window.showWarningMessage('Corpus Lens: select the text to annotate, or put the cursor on a recognised name.');
    return undefined;
  }
  return { ...target, service };
}
