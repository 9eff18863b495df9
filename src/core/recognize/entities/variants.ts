// Variant spellings of one name across the corpus (Kiev/Kyiv/Kiyv,
// Lugansk/Luhansk, Donbass/Donbas, Turkey/Turkiye). Names are reduced to a
// skeleton that forgets the usual transliteration choices; equal skeletons,
// or long skeletons one edit apart with the same first letter, are grouped.
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

/** Damerau-Levenshtein distance of at most one. */
function withinOneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    return x.slice(i + 1) === y.slice(i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2));
  }
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

const MIN_FUZZY_LENGTH = 6;

/**
 * Maps every key given to the canonical key of its group: the most frequent
 * spelling in `keys` (repeat a key once per mention to weigh it), ties to the
 * first seen. Only `name:` keys are grouped; other keys map to themselves.
 */
export function groupVariants(keys: readonly string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  const names = [...count.keys()].filter((k) => k.startsWith('name:'));
  const parent = names.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => { parent[find(i)] = find(j); };

  const skel = names.map((k) => skeleton(k.slice(5)));
  const byNeighbour = new Map<string, number[]>();
  names.forEach((k, i) => {
    const s = skel[i];
    const word = k.slice(5);
    const bucketKeys = [s];
    // Strings one edit apart share a one-letter deletion (or one is the other's).
    if (s.length >= MIN_FUZZY_LENGTH - 1) for (let p = 1; p < s.length; p++) bucketKeys.push(s.slice(0, p) + s.slice(p + 1));
    if (/^[b-df-hj-np-tv-z]{3,5}$/.test(word)) bucketKeys.push('\u0001' + [...word].sort().join(''));
    for (const b of bucketKeys) {
      const list = byNeighbour.get(b);
      if (list) list.push(i); else byNeighbour.set(b, [i]);
    }
  });
  for (const list of byNeighbour.values()) {
    for (let x = 1; x < list.length; x++) {
      for (let y = 0; y < x; y++) {
        const i = list[x];
        const j = list[y];
        if (find(i) !== find(j) && related(names[i].slice(5), names[j].slice(5), skel[i], skel[j])) union(i, j);
      }
    }
  }
  const canonical = new Map<number, number>();
  names.forEach((k, i) => {
    const r = find(i);
    const c = canonical.get(r);
    if (c === undefined || count.get(k)! > count.get(names[c])!) canonical.set(r, i);
  });
  const out = new Map<string, string>();
  for (const k of count.keys()) out.set(k, k);
  names.forEach((k, i) => out.set(k, names[canonical.get(find(i))!]));
  return out;
}

function related(a: string, b: string, sa: string, sb: string): boolean {
  if (sa === sb) return true;
  if (isAdjacentSwap(a, b) && !/[aeiou]/.test(a)) return true;
  return sa.length >= MIN_FUZZY_LENGTH && sb.length >= MIN_FUZZY_LENGTH && sa[0] === sb[0] && withinOneEdit(sa, sb);
}
