// Names the catalog lacks: runs of capitalised words, trimmed of what is not
// the name (titles, demonyms, ordinary words capitalised only by position)
// and typed from the name itself first, then from the words around it.

import type { EntityType } from '../../model';
import {
  COMMON, DEMONYM, DEMONYM_START, EVENT_HEAD, FIRST, INNER_POSS, LAST, LOC_CUE, LOC_HEAD, LOCATION, LOCATION_START,
  OF_HEAD, ORG_CUE, ORG_HEAD, ORG_SUFFIX, ORGANIZATION, ORGANIZATION_START, PARTICLE, STOP, TIME, TITLE, TITLE_MOD,
  flagsOf, type Lexicon,
} from './lexicon';
import {
  ALLCAPS, CAP, DIGIT, HAS_DIGIT, INITIAL, GAP_AMP, GAP_COMMA, GAP_HYPHEN, GAP_NEWLINE, GAP_SPACE, HAS_UPPER, POSS,
  SENT_START, UNCERTAIN, type Tokens,
} from './tokens';

/** How sure a type is: what a name says of itself beats what its neighbours say. */
export const FROM_NAME = 3;
export const FROM_CUE = 2;
export const FROM_CONTEXT = 1;
export const NO_EVIDENCE = 0;

export interface Candidate {
  /** Token indices, end-exclusive. */
  readonly a: number;
  readonly b: number;
  readonly type: EntityType;
  readonly strength: number;
}

export interface Doc {
  readonly text: string;
  readonly t: Tokens;
  readonly key: (i: number) => string;
  /** The word lists token i's key belongs to (lexicon.ts bits), looked up once per token. */
  readonly lists: (i: number) => number;
  /** FNV-1a of token i's key (words.ts). */
  readonly keyHash: (i: number) => number;
  readonly lex: Lexicon;
  /** 1 where a catalog match (or ignored phrase) already holds the token. */
  readonly taken: Uint8Array;
}

/**
 * Marks words whose capital letter says nothing: sentence starts and every
 * word of a Title Case or ALL CAPS line ("Putin’s Special Envoy Meets With").
 */
export function markUncertain(d: Doc): void {
  const { t, lists } = d;
  let lineStart = 0;
  for (let i = 0; i <= t.count; i++) {
    if (i < t.count && (i === 0 || t.gap[i] !== GAP_NEWLINE)) continue;
    let caps = 0;
    let shouting = 0;
    let lower = false;
    for (let j = lineStart; j < i && !lower; j++) {
      const f = t.flags[j];
      if (f & CAP) { caps++; if (f & ALLCAPS && t.end[j] - t.start[j] > 2) shouting++; }
      else if (!(f & DIGIT) && !(lists(j) & (STOP | PARTICLE))) lower = true;
    }
    const headline = !lower && caps >= 3;
    for (let j = lineStart; j < i; j++) {
      if (t.flags[j] & SENT_START || headline || shouting >= 3) t.flags[j] |= UNCERTAIN;
    }
    lineStart = i;
  }
}

/**
 * Capitalised words seen where case is informative: these are names wherever
 * they appear. Only the ordinary words, the only ones findNames asks about
 * (a word's lists go with its key): adding every name to the set showed in the profile.
 */
function confirmedNames(d: Doc): Set<string> {
  const out = new Set<string>();
  const { t, key, lists } = d;
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i];
    if (f & HAS_UPPER && !(f & UNCERTAIN) && !(f & DIGIT) && !(lists(i) & STOP) && askedIfConfirmed(lists(i))) out.add(key(i));
  }
  return out;
}

/** Whether findNames asks `confirmed` about a word of these lists. */
function askedIfConfirmed(w: number): boolean {
  return (w & COMMON) !== 0 && !(w & (LOCATION | ORGANIZATION));
}

