// What every export format is written from: one article's normalised text
// and its spans, as plain data. Offsets are code points over that text.

import type { AnchoredAnnotation, Catalog, DateMention, EntityMention, EntityType } from '../model';
import { withoutUndefined } from '../features/sidecarEdit';
import { quoteSelector } from '../annotations/anchor';
import { TextMap } from '../text/offsets';

export type SpanType = EntityType | 'date';

export interface ExportSpan {
  readonly start: number;
  readonly end: number;
  /** The text at start..end. */
  readonly text: string;
  readonly type: SpanType;
  /** `annotation`: the user's; `recognized`: a mention no annotation covers (--include-recognized). */
  readonly source: 'annotation' | 'recognized';
  /** The annotation's id (annotations only). */
  readonly id?: string;
  /** Catalog id. */
  readonly entity?: string;
  /** The catalog entity's Wikidata Q-number, when it has one. */
  readonly wikidata?: string;
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly created?: string;
  /** W3C TextQuoteSelector context, up to 32 code points each side. */
  readonly prefix: string;
  readonly suffix: string;
}

export interface ExportArticle {
  /** The article's path relative to the corpus root, with `/` separators. */
  readonly path: string;
  /** The normalised text (LF, no BOM) the offsets count over. */
  readonly text: string;
  /** By start, then longest first. */
  readonly spans: readonly ExportSpan[];
  /** Annotations left out because they are orphaned: they have no place in the text. */
  readonly orphans: number;
}

export interface ArticleInput {
  readonly path: string;
  readonly text: string;
  readonly annotations: readonly AnchoredAnnotation[];
  readonly entities: readonly EntityMention[];
  readonly dates: readonly DateMention[];
}

/** The spans of one article: its anchored annotations and, when asked, the recognised mentions they do not cover. */
export function exportArticle(input: ArticleInput, catalog: Catalog, includeRecognized: boolean): ExportArticle {
  const map = new TextMap(input.text);
  const quote = (start: number, end: number) => {
    const { exact, prefix, suffix } = quoteSelector(map, { start, end });
    return { text: exact, prefix, suffix };
  };
  const byId = new Map(catalog.entities.map((e) => [e.id, e]));
  const spans: ExportSpan[] = [];
  let orphans = 0;
  for (const { annotation: a, span } of input.annotations) {
    if (!span) {
      orphans++;
      continue;
    }
    const entry = a.entity === undefined ? undefined : byId.get(a.entity);
    spans.push(withoutUndefined({
      start: span.start,
      end: span.end,
      ...quote(span.start, span.end),
      type: a.type ?? entry?.type ?? 'other',
      source: 'annotation' as const,
      id: a.id,
      entity: a.entity,
      wikidata: entry?.wikidata,
      note: a.note,
      tags: a.tags?.length ? a.tags : undefined,
      created: a.created,
    }));
  }
  if (includeRecognized) {
    const covered = spans.slice();
    const overlaps = (s: { start: number; end: number }) => covered.some((c) => c.start < s.end && s.start < c.end);
    for (const m of input.entities) {
      if (overlaps(m)) continue;
      const entry = m.entity === null ? undefined : byId.get(m.entity);
      spans.push(withoutUndefined({
        start: m.start, end: m.end, ...quote(m.start, m.end), type: m.type, source: 'recognized' as const,
        entity: m.entity ?? undefined, wikidata: entry?.wikidata,
      }));
    }
    for (const d of input.dates) {
      if (overlaps(d)) continue;
      spans.push({ start: d.start, end: d.end, ...quote(d.start, d.end), type: 'date', source: 'recognized' });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { path: input.path, text: input.text, spans, orphans };
}
