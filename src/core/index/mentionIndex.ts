// Entity key -> every mention in the corpus, kept up to date one document at
// a time so that an edit costs the size of that document, not of the corpus.
// Counts are maintained as documents come and go; spellings and types are
// tallied when first asked for and kept until a document of the key changes,
// so indexing does no per-mention bookkeeping and a hover never walks all the
// mentions of a frequent entity twice. The index holds each mention's
// position in its document, not the mention: the documents keep their
// mentions as numbers (analysedArticle.ts) and make the few asked for.

import type { EntityMention, EntityType, Span } from '../model';

export interface IndexedMention {
  readonly uri: string;
  readonly mention: EntityMention;
}

/** Position of a document in corpus order (smaller first). */
export type CorpusOrder = (uri: string) => number;

/** A document in the index, that makes its mention at a position (in offset order). */
export interface MentionSource {
  entity(position: number): EntityMention;
  /** Where the mentions with the key of mention `first` are, from it on: read from numbers, no mention made. */
  spansFrom(first: number): Span[];
}

/** A document's mentions of one key, as spans in offset order. */
export interface DocumentSpans {
  readonly uri: string;
  readonly spans: Span[];
}

export type DocumentOf = (uri: string) => MentionSource;

/**
 * Documents in parallel arrays rather than a Map per key: the (key,
 * document) pairs number hundreds of thousands, and as Map entries they cost
 * ~20 MB and ~100 ms at 10,000 articles. Each document remembers its
 * position in the arrays of its keys; a removed one leaves a hole
 * (undefined), so that positions stay valid, and the holes are squeezed out
 * when they are half of the arrays. Only a key's first mention in each
 * document is kept: the others are found in the document's list of keys
 * when asked for (a list per pair cost more to build than the whole scan).
 */
interface KeyEntry {
  /** The documents of the key in the order they were added; undefined where one was removed. */
  uris: (string | undefined)[];
  /** The position of its first mention in uris[i]. */
  first: number[];
  documents: number;
  mentions: number;
  /** Tallied on demand; undefined after a change. */
  tally?: { readonly spellings: string[]; readonly types: EntityType[] };
}

/** The key of each mention of one document, its distinct keys and its position in each key's arrays. */
interface DocumentKeys {
  readonly mentionKeys: readonly string[];
  readonly keys: string[];
  readonly at: number[];
}

/** How many of the document's mentions have the key, the first being at `from`. */
function countFrom(doc: DocumentKeys, key: string, from: number): number {
  let n = 0;
  for (let i = from; i < doc.mentionKeys.length; i++) if (doc.mentionKeys[i] === key) n++;
  return n;
}

export class MentionIndex {
  private readonly byKey = new Map<string, KeyEntry>();
  private readonly keysByUri = new Map<string, DocumentKeys>();

  constructor(private readonly documentOf: DocumentOf) {}

  /** Replaces everything known about one document: the key of each of its mentions, in offset order (kept: not to be changed). */
  set(uri: string, mentionKeys: readonly string[]): void {
    this.delete(uri);
    // the document goes last in each of its keys' arrays, so a key met again in it is found there:
    // one map lookup per mention and no grouping (indexing a corpus calls this once per article)
    const keys: string[] = [];
    const at: number[] = [];
    for (let position = 0; position < mentionKeys.length; position++) {
      const key = mentionKeys[position];
      let entry = this.byKey.get(key);
      if (!entry) this.byKey.set(key, (entry = { uris: [], first: [], documents: 0, mentions: 0, tally: undefined }));
      const last = entry.uris.length - 1;
      if (last < 0 || entry.uris[last] !== uri) {
        at.push(entry.uris.length);
        entry.uris.push(uri);
        entry.first.push(position);
        entry.documents++;
        entry.tally = undefined;
        keys.push(key);
      }
      entry.mentions++;
    }
    this.keysByUri.set(uri, { mentionKeys, keys, at });
  }

  delete(uri: string): void {
    const known = this.keysByUri.get(uri);
    if (!known) return;
    this.keysByUri.delete(uri);
    for (let j = 0; j < known.keys.length; j++) {
      const key = known.keys[j];
      const entry = this.byKey.get(key)!;
      const i = known.at[j];
      entry.tally = undefined;
      entry.mentions -= countFrom(known, key, entry.first[i]);
      entry.documents--;
      entry.uris[i] = undefined;
      if (entry.documents === 0) this.byKey.delete(key);
      else if (entry.documents * 2 < entry.uris.length) this.squeeze(key, entry);
    }
  }