export function findNames(d: Doc): Candidate[] {
  const { t, key, lists, taken } = d;
  const confirmed = confirmedNames(d);
  // "A. Dale", "M. Waugh": the initial's key is a stop word ("a") or an
  // ordinary one ("m"), yet before a name it is always part of it.
  const initial = (i: number): boolean =>
    (t.flags[i] & INITIAL) !== 0 && t.end[i] - t.start[i] === 2 && i + 1 < t.count && t.gap[i + 1] === GAP_SPACE;
  const plainName = (i: number): boolean => {
    const f = t.flags[i];
    if (!(f & HAS_UPPER) || f & DIGIT || taken[i]) return false;
    const w = lists(i);
    if (w & TIME) return false;
    if (w & STOP && !(f & ALLCAPS && w & (LOCATION | ORGANIZATION)) && !initial(i)) return false;
    // "US$", "AU$": currencies.
    return t.end[i] >= d.text.length || d.text.charCodeAt(t.end[i]) !== 0x24;
  };
  const isName = (i: number): boolean => {
    if (!plainName(i)) return false;
    if (initial(i)) return plainName(i + 1);
    const f = t.flags[i];
    if (!(f & UNCERTAIN)) return true;
    const w = lists(i);
    const next = i + 1 < t.count && t.gap[i + 1] <= GAP_HYPHEN ? i + 1 : -1;
    // "Pre-orders", "Russian-backed" opening a sentence are words, not names.
    if (next >= 0 && t.gap[next] === GAP_HYPHEN && !(t.flags[next] & HAS_UPPER) && !(lists(next) & PARTICLE)) return false;
    if (!askedIfConfirmed(w) || confirmed.has(key(i))) return !isAdjective(d, i);
    // "New Zealand", "NEW JERSEY", "United Arab Emirates" opening a line: an
    // ordinary word that starts a known name with the words after it.
    if (w & (LOCATION_START | ORGANIZATION_START) && startsKnownName(d, i)) return true;
    // "General Motors", "Mark Papermaster": an ordinary word or first name
    // that a sure name follows belongs to it.
    if (next < 0 || !plainName(next)) return false;
    const wn = lists(next);
    if (!(t.flags[next] & UNCERTAIN) && wn & COMMON && !(wn & TITLE)) return !(w & (TITLE | TITLE_MOD));
    return (w & FIRST) !== 0 && !(wn & COMMON);
  };
  const joins = (j: number): boolean => {
    const g = t.gap[j];
    return (g === GAP_SPACE || g === GAP_HYPHEN || g === GAP_AMP) && (!(t.flags[j - 1] & POSS) || (lists(j - 1) & INNER_POSS) !== 0);
  };
  // "Sheffield United 2 0 1", "Notts County 3": in a table or a headline a
  // capital says nothing, but a head word ending a place's name belongs to it.
  const endsWithHead = (j: number): boolean =>
    (lists(j) & (LOC_HEAD | ORG_HEAD)) !== 0 && (t.flags[j] & HAS_UPPER) !== 0 && !(lists(j - 1) & COMMON)
    && t.gap[j] === GAP_SPACE && (j + 1 >= t.count || t.gap[j + 1] !== GAP_SPACE || !(t.flags[j + 1] & HAS_UPPER));
  const out: Candidate[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!isName(i)) continue;
    let j = i + 1;
    while (j < t.count && joins(j)) {
      if (isName(j)) { j++; continue; }
      if (endsWithHead(j)) { j++; break; }
      if (t.flags[j] & HAS_UPPER || taken[j]) break;
      if (lists(j) & PARTICLE && j + 1 < t.count && joins(j + 1) && isName(j + 1)) { j += 2; continue; }
      if (key(j) === 'of' && lists(j - 1) & OF_HEAD) {
        const skip = j + 1 < t.count && key(j + 1) === 'the' ? 2 : 1;
        if (j + skip < t.count && joins(j + skip) && isName(j + skip)) { j += skip + 1; continue; }
      }
      break;
    }
    const from = titleComplementEnd(d, i, j);
    if (from < j) segment(d, from, trimBeforeNumber(d, j), out, from > i);
    i = j - 1;
  }
  return out;
}

/** Whether token i and the next one or two (joined by spaces) are a gazetteer place or organisation. */
function startsKnownName(d: Doc, i: number): boolean {
  const { t, key, lex } = d;
  let phrase = key(i);
  for (let j = i + 1; j < Math.min(i + 3, t.count) && t.gap[j] === GAP_SPACE; j++) {
    phrase += ' ' + key(j);
    if (flagsOf(lex, phrase) & (LOCATION | ORGANIZATION)) return true;
  }
  return false;
}

/** A sentence-opening "Congressional lawmakers": an adjective by its ending. */
function isAdjective(d: Doc, i: number): boolean {
  const { t, key, lists } = d;
  if (i + 1 >= t.count || t.gap[i + 1] !== GAP_SPACE || t.flags[i + 1] & DIGIT) return false;
  // In a headline the next word is capitalised too: "Trilateral Meeting Of".
  if (t.flags[i + 1] & HAS_UPPER && !(t.flags[i + 1] & UNCERTAIN && lists(i + 1) & COMMON)) return false;
  return ADJECTIVE_ENDING.test(key(i)) && !(lists(i) & LOCATION);
}

