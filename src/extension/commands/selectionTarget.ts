// What the annotation commands act on: the selection, or with an empty
// selection the recognised mention under the cursor.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { EntityMention, Span } from '../../core/model';
import type { CorpusService } from '../../core/service';
import { fromVsPosition } from '../adapters/convert';

export interface SelectionTarget {
  readonly service: CorpusService;
  readonly uri: string;
  readonly span: Span;
  readonly text: string;
  /** The recognised mention that contains the span, if any. */
  readonly mention?: EntityMention;
}

export function selectionTarget(session: CorpusSession, range?: vscode.Range): SelectionTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  const service = editor && session.sync(editor.document);
  if (!editor || !service) {
    void vscode.window.showWarningMessage('Corpus Lens: open an article of the corpus first.');
    return undefined;
  }
  const uri = editor.document.uri.toString();
  const analysis = service.analysis(uri)!;
  const selected = range ?? editor.selection;
  let span: Span = { start: analysis.text.offsetAt(fromVsPosition(selected.start)), end: analysis.text.offsetAt(fromVsPosition(selected.end)) };
  const mention = analysis.entities.find((m) => m.start <= span.start && span.end <= m.end);
  if (span.start === span.end) {
    if (!mention) {
      void vscode.window.showWarningMessage('Corpus Lens: select the text to annotate, or put the cursor on a recognised name.');
      return undefined;
    }
    span = { start: mention.start, end: mention.end };
  }
  return { service, uri, span, text: analysis.text.slice(span.start, span.end), mention };
}
