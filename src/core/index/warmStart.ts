// Recognition results saved between sessions, per article with the size and
// mtime of the file they were computed from, so that reopening a corpus
// re-recognises only the articles that changed, and does not even hash the
// text of the others (hashing 35 MB cost 0.2-0.5 s of a 1.2 s warm start).
// Git's racy-git rule: a file modified less than RACY_MS before the reads
// began may have changed again within the same mtime tick after it was read,
// so its size and mtime prove nothing and its text hash decides. The snapshot
// is plain JSON-able data: the client decides where it lives (the extension
// keeps it in its workspace storage).

import type { DateMention, DateType, EntityMention, EntityType } from '../model';
import { packNumbers, unpackNumbers } from './packedNumbers';
import type { DocumentAnalysis, PublishedDate, StringPool } from './documentAnalysis';

export interface WarmStartSnapshot {
  /** 3: entries per URI with the file's size and mtime (2 keyed them by content hash alone). */
  readonly version: 3;
  /** What the results depend on besides the text: recogniser version and catalog. */
  readonly fingerprint: string;
  /** When the reads of these texts began (ms since the epoch): the reference of the racy-git rule. */
  readonly time: number;
  /** Every string the entries point to, once. */
  readonly strings: readonly string[];
  /** [URI, size in bytes, mtime, publication date set by the user or '', text hash, compact results] per article. */
  readonly entries: readonly SnapshotEntry[];
}

type SnapshotEntry = readonly [string, number, number, string, string, CompactRecognition];

/** The stat of the file an article's text was read from. */
export interface FileStamp {
  readonly size: number;
  readonly mtime: number;
}

/** 2 s: FAT's mtime granularity, the coarsest in use; finer ones are covered too. */
const RACY_MS = 2000;

/** Numbers only (packed, see packedNumbers.ts): offsets in code points, other fields as indices into `strings`. */
interface CompactRecognition {
  /** Detected publication date: [value, start, end], or absent. */
  readonly p?: readonly [number, number, number];
  /** Per entity: start, end, type, key, catalog id + 1 (0 for none), text. */
  readonly e: string;
  /** Per date: start, end, type, value, derivation, text. */
  readonly d: string;
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location', 'other'];
const DATE_TYPES: readonly DateType[] = ['date', 'time', 'duration', 'set'];

export interface Recognized {
  readonly published?: PublishedDate;
  readonly entities: EntityMention[];
  readonly dates: DateMention[];
}

/** Content hash of a text. */
export function contentHash(text: string): string {
  // FNV-1a over UTF-16 units in two independent 32-bit lanes, plus the length
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}.${text.length}`;
}

/** One article as saved: its analysis of the text on disk, and the stat of the file it was read from. */
export interface SavedArticle {
  readonly analysis: DocumentAnalysis;
  readonly file: FileStamp;
}

/** Hashes every text (here rather than while indexing: a session saves once, but may start many times without saving). */
export function takeSnapshot(fingerprint: string, time: number, articles: Iterable<SavedArticle>): WarmStartSnapshot {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const entries: SnapshotEntry[] = [];
  for (const { analysis: a, file } of articles) {
    const e: number[] = [];
    for (const m of a.entities) e.push(m.start, m.end, ENTITY_TYPES.indexOf(m.type), id(m.key), m.entity === null ? 0 : id(m.entity) + 1, id(m.text));
    const d: number[] = [];
    for (const m of a.dates) d.push(m.start, m.end, DATE_TYPES.indexOf(m.type), id(m.value), id(m.derivation), id(m.text));
    const detected = a.published?.source === 'detected' && a.published.span;
    const p = detected ? ([id(a.published!.value), detected.start, detected.end] as const) : undefined;
    const override = a.published?.source === 'sidecar' ? a.published.value : '';
    entries.push([a.uri, file.size, file.mtime, override, contentHash(a.text.text), p ? { p, e: packNumbers(e), d: packNumbers(d) } : { e: packNumbers(e), d: packNumbers(d) }]);
  }
  return { version: 3, fingerprint, time, strings, entries };
}

/** The saved results, consumed one article at a time while the corpus is indexed. */
export class WarmStart {
  private readonly entries: Map<string, SnapshotEntry>;
  private readonly strings: readonly string[];
  private readonly time: number;
  /** strings[i] once it went through the pool (keys and derivations, as a cold start pools them): looked up once, not per mention. */
  private pooled: (string | undefined)[];
  /** How many articles took their results from the snapshot: the client logs it, the tests check it. */
  used = 0;

  constructor(snapshot: WarmStartSnapshot | undefined, fingerprint: string) {
    const usable = snapshot?.version === 3 && snapshot.fingerprint === fingerprint;
    this.entries = new Map(usable ? snapshot.entries.map((entry) => [entry[0], entry]) : []);
    this.strings = usable ? snapshot.strings : [];
    this.time = usable ? snapshot.time : 0;
    // filled up front: writes at random indices into an empty array would make it a dictionary
    this.pooled = new Array<string | undefined>(this.strings.length).fill(undefined);
  }

  /** Whether take() would give results for this article (without taking them). */
  has(uri: string, file: FileStamp | undefined, text: string, publishedOverride: string | undefined): boolean {
    const entry = this.entries.get(uri);
    return entry !== undefined && this.fits(entry, file, text, publishedOverride);
  }

  /** The saved results for this article, if its file is the one they were computed from; else undefined. */
  take(uri: string, file: FileStamp | undefined, text: string, publishedOverride: string | undefined, pool: StringPool): Recognized | undefined {
    const entry = this.entries.get(uri);
    if (!entry) return undefined;
    this.entries.delete(uri);
    if (!this.fits(entry, file, text, publishedOverride)) return undefined;
    const compact = entry[5];
    this.used++;
    const s = this.strings;
    const pooled = this.pooled;
    const str = (i: number) => pooled[i] ?? (pooled[i] = pool.intern(s[i]));
    const e = unpackNumbers(compact.e);
    const d = unpackNumbers(compact.d);
    const entities: EntityMention[] = [];
    for (let i = 0; i < e.length; i += 6) {
      const entity = e[i + 4];
      entities.push({
        start: e[i],
        end: e[i + 1],
        text: s[e[i + 5]],
        type: ENTITY_TYPES[e[i + 2]],
        entity: entity === 0 ? null : s[entity - 1],
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
    const published: PublishedDate | undefined = publishedOverride ? { value: publishedOverride, source: 'sidecar' } : compact.p && {
      value: s[compact.p[0]],
      source: 'detected',
      span: { start: compact.p[1], end: compact.p[2] },
    };
    return { published, entities, dates };
  }

  private fits(entry: SnapshotEntry, file: FileStamp | undefined, text: string, publishedOverride: string | undefined): boolean {
    const [, size, mtime, override, hash] = entry;
    if (override !== (publishedOverride ?? '')) return false;
    const unchanged = file !== undefined && file.size === size && file.mtime === mtime && mtime + RACY_MS <= this.time;
    return unchanged || contentHash(text) === hash;
  }

  /** Frees what was not used: the warm start is over once the corpus is indexed. */
  clear(): void {
    this.entries.clear();
    this.pooled = [];
  }
}
