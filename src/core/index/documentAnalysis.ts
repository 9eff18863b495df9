// What the index keeps per article, and what analysing one needs: plain data
// (and the string pool that shares it), apart from the steps that compute it
// so that the warm start and the features can name it without those steps.

import type { AnchoredAnnotation, DateMention, EntityMention, Sidecar, Span } from '../model';
import type { TextMap } from '../text/offsets';
import { ownCopy } from '../text/ownCopy';
import type { CompiledCatalog, RecognizerData } from '../recognize/entities';

export interface PublishedDate {
  /** YYYY-MM-DD */
  readonly value: string;
  /** Where it came from: the sidecar (set by the user) or the article's header lines. */
  readonly source: 'sidecar' | 'detected';
  /** The header expression it was read from, when detected. */
  readonly span?: Span;
}

/** The state of the article's sidecar when it was analysed. */
export type SidecarState =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly sidecar: Sidecar }
  | { readonly kind: 'broken' };

/** The publication date the user set in the sidecar, which recognition takes instead of detecting one. */
export function publishedOverrideOf(sidecar: SidecarState): string | undefined {
  return sidecar.kind === 'loaded' ? sidecar.sidecar.published : undefined;
}

export interface DocumentAnalysis {
  readonly uri: string;
  readonly text: TextMap;
  readonly published?: PublishedDate;
  readonly entities: readonly EntityMention[];
  readonly dates: readonly DateMention[];
  readonly annotations: readonly AnchoredAnnotation[];
  readonly sidecar: SidecarState;
}

export interface RecognitionContext {
  readonly catalog: CompiledCatalog;
  /** Called on the first text to recognise: an article a warm start has results for needs no data (CorpusServiceOptions.data). */
  readonly data: () => RecognizerData;
  /**
   * One string per entity key, spelling, date value and derivation, shared
   * by all mentions across the corpus (a derivation is built by
   * concatenation, so each copy was also a tree of string pieces; spellings
   * repeat: at 10k articles pooling them took the heap after GC from 198 to
   * 174 MiB for ~0.7 M lookups). A warm start shares every string of its
   * table through it as well. The pool keeps its own copy (see ownCopy).
   */
  readonly keys: StringPool;
}

export class StringPool {
  private readonly strings = new Map<string, string>();

  intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    const own = ownCopy(s);
    this.strings.set(own, own);
    return own;
  }
}