const ADJECTIVE_ENDING = /(?:ian|ese|ish|ic|nal|ral|cal|ern)$/;

/**
 * "Flight" in "Adam Air Flight 574", "Chapter" in "Chapter 11": a number's
 * label, not the name; but a head ends one ("Notts County 3 1 1").
 */
function trimBeforeNumber(d: Doc, b: number): number {
  const { t, lists } = d;
  const w = lists(b - 1);
  if (b < t.count && t.flags[b] & DIGIT && t.gap[b] === GAP_SPACE && w & COMMON && !(w & (ORG_HEAD | LOC_HEAD))) return b - 1;
  return b;
}

/**
 * Where the name starts after the ordinary words completing a title ("Foreign
 * Affairs" in "Minister of Foreign Affairs Natalia Nikonorova"); b if none is left.
 */
function titleComplementEnd(d: Doc, a: number, b: number): number {
  const { key, lists } = d;
  if (a < 2 || key(a - 1) !== 'of' || !(lists(a - 2) & TITLE)) return a;
  let i = a;
  while (i < b && lists(i) & (COMMON | TITLE_MOD)) i++;
  return i;
}

/** Splits one run of capitalised words into names, dropping titles and demonyms. */
function segment(d: Doc, a: number, b: number, out: Candidate[], afterTitle = false): void {
  const { key, lists, lex } = d;
  let s = a;
  let personCue = afterTitle;
  while (s < b) {
    const w = lists(s);
    if (w & DEMONYM && !(s + 1 < b && hasHead(d, b))) { s++; continue; }
    // Two-word demonyms ("North American sales", "Latin American markets").
    if (w & DEMONYM_START && s + 1 < b && flagsOf(lex, key(s) + ' ' + key(s + 1)) & DEMONYM && !(s + 2 < b && hasHead(d, b))) { s += 2; continue; }
    const titleEnd = titleRunEnd(d, s, b);
    if (titleEnd > s) { s = titleEnd; personCue = true; continue; }
    if (w & TITLE_MOD && s + 1 === b) return;
    break;
  }
  if (s >= b || (s + 1 === b && d.t.end[s] - d.t.start[s] === 1)) return;
  // An inner title separates two names ("Apple CEO Steve Jobs"); a company
  // suffix ends one ("Chrysler LLC Jim Press").
  for (let m = s + 1; m < b - 1; m++) {
    if (lists(m) & ORG_SUFFIX) {
      out.push(typed(d, s, m + 1, false, false));
      segment(d, m + 1, b, out);
      return;
    }
    if (!(lists(m) & TITLE)) continue;
    let left = m;
    while (left > s && lists(left - 1) & TITLE_MOD) left--;
    if (left > s) out.push(typed(d, s, left, false, true));
    segment(d, m, b, out);
    return;
  }
  out.push(typed(d, s, b, personCue, false));
}

/** End of a title ("Deputy Foreign Minister") starting at s, or s when there is none. */
function titleRunEnd(d: Doc, s: number, b: number): number {
  const { lists } = d;
  let end = s;
  for (let r = s; r < b; r++) {
    const w = lists(r);
    if (w & TITLE) end = r + 1;
    else if (!(w & TITLE_MOD)) break;
  }
  return end;
}

function hasHead(d: Doc, b: number): boolean {
  return (d.lists(b - 1) & (ORG_HEAD | LOC_HEAD | ORG_SUFFIX)) !== 0;
}

function typed(d: Doc, s: number, e: number, personCue: boolean, beforeTitle: boolean): Candidate {
  const [type, strength] = typeOf(d, s, e, personCue, beforeTitle);
  return { a: s, b: e, type, strength };
}

