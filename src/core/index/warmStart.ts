// Recognition results saved between sessions, keyed by the content they were
// computed from, so that reopening a corpus re-recognises only the articles
// that changed. The snapshot is plain JSON-able data: the client decides
// where it lives (the extension keeps it in its workspace storage).

import type { DateMention, DateType, EntityMention, EntityType } from '../model';
import type { DocumentAnalysis, PublishedDate, StringPool } from './documentAnalysis';

export interface WarmStartSnapshot {
  /** 2: spellings saved with the mentions (they used to be sliced from the text and pooled again). */
  readonly version: 2;
  /** What the results depend on besides the text: recogniser version and catalog. */
  readonly fingerprint: string;
  /** Every string the entries point to, once. */
  readonly strings: readonly string[];
  /** [content hash, compact results] per article. */
  readonly entries: readonly (readonly [string, CompactRecognition])[];
}

/** Numbers only: offsets in code points, other fields as indices into `strings`. */
interface CompactRecognition {
  /** Detected publication date: [value, start, end], or absent. */
  readonly p?: readonly [number, number, number];
  /** Per entity: start, end, type, key, catalog id (-1 for none), text. */
  readonly e: readonly number[];
  /** Per date: start, end, type, value, derivation, text. */
  readonly d: readonly number[];
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location', 'other'];
const DATE_TYPES: readonly DateType[] = ['date', 'time', 'duration', 'set'];

export interface Recognized {
  readonly published?: PublishedDate;
  readonly entities: EntityMention[];
  readonly dates: DateMention[];
}

/** Content hash of a text and what else its dates depend on (a publication date set by the user). */
export function contentHash(text: string, publishedOverride: string | undefined): string {
  // FNV-1a over UTF-16 units in two independent 32-bit lanes, plus the length
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}.${text.length}${publishedOverride ? `@${publishedOverride}` : ''}`;
}

export function takeSnapshot(fingerprint: string, analyses: Iterable<DocumentAnalysis>): WarmStartSnapshot {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const entries: [string, CompactRecognition][] = [];
  for (const a of analyses) {
    const e: number[] = [];
    for (const m of a.entities) e.push(m.start, m.end, ENTITY_TYPES.indexOf(m.type), id(m.key), m.entity === null ? -1 : id(m.entity), id(m.text));
    const d: number[] = [];
    for (const m of a.dates) d.push(m.start, m.end, DATE_TYPES.indexOf(m.type), id(m.value), id(m.derivation), id(m.text));
    const detected = a.published?.source === 'detected' && a.published.span;
    const p = detected ? ([id(a.published!.value), detected.start, detected.end] as const) : undefined;
    entries.push([a.contentHash, p ? { p, e, d } : { e, d }]);
  }
  return { version: 2, fingerprint, strings, entries };
}

/** The saved results, consumed one article at a time while the corpus is indexed. */
export class WarmStart {
  private readonly entries: Map<string, CompactRecognition>;
  private readonly strings: readonly string[];
  /** strings[i] once it went through the pool (keys and derivations, as a cold start pools them): looked up once, not per mention. */
  private pooled: (string | undefined)[];
  /** How many articles took their results from the snapshot: the client logs it, the tests check it. */
  used = 0;

  constructor(snapshot: WarmStartSnapshot | undefined, fingerprint: string) {
    const usable = snapshot?.version === 2 && snapshot.fingerprint === fingerprint;
    this.entries = new Map(usable ? snapshot.entries : []);
    this.strings = usable ? snapshot.strings : [];
    // filled up front: writes at random indices into an empty array would make it a dictionary
    this.pooled = new Array<string | undefined>(this.strings.length).fill(undefined);
  }

  /** Whether take() would give results for this content. */
  has(hash: string): boolean {
    return this.entries.has(hash);
  }

  /** The saved results for this content, or undefined. */
  take(hash: string, pool: StringPool): Recognized | undefined {
    const compact = this.entries.get(hash);
    if (!compact) return undefined;
    this.entries.delete(hash);
    this.used++;
    const s = this.strings;
    const pooled = this.pooled;
    const str = (i: number) => pooled[i] ?? (pooled[i] = pool.intern(s[i]));
    const { e, d } = compact;
    const entities: EntityMention[] = [];
    for (let i = 0; i < e.length; i += 6) {
      const entity = e[i + 4];
      entities.push({
        start: e[i],
        end: e[i + 1],
        text: s[e[i + 5]],
        type: ENTITY_TYPES[e[i + 2]],
        entity: entity < 0 ? null : s[entity],
        key: str(e[i + 3]),
      });
    }
    const dates: DateMention[] = [];
    for (let i = 0; i < d.length; i += 6) {
      dates.push({
        start: d[i],
        end: d[i + 1],
        text: s[d[i + 5]],
        type: DATE_TYPES[d[i + 2]],
        value: s[d[i + 3]],
        derivation: str(d[i + 4]),
      });
    }
    const published: PublishedDate | undefined = compact.p && {
      value: s[compact.p[0]],
      source: 'detected',
      span: { start: compact.p[1], end: compact.p[2] },
    };
    return { published, entities, dates };
  }

  /** Frees what was not used: the warm start is over once the corpus is indexed. */
  clear(): void {
    this.entries.clear();
    this.pooled = [];
  }
}
