// Recognition results saved between sessions, per article with the size and
// mtime of the file they were computed from, so that reopening a corpus
// re-recognises only the articles that changed, and does not even hash the
// text of the others (hashing 35 MB cost 0.2-0.5 s of a 1.2 s warm start).
// Git's racy-git rule: a file modified less than RACY_MS before the reads
// began may have changed again within the same mtime tick after it was read,
// so its size and mtime prove nothing and its text hash decides. The snapshot
// is plain JSON-able data: the client decides where it lives (the extension
// keeps it in its workspace storage).

import { packNumbers, unpackNumbers } from './packedNumbers';
import { FIELDS, type AnalysedArticle, type CompactMentions } from './analysedArticle';
import type { PublishedDate, StringPool } from './documentAnalysis';
import type { TextMap } from '../text/offsets';
import type { FileStat } from '../ports';

export interface WarmStartSnapshot {
  /** 4: mentions as the index keeps them, ids into `strings`, without their text (3 had objects' fields, text included). */
  readonly version: 4;
  /** What the results depend on besides the text: recogniser version and catalog. */
  readonly fingerprint: string;
  /** When the reads of these texts began (ms since the epoch): the reference of the racy-git rule. */
  readonly time: number;
  /** Every string the entries point to, once. */
  readonly strings: readonly string[];
  /** [URI, size in bytes, mtime, publication date set by the user or '', text hash, compact results] per article. */
  readonly entries: readonly SnapshotEntry[];
}

type SnapshotEntry = readonly [string, number, number, string, string, PackedRecognition];


/** 2 s: FAT's mtime granularity, the coarsest in use; finer ones are covered too. */
const RACY_MS = 2000;

/** Numbers only (packed, see packedNumbers.ts): offsets in code points, other fields as indices into `strings`. */
interface PackedRecognition {
  /** Detected publication date: [value, start, end], or absent. */
  readonly p?: readonly [number, number, number];
  /** Entity mentions, FIELDS numbers each (analysedArticle.ts). */
  readonly e: string;
  /** Date mentions, likewise. */
  readonly d: string;
}

export interface Recognized {
  readonly published?: PublishedDate;
  readonly mentions: CompactMentions;
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
  readonly analysis: AnalysedArticle;
  readonly file: FileStat;
  /** Its text's hash when known without the text (a text the last warm start never needed to read). */
  readonly hash?: string;
}

/** Maps the string ids of mentions (columns 3 and 4; an entity's catalog id is stored + 1, 0 for none), in place. */
function mapStrings(data: Int32Array, entities: boolean, map: (id: number) => number): Int32Array {
  for (let k = 0; k < data.length; k += FIELDS) {
    data[k + 3] = map(data[k + 3]);
    data[k + 4] = !entities ? map(data[k + 4]) : data[k + 4] === 0 ? 0 : map(data[k + 4] - 1) + 1;
  }
  return data;
}

/** Hashes every text (here rather than while indexing: a session saves once, but may start many times without saving). */
export function takeSnapshot(fingerprint: string, time: number, articles: Iterable<SavedArticle>, pool: StringPool): WarmStartSnapshot {
  const strings: string[] = [];
  const renumbered = new Int32Array(pool.size).fill(-1);
  const id = (i: number) => (renumbered[i] >= 0 ? renumbered[i] : (renumbered[i] = strings.push(pool.at(i)) - 1));
  // only the strings the saved articles use, renumbered: the pool also holds those of texts since changed
  const pack = (data: Int32Array, entities: boolean) => packNumbers(mapStrings(data.slice(), entities, id));
  // detected publication dates are not in the pool (nothing else shares them)
  const dateIds = new Map<string, number>();
  const dateId = (value: string) => dateIds.get(value) ?? dateIds.set(value, strings.push(value) - 1).get(value)!;
  const entries: SnapshotEntry[] = [];
  for (const { analysis: a, file, hash } of articles) {
    const detected = a.published?.source === 'detected' && a.published.span;
    const p = detected ? ([dateId(a.published!.value), detected.start, detected.end] as const) : undefined;
    const override = a.published?.source === 'sidecar' ? a.published.value : '';
    const e = pack(a.mentions.entities, true);
    const d = pack(a.mentions.dates, false);
    entries.push([a.uri, file.size, file.mtime, override, hash ?? contentHash(a.text.text), p ? { p, e, d } : { e, d }]);
  }
  return { version: 4, fingerprint, time, strings, entries };
}

