// Entity key -> every mention in the corpus, kept up to date one document at
// a time so that an edit costs the size of that document, not of the corpus.
// Counts are maintained as documents come and go; spellings and types are
// tallied when first asked for and kept until a document of the key changes,
// so indexing does no per-mention bookkeeping and a hover never walks all the
// mentions of a frequent entity twice.

import type { EntityMention, EntityType } from '../model';

export interface IndexedMention {
  readonly uri: string;
  readonly mention: EntityMention;
}

/** Position of a document in corpus order (smaller first). */
export type CorpusOrder = (uri: string) => number;

interface KeyEntry {
  readonly perUri: Map<string, readonly EntityMention[]>;
  mentions: number;
  /** Tallied on demand; undefined after a change. */
  tally?: { readonly spellings: string[]; readonly types: EntityType[] };
}

export class MentionIndex {
  private readonly byKey = new Map<string, KeyEntry>();
  private readonly keysByUri = new Map<string, readonly string[]>();

  /** Replaces everything known about one document. */
  set(uri: string, mentions: readonly EntityMention[]): void {
    this.delete(uri);
    const grouped = new Map<string, EntityMention[]>();
    for (const m of mentions) {
      const list = grouped.get(m.key);
      if (list) list.push(m);
      else grouped.set(m.key, [m]);
    }
    for (const [key, list] of grouped) {
      let entry = this.byKey.get(key);
      if (!entry) this.byKey.set(key, (entry = { perUri: new Map(), mentions: 0 }));
      entry.perUri.set(uri, list);
      entry.mentions += list.length;
      entry.tally = undefined;
    }
    this.keysByUri.set(uri, [...grouped.keys()]);
  }

  delete(uri: string): void {
    for (const key of this.keysByUri.get(uri) ?? []) {
      const entry = this.byKey.get(key)!;
      entry.tally = undefined;
      entry.mentions -= entry.perUri.get(uri)?.length ?? 0;
      entry.perUri.delete(uri);
      if (entry.perUri.size === 0) this.byKey.delete(key);
    }
    this.keysByUri.delete(uri);
  }

  /** Every mention of the key, by document in corpus order, then by offset. */
  mentionsOf(key: string, order: CorpusOrder): IndexedMention[] {
    const entry = this.byKey.get(key);
    if (!entry) return [];
    return sortedUris([...entry.perUri.keys()], order).flatMap((uri) => entry.perUri.get(uri)!.map((mention) => ({ uri, mention })));
  }

  /**
   * The first mention of the key in each of the first `limit` documents in
   * corpus order, leaving out one document (the one the reader is in).
   */
  firstPerDocument(key: string, order: CorpusOrder, limit: number, except?: string): IndexedMention[] {
    const entry = this.byKey.get(key);
    if (!entry) return [];
    const first: { uri: string; rank: number }[] = [];
    for (const uri of entry.perUri.keys()) {
      if (uri === except) continue;
      const rank = order(uri);
      if (first.length === limit && rank >= first[limit - 1].rank) continue;
      let i = first.length;
      while (i > 0 && first[i - 1].rank > rank) i--;
      first.splice(i, 0, { uri, rank });
      if (first.length > limit) first.pop();
    }
    return first.map(({ uri }) => ({ uri, mention: entry.perUri.get(uri)![0] }));
  }

  /** How many mentions, in how many documents. */
  countOf(key: string): { mentions: number; documents: number } {
    const entry = this.byKey.get(key);
    return { mentions: entry?.mentions ?? 0, documents: entry?.perUri.size ?? 0 };
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
      for (const list of entry.perUri.values()) {
        for (const m of list) {
          spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
          types.set(m.type, (types.get(m.type) ?? 0) + 1);
        }
      }
      entry.tally = { spellings: byFrequency(spellings), types: byFrequency(types) };
    }
    return entry.tally;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}

function sortedUris(uris: string[], order: CorpusOrder): string[] {
  const ranked = uris.map((uri) => ({ uri, rank: order(uri) }));
  ranked.sort((a, b) => a.rank - b.rank || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return ranked.map((r) => r.uri);
}

function byFrequency<T>(counts: Map<T, number>): T[] {
  return [...counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);
}
