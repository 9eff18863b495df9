// One article, analysed: the pure step from normalised text (plus catalog,
// recogniser data and sidecar) to mentions, dates and placed annotations.

import type { AnchoredAnnotation, DateMention, EntityMention, Sidecar, Span } from '../model';
import { TextMap } from '../text/offsets';
import { recognizeEntities } from '../recognize/entities';
import { detectPublished, recognizeDates } from '../recognize/dates';
import { placeOnSavedText, reanchor } from '../annotations/anchor';
import { sha256Hex } from '../text/sha256';
import { contentHash as hashOf, type WarmStart } from './warmStart';
import type { DocumentAnalysis, PublishedDate, RecognitionContext, SidecarState, StringPool } from './documentAnalysis';

/** What recognition gives one article: plain data, so that it crosses to and from a worker thread. */
export type Recognition = Pick<DocumentAnalysis, 'published' | 'entities' | 'dates'>;

/** What was worked out for this very text (and sidecar) before analysing it: its hash, and maybe its recognition from another thread. */
export interface Precomputed {
  readonly text: string;
  /** The sidecar's publication date it was hashed (and recognised) with. */
  readonly published: string | undefined;
  readonly contentHash: string;
  readonly recognition?: Recognition;
}

export function analyzeDocument(
  uri: string,
  text: string,
  context: RecognitionContext,
  sidecar: SidecarState,
  warm?: WarmStart,
  precomputed?: Precomputed,
): DocumentAnalysis {
  const map = new TextMap(text);
  const publishedOverride = sidecar.kind === 'loaded' ? sidecar.sidecar.published : undefined;
  const known = precomputed?.text === text && precomputed.published === publishedOverride ? precomputed : undefined;
  const contentHash = known?.contentHash ?? hashOf(text, publishedOverride);
  const elsewhere = known?.recognition;
  const recognized =
    warm?.take(contentHash, context.keys) ??
    (elsewhere ? shareStrings(elsewhere, context.keys) : recognizeText(map, context, publishedOverride));
  const annotations = sidecar.kind === 'loaded' ? placeAnnotations(map, sidecar.sidecar) : [];
  return { uri, text: map, contentHash, ...recognized, annotations, sidecar };
}

/** Annotations saved against this very text (same sha256) are where they say; others are re-anchored. */
export function placeAnnotations(map: TextMap, sidecar: Sidecar): AnchoredAnnotation[] {
  if (sidecar.sha256 && sidecar.sha256 === sha256Hex(map.text)) return placeOnSavedText(map, sidecar.annotations);
  return reanchor(map, sidecar.annotations);
}

/** Recognition alone, for text that is not a file of the corpus (the CLI's JSONL input). */
export function recognizeText(
  map: TextMap,
  context: RecognitionContext,
  publishedOverride: string | undefined,
): Recognition {
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
  return shareStrings({ published, entities, dates }, context.keys);
}

/** Entity keys and date derivations as the corpus-wide strings (documentAnalysis.ts `keys`), also for results made on another thread. */
function shareStrings<R extends Recognition>(recognized: R, pool: StringPool): R {
  for (const m of recognized.entities as readonly { key: string }[]) m.key = pool.intern(m.key);
  for (const m of recognized.dates as readonly { derivation: string }[]) m.derivation = pool.intern(m.derivation);
  return recognized;
}

function toCodePoints(map: TextMap, utf16: Span): Span {
  return { start: map.toCodePoint(utf16.start), end: map.toCodePoint(utf16.end) };
}
