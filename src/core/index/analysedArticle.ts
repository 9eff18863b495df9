// An article's analysis as the index keeps it: its mentions as numbers (six
// per mention, strings as ids in the corpus-wide pool) rather than objects.
// At 10,000 articles the ~700k mention objects and their arrays were ~85 MB
// of the heap and most of a warm start's time (building them, then the
// garbage collector copying them). The objects are made when asked for, and
// kept only while someone holds them (a WeakRef): an editor asks for a few
// articles, a corpus-wide query walks them once.

import type { AnchoredAnnotation, DateMention, DateType, EntityMention, EntityType, Span } from '../model';
import type { TextMap } from '../text/offsets';
import type { DocumentAnalysis, PublishedDate, SidecarState, StringPool } from './documentAnalysis';

/**
 * Numbers per mention. Entities: start, end, type, key, catalog id + 1 (0
 * for none); dates: start, end, type, value, derivation. A mention's text is
 * the article's between its offsets (the recognisers cut it so), not kept:
 * pooling the spellings was ~0.7M lookups at 10,000 articles.
 */
export const FIELDS = 5;
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location', 'other'];
export const DATE_TYPES: readonly DateType[] = ['date', 'time', 'duration', 'set'];

/** Mentions as numbers: what recognition gives once its strings are in the pool, and what a snapshot saves. */
export interface CompactMentions {
  readonly entities: Int32Array;
  readonly dates: Int32Array;
}

/**
 * Entities and dates share one buffer: each buffer has its own objects in
 * the heap and its own allocation outside it (one per article instead of
 * two took ~0.8 MiB off the heap at 10,000 articles, besides the allocations).
 */
export function compactMentions(entities: readonly EntityMention[], dates: readonly DateMention[], pool: StringPool): CompactMentions {
  const both = new Int32Array((entities.length + dates.length) * FIELDS);
  const e = both.subarray(0, entities.length * FIELDS);
  let k = 0;
  for (const m of entities) {
    e[k++] = m.start;
    e[k++] = m.end;
    e[k++] = ENTITY_TYPES.indexOf(m.type);
    e[k++] = pool.id(m.key);
    e[k++] = m.entity === null ? 0 : pool.id(m.entity) + 1;
  }
  const d = both.subarray(entities.length * FIELDS);
  k = 0;
  for (const m of dates) {
    d[k++] = m.start;
    d[k++] = m.end;
    d[k++] = DATE_TYPES.indexOf(m.type);
    d[k++] = pool.id(m.value);
    d[k++] = pool.id(m.derivation);
  }
  return { entities: e, dates: d };
}

export class AnalysedArticle implements DocumentAnalysis {
  private entityList: WeakRef<readonly EntityMention[]> | undefined;
  private dateList: WeakRef<readonly DateMention[]> | undefined;

  constructor(
    readonly uri: string,
    readonly text: TextMap,
    readonly published: PublishedDate | undefined,
    readonly mentions: CompactMentions,
    readonly annotations: readonly AnchoredAnnotation[],
    readonly sidecar: SidecarState,
    private readonly pool: StringPool,
  ) {}

  get entities(): readonly EntityMention[] {
    let list = this.entityList?.deref();
    if (!list) {
      list = Array.from({ length: this.entityCount }, (_, i) => this.decode(i));
      this.entityList = new WeakRef(list);
    }
    return list;
  }

  get dates(): readonly DateMention[] {
    let list = this.dateList?.deref();
    if (!list) {
      const d = this.mentions.dates;
      const s = this.pool;
      list = Array.from({ length: d.length / FIELDS }, (_, i): DateMention => {
        const k = i * FIELDS;
        return { start: d[k], end: d[k + 1], text: this.text.slice(d[k], d[k + 1]), type: DATE_TYPES[d[k + 2]], value: s.at(d[k + 3]), derivation: s.at(d[k + 4]) };
      });
      this.dateList = new WeakRef(list);
    }
    return list;
  }

  get entityCount(): number {
    return this.mentions.entities.length / FIELDS;
  }

  /** Mention i, the very object of `entities` while that list is alive. */
  entity(i: number): EntityMention {
    return this.entityList?.deref()?.[i] ?? this.decode(i);
  }

  /** Where the entity mentions with the key of mention `first` are, from it on (ids compared, not strings). */
  spansFrom(first: number): Span[] {
    const e = this.mentions.entities;
    const key = e[first * FIELDS + 3];
    const spans: Span[] = [];
    for (let k = first * FIELDS; k < e.length; k += FIELDS) if (e[k + 3] === key) spans.push({ start: e[k], end: e[k + 1] });
    return spans;
  }

  private decode(i: number): EntityMention {
    const e = this.mentions.entities;
    const s = this.pool;
    const k = i * FIELDS;
    const entity = e[k + 4];
    return { start: e[k], end: e[k + 1], text: this.text.slice(e[k], e[k + 1]), type: ENTITY_TYPES[e[k + 2]], entity: entity === 0 ? null : s.at(entity - 1), key: s.at(e[k + 3]) };
  }

  /** The key of each entity mention, in order, without making the mentions. */
  keys(): string[] {
    const e = this.mentions.entities;
    const keys = new Array<string>(this.entityCount);
    for (let i = 0; i < keys.length; i++) keys[i] = this.pool.at(e[i * FIELDS + 3]);
    return keys;
  }
}