/** The saved results, consumed one article at a time while the corpus is indexed. */
export class WarmStart {
  private readonly entries: Map<string, SnapshotEntry>;
  private readonly strings: readonly string[];
  private readonly time: number;
  /** The pool's id of each saved string; undefined while they are the same (the pool adopted the table). */
  private readonly ids: Int32Array | undefined;
  /** How many articles took their results from the snapshot: the client logs it, the tests check it. */
  used = 0;

  constructor(snapshot: WarmStartSnapshot | undefined, fingerprint: string, pool: StringPool) {
    const usable = snapshot?.version === 4 && snapshot.fingerprint === fingerprint;
    this.entries = new Map(usable ? snapshot.entries.map((entry) => [entry[0], entry]) : []);
    this.strings = usable ? snapshot.strings : [];
    this.time = usable ? snapshot.time : 0;
    this.ids = usable ? pool.adopt(snapshot.strings) : undefined;
  }

  /** Whether take() would give results for this article (without taking them). */
  has(uri: string, file: FileStat | undefined, text: TextMap, publishedOverride: string | undefined): boolean {
    const entry = this.entries.get(uri);
    return entry !== undefined && this.fits(entry, file, text, publishedOverride);
  }

  /** The saved results for this article, if its file is the one they were computed from; else undefined. */
  take(uri: string, file: FileStat | undefined, text: TextMap, publishedOverride: string | undefined): Recognized | undefined {
    const entry = this.entries.get(uri);
    if (!entry) return undefined;
    this.entries.delete(uri);
    if (!this.fits(entry, file, text, publishedOverride)) return undefined;
    const packed = entry[5];
    this.used++;
    const mentions = { entities: this.toPool(unpackNumbers(packed.e), true), dates: this.toPool(unpackNumbers(packed.d), false) };
    const published: PublishedDate | undefined = publishedOverride ? { value: publishedOverride, source: 'sidecar' } : packed.p && {
      value: this.strings[packed.p[0]],
      source: 'detected',
      span: { start: packed.p[1], end: packed.p[2] },
    };
    return { published, mentions };
  }

  private toPool(data: Int32Array, entities: boolean): Int32Array {
    const ids = this.ids;
    return ids ? mapStrings(data, entities, (i) => ids[i]) : data;
  }

  /** Whether the file is, by its size and mtime, the one the results were saved from: its text need not even be decoded. */
  unchanged(uri: string, file: FileStat): boolean {
    const entry = this.entries.get(uri);
    return entry !== undefined && this.sameFile(entry, file);
  }

  /** The hash of the text the article's results were saved from. */
  savedHash(uri: string): string | undefined {
    return this.entries.get(uri)?.[4];
  }

  private sameFile(entry: SnapshotEntry, file: FileStat | undefined): boolean {
    const [, size, mtime] = entry;
    return file !== undefined && file.size === size && file.mtime === mtime && mtime + RACY_MS <= this.time;
  }

  private fits(entry: SnapshotEntry, file: FileStat | undefined, text: TextMap, publishedOverride: string | undefined): boolean {
    const [, , , override, hash] = entry;
    if (override !== (publishedOverride ?? '')) return false;
    return this.sameFile(entry, file) || contentHash(text.text) === hash;
  }

  /** Frees what was not used: the warm start is over once the corpus is indexed. */
  clear(): void {
    this.entries.clear();
  }
}
