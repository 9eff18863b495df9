// Token keys (lower case, no apostrophes or dots) are what every lookup uses.
// Building one with slice + toLowerCase allocates a fresh string per word,
// and every fresh string is hashed again by each Set it meets: at corpus
// scale that was most of the recogniser's time and garbage. Instead the key
// is hashed straight from the text's char codes and looked up in a table of
// keys seen before, which returns the same string object (hash cached by the
// engine) without allocating. The table is only a cache: output never
// depends on it, and once full it stops growing and keys are built as before.
// Since a stored key never leaves its slot, the slot can also keep what a
// cache derives from the key (the word-list bits of lexicon.ts).

import { INITIAL } from './tokens';
import { ownCopy } from '../../text/ownCopy';

const KEY_NOISE = /['’ʼ.]/g;

/** The plain way, and the reference the fast path must agree with. */
function buildKey(text: string, s: number, e: number, f: number): string {
  const key = text.slice(s, e).toLowerCase();
  return f & INITIAL || key.indexOf('\'') >= 0 || key.indexOf('’') >= 0 ? key.replace(KEY_NOISE, '') : key;
}

// Lower case of each char code below 0x530 (Latin, Greek, Cyrillic); 0 where
// one code unit cannot say it (capital sigma lowers by its position, U+0130
// to two code units) and above the table, so those words take buildKey.
const LOWER_LIMIT = 0x530;
const lowerOf = new Uint16Array(LOWER_LIMIT);
for (let c = 0; c < LOWER_LIMIT; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  lowerOf[c] = l.length === 1 && c !== 0x3a3 ? l.charCodeAt(0) : 0;
}

const isNoise = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2e;

// Small enough to stay in the CPU cache (a larger table cost more in cache
// misses than it saved); the keys of a large news corpus mostly fit.
const SIZE = 1 << 15;
const MAX_KEYS = SIZE >> 1; // keep probe chains short
// Per slot, side by side: hash, length + 1 (0: empty slot), the bits a
// cache keeps for the key and that cache's owner number, then the key's
// first PACKED_CHARS chars, two per int. A probe reads one cache line: most
// keys are that short, so it confirms them without touching the stored
// string (a cache miss of its own); the bits, asked for just after the
// probe, are then in the CPU cache too.
const STRIDE = 8;
const PACKED = 4;
const PACKED_CHARS = 2 * PACKED;
// The first chars of the key tokenKey is computing, packed like a row's.
const packed = new Int32Array(PACKED);
const meta = new Int32Array(STRIDE * SIZE);
const strings: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);
let storedKeys = 0;
let lastSlot = -1;

/**
 * The slot of the key the last tokenKey call returned, or -1 if it is not in
 * the table. (A module variable rather than a result object: tokenKey runs
 * for most tokens and must not allocate.)
 */
export function lastKeySlot(): number {
  return lastSlot;
}

/**
 * The FNV-1a hash (model/hashing.ts `strHash`) of the key stored in a slot,
 * computed once when tokenKey first met it.
 */
export function keyHashOfSlot(slot: number): number {
  return meta[STRIDE * slot];
}

let owners = 0;

/** A number (never 0) for a cache that keeps bits by slot: see slotBits. */
export function newSlotOwner(): number {
  return ++owners;
}

/**
 * The bits `owner` kept for the key in a slot, or 0 if none (or another
 * owner's: slots keep the bits of one owner, the last to set them).
 */
export function slotBits(slot: number, owner: number): number {
  return meta[STRIDE * slot + 3] === owner ? meta[STRIDE * slot + 2] : 0;
}

export function setSlotBits(slot: number, owner: number, bits: number): void {
  meta[STRIDE * slot + 2] = bits;
  meta[STRIDE * slot + 3] = owner;
}

/** The normalised form of a token used for every lookup: lower case, no apostrophes or dots. */
export function tokenKey(text: string, s: number, e: number, f: number): string {
  let strip = (f & INITIAL) !== 0;
  let h = 0x811c9dc5;
  let length = 0;
  lastSlot = -1;
  clearPacked();
  // One pass: checks that every char lowers by lowerOf, hashes it and packs
  // the first ones. An apostrophe (rare) means noise is stripped: start again.
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) {
      if (!strip) { strip = true; h = 0x811c9dc5; length = 0; i = s - 1; clearPacked(); }
      continue;
    }
    if (strip && (c === 0x2bc || c === 0x2e)) continue;
    const lower = c < LOWER_LIMIT ? lowerOf[c] : 0;
    if (lower === 0) return buildKey(text, s, e, f);
    h = Math.imul(h ^ lower, 0x01000193);
    if (length < PACKED_CHARS) packed[length >> 1] |= lower << ((length & 1) << 4);
    length++;
  }
  let slot = h & (SIZE - 1);
  for (;;) {
    const row = STRIDE * slot;
    const stored = meta[row + 1];
    if (stored === 0) break;
    if (stored === length + 1 && meta[row] === h && samePacked(row)) {
      const known = strings[slot] as string;
      if (length <= PACKED_CHARS || sameKey(known, text, s, e, strip)) { lastSlot = slot; return known; }
    }
    slot = (slot + 1) & (SIZE - 1);
  }
  const key = buildKey(text, s, e, f);
  if (storedKeys < MAX_KEYS) store(slot, key, h, length);
  return key;
}

function store(slot: number, key: string, h: number, length: number): void {
  // the table outlives the article: a key sliced from it must not keep it alive
  strings[slot] = ownCopy(key);
  const row = STRIDE * slot;
  meta[row] = h;
  meta[row + 1] = length + 1;
  meta.set(packed, row + 4);
  storedKeys++;
  lastSlot = slot;
}

function clearPacked(): void {
  packed[0] = 0; packed[1] = 0; packed[2] = 0; packed[3] = 0;
}

function samePacked(row: number): boolean {
  return meta[row + 4] === packed[0] && meta[row + 5] === packed[1] && meta[row + 6] === packed[2] && meta[row + 7] === packed[3];
}

function sameKey(known: string, text: string, s: number, e: number, strip: boolean): boolean {
  let k = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (strip && isNoise(c)) continue;
    if (known.charCodeAt(k++) !== lowerOf[c]) return false;
  }
  return true;
}
