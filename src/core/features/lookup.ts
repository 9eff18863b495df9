// Finding what is at an offset, and turning spans into locations.

import type { AnchoredAnnotation, DateMention, EntityMention, Location, Span } from '../model';
import type { CorpusIndex } from '../index/corpusIndex';
import type { DocumentAnalysis } from '../index/documentAnalysis';

/** The mention containing the offset; an offset just after a mention still counts (the cursor sits there). */
export function entityAt(analysis: DocumentAnalysis, offset: number): EntityMention | undefined {
  return spanAt(analysis.entities, offset);
}

export function dateAt(analysis: DocumentAnalysis, offset: number): DateMention | undefined {
  return spanAt(analysis.dates, offset);
}

function spanAt<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  const hit = sorted[lo];
  return hit && hit.start <= offset && offset <= hit.end ? hit : undefined;
}

/** Placed annotations that overlap the span; an empty span (the cursor) counts at either edge of one. */
export function annotationsOver(analysis: DocumentAnalysis, span: Span): AnchoredAnnotation[] {
  return analysis.annotations.filter(({ span: placed }) =>
    !placed ? false : span.start === span.end
      ? placed.start <= span.start && span.start <= placed.end
      : placed.start < span.end && span.start < placed.end,
  );
}

export function toLocation(index: CorpusIndex, uri: string, span: Span): Location {
  const text = index.get(uri)?.text;
  const range = text ? text.rangeOf(span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { uri, span: { start: span.start, end: span.end }, range };
}
