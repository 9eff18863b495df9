// One article, analysed: the pure step from normalised text (plus catalog,
// recogniser data and sidecar) to mentions, dates and placed annotations.

import type { AnchoredAnnotation, DateMention, EntityMention, Sidecar, Span } from '../model';
import { TextMap } from '../text/offsets';
import { recognizeEntities } from '../recognize/entities';
import { detectPublished, recognizeDates } from '../recognize/dates';
import { placeOnSavedText, reanchor } from '../annotations/anchor';
import { sha256Hex } from '../text/sha256';
import type { FileStat } from '../ports';
import type { WarmStart } from './warmStart';
import { publishedOverrideOf, type DocumentAnalysis, type PublishedDate, type RecognitionContext, type SidecarState } from './documentAnalysis';
import { AnalysedArticle, compactMentions } from './analysedArticle';

/** What recognition gives one article: plain data, so that it crosses to and from a worker thread. */
export type Recognition = Pick<DocumentAnalysis, 'published' | 'entities' | 'dates'>;

/** An article's recognition made on another thread, with the text and publication date it was made from. */
export interface RecognizedElsewhere {
  readonly text: string;
  readonly published: string | undefined;
  readonly recognition: Recognition;
}

export function analyzeDocument(
  uri: string,
  map: TextMap,
  context: RecognitionContext,
  sidecar: SidecarState,
  warm?: WarmStart,
  /** The stat of the file `map`'s text was read from; undefined for an editor's text. */
  file?: FileStat,
  elsewhere?: RecognizedElsewhere,
): AnalysedArticle {
  const publishedOverride = publishedOverrideOf(sidecar);
  const pool = context.keys;
  let recognized = warm?.take(uri, file, map, publishedOverride);
  if (!recognized) {
    const fresh = elsewhere && elsewhere.text === map.text && elsewhere.published === publishedOverride ? elsewhere.recognition : undefined;
    const { published, entities, dates } = fresh ?? recognizeText(map, context, publishedOverride);
    recognized = { published, mentions: compactMentions(entities, dates, pool) };
  }
  const annotations = sidecar.kind === 'loaded' ? placeAnnotations(map, sidecar.sidecar) : [];
  return new AnalysedArticle(uri, map, recognized.published, recognized.mentions, annotations, sidecar, pool);
}

/** Annotations saved against this very text (same sha256) are where they say; others are re-anchored. */
export function placeAnnotations(map: TextMap, sidecar: Sidecar): AnchoredAnnotation[] {
  if (sidecar.sha256 && sidecar.sha256 === sha256Hex(map.text)) return placeOnSavedText(map, sidecar.annotations);
  return reanchor(map, sidecar.annotations);
}

/**
 * Recognition alone, for text that is not a file of the corpus (the CLI): its
 * strings are not pooled, which only pays for results the index keeps.
 */
export function recognizeText(
  map: TextMap,
  context: Pick<RecognitionContext, 'catalog' | 'data'>,
  publishedOverride: string | undefined,
): Recognition {
  const text = map.text;
  const detected = publishedOverride ? undefined : detectPublished(text);
  const published: PublishedDate | undefined = publishedOverride
    ? { value: publishedOverride, source: 'sidecar' }
    : detected && { value: detected.value, source: 'detected', span: toCodePoints(map, detected) };
  const entities: EntityMention[] = recognizeEntities(text, context.catalog, context.data());
  const dates: DateMention[] = recognizeDates(text, published?.value);
  // the recognisers count UTF-16 units, which are code points unless the text has astral characters
  if (map.hasAstral) {
    for (const list of [entities, dates] as { start: number; end: number }[][]) {
      for (const m of list) {
        m.start = map.toCodePoint(m.start);
        m.end = map.toCodePoint(m.end);
      }
    }
  }
  return { published, entities, dates };
}

function toCodePoints(map: TextMap, utf16: Span): Span {
  return { start: map.toCodePoint(utf16.start), end: map.toCodePoint(utf16.end) };
}
