// Variant spellings of one name across the corpus (Kiev/Kyiv/Kiyv,
// Lugansk/Luhansk, Donbass/Donbas, Turkey/Turkiye). Names are reduced to a
// skeleton that forgets the usual transliteration choices; equal skeletons,
// or long skeletons one vowel or swap apart with the same first letter, are
// grouped.
// Short all-consonant acronyms with two neighbouring letters swapped (the
// typo DRP for DPR) are grouped too. The result is only a suggestion.

import { isAdjacentSwap } from './coref';

const MARKS = /[\u0300-\u036f]/g;
const REWRITES: readonly [RegExp, string][] = [
  [/[^a-z\u00c0-\u024f]/g, ''],
  [/kh/g, 'h'], [/ph/g, 'f'], [/ck/g, 'k'], [/[cq]/g, 'k'], [/w/g, 'v'], [/g/g, 'h'], [/ou/g, 'u'],
  [/y/g, 'i'], [/(.)\1+/g, '$1'], [/[ie]i|ie/g, 'i'],
];

/** The spelling-insensitive form of a name's words ("kyiv" and "kiev" -> "kiv"). */
export function skeleton(words: string): string {
  let s = words.normalize('NFD').replace(MARKS, '').toLowerCase();
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  return s;
}

const VOWEL = /[aeiou]/;

/**
 * One edit of the kind spellings vary by: a vowel for another (Mikdad,
 * Mekdad), a vowel more or less (Gencz, Goencz), two neighbours swapped
 * (Chrysler, Chrylser). Not a consonant for another or more (Boston,
 * Bolton; Briton, Brighton), nor a letter added at the end, which makes a
 * demonym or a plural (Tanzania, Tanzanian; Catholic, Catholics), except
 * the plural s of a name of several words (Luhansk People's Republics).
 */
function oneSpellingEdit(x: string, y: string, severalWords: boolean): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return VOWEL.test(x[i]) && VOWEL.test(y[i]);
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.slice(i + 1) !== short.slice(i)) return false;
  if (i === short.length) return long[i] === 's' && severalWords;
  return VOWEL.test(long[i]);
}

const MIN_FUZZY_LENGTH = 6;
const MAX_ACRONYM = 3;

/**
 * The buckets a skeleton falls in: two spellings that may be variants share
 * one (strings one edit apart share a one-letter deletion, or one is the
 * other's; swapped-letter acronyms share their sorted letters).
 */
function neighbourBuckets(word: string, s: string): string[] {
  const buckets = [s];
  if (s.length >= MIN_FUZZY_LENGTH - 1) for (let p = 1; p < s.length; p++) buckets.push(s.slice(0, p) + s.slice(p + 1));
  if (/^[b-df-hj-np-tv-z]{3,5}$/.test(word)) buckets.push('\u0001' + [...word].sort().join(''));
  return buckets;
}

/** Sets of indices joined by union; find gives a set's representative. */
export class DisjointSets {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }

  union(i: number, j: number): void {
    this.parent[this.find(i)] = this.find(j);
  }
}

/**
 * Joins, in `sets`, the names (words in lower case) that are spelling
 * variants of each other, unless `allowed` says a pair must stay apart.
 */
export function joinSpellingVariants(names: readonly string[], sets: DisjointSets, allowed: (i: number, j: number) => boolean = () => true): void {
  const skel = names.map(skeleton);
  const byBucket = new Map<string, number[]>();
  names.forEach((word, i) => {
    for (const b of neighbourBuckets(word, skel[i])) {
      const list = byBucket.get(b);
      if (list) list.push(i); else byBucket.set(b, [i]);
    }
  });
  for (const list of byBucket.values()) {
    for (let x = 1; x < list.length; x++) {
      for (let y = 0; y < x; y++) {
        const i = list[x];
        const j = list[y];
        if (sets.find(i) !== sets.find(j) && related(names[i], names[j], skel[i], skel[j]) && allowed(i, j)) sets.union(i, j);
      }
    }
  }
}

function related(a: string, b: string, sa: string, sb: string): boolean {
  if (isAdjacentSwap(a, b) && !VOWEL.test(a)) return true;
  // a short name has no spelling variants, only typos of acronyms (NIC is not NYC)
  if (a.length <= MAX_ACRONYM || b.length <= MAX_ACRONYM) return false;
  if (sa === sb) return true;
  // the first letter as written, not as skeleton: Hangzhou is not Guangzhou
  return sa.length >= MIN_FUZZY_LENGTH && sb.length >= MIN_FUZZY_LENGTH && a[0] === b[0] && oneSpellingEdit(sa, sb, a.includes(' '));
}
