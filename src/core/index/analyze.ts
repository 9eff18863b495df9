// One article, analysed: the pure step from normalised text (plus catalog,
// recogniser data and sidecar) to mentions, dates and placed annotations.

import type { AnchoredAnnotation, DateMention, EntityMention, Sidecar, Span } from '../model';
import { TextMap } from '../text/offsets';
import { recognizeEntities } from '../recognize/entities';
import { detectPublished, recognizeDates } from '../recognize/dates';
import { placeOnSavedText, reanchor } from '../annotations/anchor';
import { sha256Hex } from '../text/sha256';
import type { FileStamp, WarmStart } from './warmStart';
import type { DocumentAnalysis, PublishedDate, RecognitionContext, SidecarState } from './documentAnalysis';

export function analyzeDocument(
  uri: string,
  text: string,
  context: RecognitionContext,
  sidecar: SidecarState,
  warm?: WarmStart,
  /** The stat of the file `text` was read from; undefined for an editor's text. */
  file?: FileStamp,
): DocumentAnalysis {
  const map = new TextMap(text);
  const publishedOverride = sidecar.kind === 'loaded' ? sidecar.sidecar.published : undefined;
  const recognized =
    warm?.take(uri, file, text, publishedOverride, context.keys) ?? recognizeText(map, context, publishedOverride);
  const annotations = sidecar.kind === 'loaded' ? placeAnnotations(map, sidecar.sidecar) : [];
  return { uri, text: map, ...recognized, annotations, sidecar };
}

/** Annotations saved against this very text (same sha256) are where they say; others are re-anchored. */
function placeAnnotations(map: TextMap, sidecar: Sidecar): AnchoredAnnotation[] {
  if (sidecar.sha256 && sidecar.sha256 === sha256Hex(map.text)) return placeOnSavedText(map, sidecar.annotations);
  return reanchor(map, sidecar.annotations);
}

/** Recognition alone, for text that is not a file of the corpus (the CLI's JSONL input). */
export function recognizeText(
  map: TextMap,
  context: RecognitionContext,
  publishedOverride: string | undefined,
): Pick<DocumentAnalysis, 'published' | 'entities' | 'dates'> {
  const text = map.text;
  const detected = publishedOverride ? undefined : detectPublished(text);
  const published: PublishedDate | undefined = publishedOverride
    ? { value: publishedOverride, source: 'sidecar' }
    : detected && { value: detected.value, source: 'detected', span: toCodePoints(map, detected) };
  const entities: EntityMention[] = recognizeEntities(text, context.catalog, context.data);
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
  const pool = context.keys;
  for (const m of entities as { key: string; text: string }[]) {
    m.key = pool.intern(m.key);
    m.text = pool.intern(m.text);
  }
  for (const m of dates as { derivation: string; text: string; value: string }[]) {
    m.derivation = pool.intern(m.derivation);
    m.text = pool.intern(m.text);
    m.value = pool.intern(m.value);
  }
  return { published, entities, dates };
}

function toCodePoints(map: TextMap, utf16: Span): Span {
  return { start: map.toCodePoint(utf16.start), end: map.toCodePoint(utf16.end) };
}
