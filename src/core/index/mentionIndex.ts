// Entity key -> every mention in the corpus, kept up to date one document at
// a time so that an edit costs the size of that document, not of the corpus.

import type { EntityMention } from '../model';

export interface IndexedMention {
  readonly uri: string;
  readonly mention: EntityMention;
}

export class MentionIndex {
  private readonly byKey = new Map<string, Map<string, readonly EntityMention[]>>();
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
      let perUri = this.byKey.get(key);
      if (!perUri) this.byKey.set(key, (perUri = new Map()));
      perUri.set(uri, list);
    }
    this.keysByUri.set(uri, [...grouped.keys()]);
  }

  delete(uri: string): void {
    for (const key of this.keysByUri.get(uri) ?? []) {
      const perUri = this.byKey.get(key);
      perUri?.delete(uri);
      if (perUri?.size === 0) this.byKey.delete(key);
    }
    this.keysByUri.delete(uri);
  }

  /** Every mention of the key, by document (in corpus order) then offset. */
  mentionsOf(key: string, uriOrder: (a: string, b: string) => number): IndexedMention[] {
    const perUri = this.byKey.get(key);
    if (!perUri) return [];
    return [...perUri.keys()]
      .sort(uriOrder)
      .flatMap((uri) => perUri.get(uri)!.map((mention) => ({ uri, mention })));
  }

  /** How many mentions, in how many documents. */
  countOf(key: string): { mentions: number; documents: number } {
    const perUri = this.byKey.get(key);
    let mentions = 0;
    for (const list of perUri?.values() ?? []) mentions += list.length;
    return { mentions, documents: perUri?.size ?? 0 };
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}
