// What an editor command acts on, asked once here instead of in every
// command: the selected text, or with an empty selection the recognised
// mention under the cursor, with the annotations there.

import type { AnchoredAnnotation, EntityMention, Span } from '../model';
import type { DocumentAnalysis } from '../index/documentAnalysis';
import { annotationsOver } from './lookup';

export interface EditorTarget {
  readonly uri: string;
  /** The selection; for an empty one, the mention under the cursor (else the empty span). */
  readonly span: Span;
  /** The text of `span`. */
  readonly text: string;
  /** The recognised mention that contains the span, if any. */
  readonly mention?: EntityMention;
  /** Placed annotations over the span (at the cursor, either edge of one counts). */
  readonly annotations: readonly AnchoredAnnotation[];
}

export function targetAt(analysis: DocumentAnalysis, selected: Span): EditorTarget {
  const mention = analysis.entities.find((m) => m.start <= selected.start && selected.end <= m.end);
  const span = selected.start === selected.end && mention ? { start: mention.start, end: mention.end } : selected;
  return {
    uri: analysis.uri,
    span,
    text: analysis.text.slice(span.start, span.end),
    mention,
    annotations: annotationsOver(analysis, selected),
  };
}