function typeOf(d: Doc, s: number, e: number, personCue: boolean, beforeTitle: boolean): [EntityType, number] {
  const { t, key, lists, lex } = d;
  const firstWord = lists(s);
  const lastWord = lists(e - 1);
  // The whole name in the gazetteer: a phrase only if its first word starts one there.
  let whole = e - s === 1 ? firstWord : 0;
  if (e - s > 1 && firstWord & (LOCATION_START | ORGANIZATION_START)) {
    let full = key(s);
    for (let i = s + 1; i < e; i++) full += ' ' + key(i);
    whole = flagsOf(lex, full);
  }
  if (whole & LOCATION) return ['location', FROM_NAME];
  if (whole & ORGANIZATION) return ['organization', FROM_NAME];
  if (e - s > 1 || t.flags[s] & ALLCAPS) {
    if (lastWord & (ORG_SUFFIX | ORG_HEAD)) return ['organization', FROM_NAME];
    if (lastWord & LOC_HEAD) return ['location', FROM_NAME];
    if (lastWord & EVENT_HEAD) return ['other', FROM_NAME];
  }
  if (e - s > 2 && key(s + 1) === 'of') {
    if (firstWord & ORG_HEAD) return ['organization', FROM_NAME];
    if (firstWord & LOC_HEAD) return ['location', FROM_NAME];
  }
  if (personCue) return ['person', FROM_CUE];
  if (beforeTitle) return ['organization', FROM_CUE];
  if (e - s === 1 && t.flags[s] & ALLCAPS) return ['organization', FROM_CUE];
  if (e - s > 1 && ((firstWord & (FIRST | COMMON)) === FIRST || (lastWord & (LAST | COMMON)) === LAST)) return ['person', FROM_CUE];
  if (isAppositivePerson(d, e)) return ['person', FROM_CUE];
  if (s > 0) {
    const g = t.gap[s];
    if (g === GAP_COMMA && followsTitle(d, s)) return ['person', FROM_CUE];
    if (g === GAP_SPACE && !(t.flags[s - 1] & CAP)) {
      const prev = lists(s - 1);
      if (prev & ORG_CUE) return ['organization', FROM_CONTEXT];
      if (prev & LOC_CUE) return ['location', FROM_CONTEXT];
    }
  }
  if (e < t.count) {
    if (t.gap[e] === GAP_COMMA && locationAt(d, e)) return ['location', FROM_CONTEXT];
    if (t.gap[e] === GAP_SPACE && !(t.flags[e] & HAS_UPPER)) {
      const next = lists(e);
      if (next & LOC_HEAD) return ['location', FROM_CONTEXT];
      if (next & (ORG_HEAD | ORG_CUE)) return ['organization', FROM_CONTEXT];
    }
    // "DC-9", "A330-300": a model number.
    if (t.gap[e] === GAP_HYPHEN && t.flags[e] & DIGIT) return ['other', FROM_CONTEXT];
  }
  // What is left is mostly companies, agencies and the like: people come with
  // first names or titles, places are in the gazetteer. Products with their
  // lower-case initial or digits ("iPod", "A330") stay 'other'.
  if (!(t.flags[s] & CAP)) return ['other', NO_EVIDENCE];
  for (let i = s; i < e; i++) if (t.flags[i] & HAS_DIGIT) return ['other', NO_EVIDENCE];
  return ['organization', NO_EVIDENCE];
}

/** "Foreign Minister, Faysal Mikdad", "Syria’s envoy in the country, Bashar al-Jaafari". */
function followsTitle(d: Doc, s: number): boolean {
  const { t, lists } = d;
  for (let i = s - 1; i >= 0 && i >= s - 5; i--) {
    if (lists(i) & TITLE) return true;
    if (t.gap[i] !== GAP_SPACE) return false;
  }
  return false;
}

/** "Jusman Syafii Djamal, minister of transport", "Papermaster, 49,": what follows a person. */
function isAppositivePerson(d: Doc, e: number): boolean {
  const { t, lists } = d;
  if (e + 1 >= t.count || t.gap[e] !== GAP_COMMA) return false;
  const w = lists(e);
  if (w & TITLE || (w & TITLE_MOD && lists(e + 1) & TITLE)) return true;
  return (t.flags[e] & DIGIT) !== 0 && t.end[e] - t.start[e] <= 2 && t.gap[e + 1] === GAP_COMMA;
}

/**
 * Whether a place name starts at token i and is the whole name there:
 * "Toulouse, France" but not "Air China, China Eastern Airlines", where
 * "China" only begins the next name.
 */
function locationAt(d: Doc, i: number): boolean {
  const { t } = d;
  const w = d.lists(i);
  // Longer place names only from words that start one.
  const end = w & LOCATION_START ? Math.min(i + 3, t.count) : i + 1;
  let k = end > i + 1 ? d.key(i) : '';
  for (let j = i; j < end; j++) {
    if (j > i) { if (t.gap[j] !== GAP_SPACE) return false; k += ' ' + d.key(j); }
    const continues = j + 1 < t.count && t.gap[j + 1] <= GAP_HYPHEN && (t.flags[j + 1] & CAP) !== 0;
    if ((j === i ? w : flagsOf(d.lex, k)) & LOCATION && !continues) return true;
  }
  return false;
}
