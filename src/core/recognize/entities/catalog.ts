// Catalog names and aliases in a trie keyed by token keys, so one walk from
// each capitalised token finds the longest alias ("Donetsk People's Republic"
// before "Donetsk") with a hash lookup per token.

import type { Catalog, EntityType } from '../../model';
import { ALLCAPS, CAP, GAP_HYPHEN, HAS_UPPER, GAP_SPACE, POSS, tokenize, type Tokens } from './tokens';
import { tokenKey } from './keys';

const ANY_CASE = 0;
const CAPITALISED = 1; // "Assad" in an alias must be capitalised in the text
const EXACT_CAPS = 2; // US, UN, LPR match only in capitals
const WANTS_POSS = 4; // "People's" inside an alias: the text token must carry the possessive too

/** Lower-case words of names: "al-Assad" and "Al-Assad" are one alias. */
const CASELESS = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'de', 'del', 'der', 'di', 'da', 'du', 'van', 'von', 'la', 'le', 'of', 'the', 'and', 'for']);

interface Hit {
  /** null for the catalog's ignore list. */
  readonly id: string | null;
  readonly type: EntityType;
  readonly modes: readonly number[];
}

interface Node {
  readonly next: Map<string, Node>;
  hits: Hit[] | null;
}

export interface CompiledCatalog {
  readonly root: Node;
  readonly types: ReadonlyMap<string, EntityType>;
  /** First words of aliases that may start in lower case ("al" of "al-Assad"). */
  readonly lowerStarts: readonly string[];
  /** Bit n set when some lowerStarts word has n chars (n < 31): most tokens are rejected by length alone. */
  readonly lowerStartLengths: number;
}

export interface CatalogMatch {
  /** Token indices, end-exclusive. */
  readonly a: number;
  readonly b: number;
  readonly id: string | null;
  readonly type: EntityType;
}

export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const root: Node = { next: new Map(), hits: null };
  const types = new Map<string, EntityType>();
  for (const e of catalog.entities) {
    types.set(e.id, e.type);
    for (const name of [e.name, ...e.aliases]) addAlias(root, name, e.id, e.type);
  }
  for (const name of catalog.ignore) addAlias(root, name, null, 'other');
  const lowerStarts = [...root.next.keys()].filter((k) => CASELESS.has(k));
  let lowerStartLengths = 0;
  for (const w of lowerStarts) lowerStartLengths |= 1 << Math.min(w.length, 31);
  return { root, types, lowerStarts, lowerStartLengths };
}

function addAlias(root: Node, alias: string, id: string | null, type: EntityType): void {
  const t = tokenize(alias);
  if (t.count === 0) return;
  const keys: string[] = [];
  const modes: number[] = [];
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i];
    const key = tokenKey(alias, t.start[i], t.end[i], f);
    keys.push(key);
    let mode = f & ALLCAPS ? EXACT_CAPS : f & CAP && !CASELESS.has(key) ? CAPITALISED : ANY_CASE;
    if (f & POSS && i < t.count - 1) mode |= WANTS_POSS;
    modes.push(mode);
  }
  insert(root, keys, { id, type, modes });
  // "Donetsk Peoples Republic" written without the apostrophe.
  const possAt = modes.findIndex((m) => m & WANTS_POSS);
  if (possAt >= 0) {
    const k2 = keys.slice();
    const m2 = modes.slice();
    k2[possAt] += 's';
    m2[possAt] &= ~WANTS_POSS;
    insert(root, k2, { id, type, modes: m2 });
  }
}

function insert(root: Node, keys: readonly string[], hit: Hit): void {
  let node = root;
  for (const k of keys) {
    let nx = node.next.get(k);
    if (!nx) { nx = { next: new Map(), hits: null }; node.next.set(k, nx); }
    node = nx;
  }
  (node.hits ??= []).push(hit);
}

function accepts(hit: Hit, t: Tokens, a: number): boolean {
  for (let i = 0; i < hit.modes.length; i++) {
    const m = hit.modes[i];
    const f = t.flags[a + i];
    if ((m & 3) === EXACT_CAPS && !(f & ALLCAPS)) return false;
    if ((m & 3) === CAPITALISED && !(f & CAP)) return false;
    if (m & WANTS_POSS && !(f & POSS)) return false;
    if (!(m & WANTS_POSS) && f & POSS && i < hit.modes.length - 1) return false;
  }
  return true;
}

/** Longest catalog matches, left to right, non-overlapping. */
export function matchCatalog(text: string, t: Tokens, key: (i: number) => string, cat: CompiledCatalog): CatalogMatch[] {
  const out: CatalogMatch[] = [];
  if (cat.root.next.size === 0) return out;
  for (let i = 0; i < t.count; i++) {
    // Most words are lower case: skip them without building their key.
    if (!(t.flags[i] & HAS_UPPER) && !startsLowerCaseAlias(t, i, text, cat)) continue;
    let node = cat.root.next.get(key(i));
    if (!node) continue;
    let best: Hit | null = null;
    let bestEnd = i;
    let j = i;
    for (;;) {
      if (node.hits) {
        for (const h of node.hits) if (accepts(h, t, i)) { best = h; bestEnd = j + 1; break; }
      }
      j++;
      if (j >= t.count) break;
      const g = t.gap[j];
      if (g !== GAP_SPACE && g !== GAP_HYPHEN) break;
      const nx: Node | undefined = node.next.get(key(j));
      if (!nx) break;
      node = nx;
    }
    if (best) {
      out.push({ a: i, b: bestEnd, id: best.id, type: best.type });
      i = bestEnd - 1;
    }
  }
  return out;
}

/** Whether a lower-case token is one of cat.lowerStarts (plain lower-case letters), compared in place. */
function startsLowerCaseAlias(t: Tokens, i: number, text: string, cat: CompiledCatalog): boolean {
  const length = t.end[i] - t.start[i];
  if (!(cat.lowerStartLengths & (1 << Math.min(length, 31)))) return false;
  for (const w of cat.lowerStarts) if (w.length === length && text.startsWith(w, t.start[i])) return true;
  return false;
}
