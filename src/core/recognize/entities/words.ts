// Per-document accessors of each token's key and word-list bits, both
// computed on first use (most tokens are lower case and never need them) and
// kept per token, since the name rules ask about the same tokens repeatedly.

import { keyHashOfSlot, lastKeySlot, setSlotBits, slotBits, tokenKey } from './keys';
import { strHash } from './model/hashing';
import { LOOKED_UP, flagsOf, type Lexicon } from './lexicon';
import type { Tokens } from './tokens';

export interface TokenWords {
  /** Token i's key (keys.ts). */
  readonly key: (i: number) => string;
  /** The word lists token i's key belongs to (lexicon.ts bits, with LOOKED_UP). */
  readonly lists: (i: number) => number;
  /** FNV-1a of token i's key (model/hashing.ts `strHash`): what the entity model reads words by. */
  readonly keyHash: (i: number) => number;
}

// Reused between calls (see tokenizeReusing): one article at a time.
let slotsScratch = new Int32Array(1024);
let bitsScratch = new Int32Array(1024);
let hashesScratch = new Int32Array(1024);

/** Accessors valid until the next call. */
export function tokenWords(text: string, t: Tokens, lex: Lexicon): TokenWords {
  const keys: (string | undefined)[] = new Array(t.count);
  if (slotsScratch.length < t.count) {
    slotsScratch = new Int32Array(t.count * 2);
    bitsScratch = new Int32Array(t.count * 2);
    hashesScratch = new Int32Array(t.count * 2);
  }
  // Slot of each key in the key table: -1 if it has none, -2 until key(i) has run.
  const slots = slotsScratch.fill(-2, 0, t.count);
  const bits = bitsScratch.fill(0, 0, t.count);
  // Taken with the key: the key table's line is in the CPU cache then, and
  // the model asks for the hashes of the same tokens several times.
  const hashes = hashesScratch;
  const key = (i: number): string => {
    let k = keys[i];
    if (k === undefined) {
      k = keys[i] = tokenKey(text, t.start[i], t.end[i], t.flags[i]);
      const slot = slots[i] = lastKeySlot();
      // The key table hashed a stored key already: only keys outside it are hashed again.
      hashes[i] = slot >= 0 ? keyHashOfSlot(slot) : strHash(k);
    }
    return k;
  };
  const lists = (i: number): number => {
    let v = bits[i];
    if (v !== 0) return v;
    const k = key(i);
    const slot = slots[i];
    if (slot >= 0) {
      v = slotBits(slot, lex.slotOwner);
      if (v === 0) {
        v = flagsOf(lex, k) | LOOKED_UP;
        setSlotBits(slot, lex.slotOwner, v);
      }
    } else {
      v = flagsOf(lex, k) | LOOKED_UP;
    }
    bits[i] = v;
    return v;
  };
  const keyHash = (i: number): number => {
    key(i);
    return hashes[i];
  };
  return { key, lists, keyHash };
}