  /** Removes the holes of a key's arrays, moving its documents' positions along. */
  private squeeze(key: string, entry: KeyEntry): void {
    const uris: string[] = [];
    const first: number[] = [];
    for (let i = 0; i < entry.uris.length; i++) {
      const uri = entry.uris[i];
      if (uri === undefined) continue;
      const doc = this.keysByUri.get(uri)!;
      doc.at[doc.keys.indexOf(key)] = uris.length;
      uris.push(uri);
      first.push(entry.first[i]);
    }
    entry.uris = uris;
    entry.first = first;
  }

  /** Calls `each` with every mention of the key in uris[at] of its entry, in offset order. */
  private eachIn(entry: KeyEntry, key: string, at: number, each: (mention: EntityMention) => void): void {
    const uri = entry.uris[at]!;
    const keys = this.keysByUri.get(uri)!.mentionKeys;
    const document = this.documentOf(uri);
    for (let i = entry.first[at]; i < keys.length; i++) if (keys[i] === key) each(document.entity(i));
  }

  /** Every mention of the key, by document in corpus order, then by offset. */
  mentionsOf(key: string, order: CorpusOrder): IndexedMention[] {
    const entry = this.byKey.get(key);
    if (!entry) return [];
    const all: IndexedMention[] = [];
    for (const at of sortedDocuments(entry.uris, order)) {
      const uri = entry.uris[at]!;
      this.eachIn(entry, key, at, (mention) => all.push({ uri, mention }));
    }
    return all;
  }

  /**
   * Where the key is mentioned, by document in corpus order, then by
   * offset: what references need, made from the documents' numbers without
   * making mentions (at 10,000 articles a frequent key has ~5,000).
   */
  spansOf(key: string, order: CorpusOrder): DocumentSpans[] {
    const entry = this.byKey.get(key);
    if (!entry) return [];
    return sortedDocuments(entry.uris, order).map((at) => {
      const uri = entry.uris[at]!;
      return { uri, spans: this.documentOf(uri).spansFrom(entry.first[at]) };
    });
  }

  /**
   * The first mention of the key in each of the first `limit` documents in
   * corpus order, leaving out one document (the one the reader is in).
   */
  firstPerDocument(key: string, order: CorpusOrder, limit: number, except?: string): IndexedMention[] {
    const entry = this.byKey.get(key);
    if (!entry) return [];
    const first: { at: number; rank: number }[] = [];
    for (let at = 0; at < entry.uris.length; at++) {
      const uri = entry.uris[at];
      if (uri === undefined || uri === except) continue;
      const rank = order(uri);
      if (first.length === limit && rank >= first[limit - 1].rank) continue;
      let i = first.length;
      while (i > 0 && first[i - 1].rank > rank) i--;
      first.splice(i, 0, { at, rank });
      if (first.length > limit) first.pop();
    }
    return first.map(({ at }) => ({ uri: entry.uris[at]!, mention: this.documentOf(entry.uris[at]!).entity(entry.first[at]) }));
  }

  /** How many mentions, in how many documents. */
  countOf(key: string): { mentions: number; documents: number } {
    const entry = this.byKey.get(key);
    return { mentions: entry?.mentions ?? 0, documents: entry?.documents ?? 0 };
  }

  /** Distinct spellings of the key across the corpus, most frequent first. */
  spellingsOf(key: string): readonly string[] {
    return this.tallyOf(key)?.spellings ?? [];
  }

  /** The type most of the key's mentions were given. */
  typeOf(key: string): EntityType | undefined {
    return this.tallyOf(key)?.types[0];
  }

  private tallyOf(key: string): KeyEntry['tally'] {
    const entry = this.byKey.get(key);
    if (!entry) return undefined;
    if (!entry.tally) {
      const spellings = new Map<string, number>();
      const types = new Map<EntityType, number>();
      const count = (m: EntityMention) => {
        spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
        types.set(m.type, (types.get(m.type) ?? 0) + 1);
      };
      for (let at = 0; at < entry.uris.length; at++) if (entry.uris[at] !== undefined) this.eachIn(entry, key, at, count);
      entry.tally = { spellings: byFrequency(spellings), types: byFrequency(types) };
    }
    return entry.tally;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}

/** Positions of the documents in uris, by corpus order then by URI. */
function sortedDocuments(uris: readonly (string | undefined)[], order: CorpusOrder): number[] {
  const ranked = uris.flatMap((uri, at) => (uri === undefined ? [] : [{ uri, at, rank: order(uri) }]));
  ranked.sort((a, b) => a.rank - b.rank || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return ranked.map((r) => r.at);
}

function byFrequency<T>(counts: Map<T, number>): T[] {
  return [...counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);
}
