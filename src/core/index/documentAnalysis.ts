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

/**
 * Each string once, with a number: the index keeps mentions as numbers into
 * this table (see analysedArticle.ts), and a warm start adopts the table of
 * its snapshot whole.
 */
export class StringPool {
  private strings: string[] = [];
  /** Built on the first id() after a table was adopted: a warm start that re-recognises nothing never needs it. */
  private ids: Map<string, number> | undefined = new Map();

  id(s: string): number {
    const ids = (this.ids ??= new Map(this.strings.map((t, i) => [t, i])));
    const known = ids.get(s);
    if (known !== undefined) return known;
    const own = ownCopy(s);
    ids.set(own, this.strings.length);
    return this.strings.push(own) - 1;
  }

  at(id: number): string {
    return this.strings[id];
  }

  get size(): number {
    return this.strings.length;
  }

  /** Takes in a saved table; returns the id here of each of its strings, or undefined where they are the same ids (an empty pool). */
  adopt(table: readonly string[]): Int32Array | undefined {
    if (this.strings.length === 0) {
      this.strings = [...table];
      this.ids = undefined;
      return undefined;
    }
    return Int32Array.from(table, (s) => this.id(s));
  }
}
