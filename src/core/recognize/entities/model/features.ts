// The features the entity model reads off one candidate name: its words, their
// shape and affixes, the word lists they are in, what the rules made of it,
// the words around it and the line it sits on; in the article pass, also what
// the rest of the article says of the same name. Features are strings, hashed
// into the model's slots (entityModel.ts); a feature the training data never
// showed often enough has no weight and costs one hash.

import {
  COMMON, DEMONYM, FIRST, LAST, LOC_CUE, LOC_HEAD, LOCATION, ORG_CUE, ORG_HEAD, ORG_SUFFIX, ORGANIZATION,
  PARTICLE, STOP, TIME, TITLE, TITLE_MOD, flagsOf,
} from '../lexicon';
import type { Doc } from '../names';
import { ALLCAPS, CAP, DIGIT, GAP_COMMA, GAP_HYPHEN, GAP_NEWLINE, HAS_DIGIT, HAS_UPPER, UNCERTAIN, type Tokens } from '../tokens';

/** A candidate name: token indices [a, b) and what the rules typed it as. */
export interface Span {
  readonly a: number;
  readonly b: number;
  readonly type: string;
  readonly strength: number;
}

/** What the first pass found across one article, read by the second. */
export interface ArticleEvidence {
  /** The label the first pass gave each whole form (words joined by a space), by total score. */
  readonly typeOfForm: ReadonlyMap<string, string>;
  /** The label of the longest name each word was part of ("assad" -> person after "Bashar al-Assad"). */
  readonly typeOfPart: ReadonlyMap<string, string>;
  /** Keys seen capitalised where case says something (not a sentence start or headline). */
  readonly confirmed: ReadonlySet<string>;
  /** Which label most of the article's names got: "person", "organization"... or "mixed". */
  readonly mix: string;
  /** The first pass's label of the name ending at each token index (exclusive end), and starting at each. */
  readonly labelEndingAt: ReadonlyMap<number, string>;
  readonly labelStartingAt: ReadonlyMap<number, string>;
}

const COORDINATORS = new Set(['and', 'or', 'nor', 'vs', 'v']);

/** The first pass's label of a name coordinated with [a, b): "GM and Chrysler", "Ajax, PSV and Feyenoord". */
function coordinated(d: Doc, a: number, b: number, evidence: ArticleEvidence): string[] {
  const { t, key } = d;
  const out: string[] = [];
  const before = t.gap[a] === GAP_COMMA ? evidence.labelEndingAt.get(a)
    : a > 1 && COORDINATORS.has(key(a - 1)) ? evidence.labelEndingAt.get(a - 1) : undefined;
  if (before) out.push(before);
  const after = b < t.count && t.gap[b] === GAP_COMMA ? evidence.labelStartingAt.get(b)
    : b + 1 < t.count && COORDINATORS.has(key(b)) ? evidence.labelStartingAt.get(b + 1) : undefined;
  if (after) out.push(after);
  return out;
}

export type Emit = (feature: string) => void;

const LIST_BITS: readonly [number, string][] = [
  [COMMON, 'common'], [STOP, 'stop'], [FIRST, 'first'], [LAST, 'last'], [DEMONYM, 'demonym'], [TITLE, 'title'],
  [TITLE_MOD, 'titlemod'], [LOCATION, 'loc'], [ORGANIZATION, 'org'], [ORG_HEAD, 'orghead'], [LOC_HEAD, 'lochead'],
  [ORG_SUFFIX, 'orgsuffix'], [ORG_CUE, 'orgcue'], [LOC_CUE, 'loccue'], [PARTICLE, 'particle'], [TIME, 'time'],
];

/** Lower-case words, joined by one space: how a name is compared within an article. */
export function formOf(d: Doc, a: number, b: number): string {
  let form = d.key(a);
  for (let i = a + 1; i < b; i++) form += ' ' + d.key(i);
  return form;
}

/** "Xx", "X", "x", "d", "X.": the casing of one token. */
function tokenShape(t: Tokens, text: string, i: number): string {
  const f = t.flags[i];
  if (f & DIGIT) return 'd';
  if (f & ALLCAPS) return t.end[i] - t.start[i] === 1 ? 'X' : text.charCodeAt(t.end[i] - 1) === 0x2e ? 'X.' : 'XX';
  if (f & CAP) return f & HAS_DIGIT ? 'Xd' : 'Xx';
  if (f & HAS_UPPER) return 'xX';
  return 'x';
}

export function shapeOf(d: Doc, a: number, b: number): string {
  let shape = tokenShape(d.t, d.text, a);
  for (let i = a + 1; i < b; i++) shape += (d.t.gap[i] === GAP_HYPHEN ? '-' : ' ') + tokenShape(d.t, d.text, i);
  return shape;
}

function listFeatures(bits: number, prefix: string, emit: Emit): void {
  for (const [bit, name] of LIST_BITS) if (bits & bit) emit(prefix + name);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The character before position `at`, past spaces: "(", ",", '"'..., "w" for a word, "^" at the start. */
function charBefore(text: string, at: number): string {
  while (at > 0 && text.charCodeAt(at - 1) === 0x20) at--;
  if (at === 0) return '^';
  return WORD_CHAR.test(text[at - 1]) ? 'w' : text[at - 1];
}

/** The character after position `at`, past spaces; "w" for a word, "$" at the end. */
function charAfter(text: string, at: number): string {
  while (at < text.length && text.charCodeAt(at) === 0x20) at++;
  if (at === text.length) return '$';
  return WORD_CHAR.test(text[at]) ? 'w' : text[at];
}

/** Start and end token of the line holding token i. */
function lineOf(t: Tokens, i: number): [number, number] {
  let s = i;
  while (s > 0 && t.gap[s] !== GAP_NEWLINE) s--;
  let e = i + 1;
  while (e < t.count && t.gap[e] !== GAP_NEWLINE) e++;
  return [s, e];
}

/** What the line says of itself: a table row ("Feyenoord 3 2 1 0 9 4 7"), a headline, a sentence. */
function lineFeatures(d: Doc, a: number, emit: Emit): void {
  const { t } = d;
  const [s, e] = lineOf(t, a);
  let digits = 0;
  let lower = 0;
  for (let i = s; i < e; i++) {
    const f = t.flags[i];
    if (f & DIGIT) digits++;
    else if (!(f & HAS_UPPER) && !(d.lists(i) & STOP)) lower++;
  }
  const n = e - s;
  emit('line-len=' + (n <= 3 ? n : n <= 8 ? 'short' : 'long'));
  emit('line-digits=' + (digits === 0 ? 0 : digits * 3 >= n ? 'many' : 'some'));
  if (lower === 0) emit('line-nolower');
  if (a === s) emit('line-start');
}

/** The features of one candidate read from the text alone. */
export function spanFeatures(d: Doc, span: Span, emit: Emit): void {
  const { t, text, key, lists } = d;
  const { a, b } = span;
  const n = b - a;
  const form = formOf(d, a, b);
  const first = key(a);
  const last = key(b - 1);
  emit('bias');
  emit('rule=' + span.type + span.strength);
  emit('rule=' + span.type);
  emit('form=' + form);
  emit('first=' + first);
  emit('last=' + last);
  for (let i = a + 1; i < b - 1; i++) emit('mid=' + key(i));
  emit('len=' + Math.min(n, 4));
  const shape = shapeOf(d, a, b);
  emit('shape=' + shape);
  emit('shape|len=' + (t.flags[a] & ALLCAPS ? 'caps' : 'cap') + Math.min(n, 3));
  if (last.length > 3) { emit('suf3=' + last.slice(-3)); emit('suf4=' + last.slice(-4)); }
  if (first.length > 3) emit('pre3=' + first.slice(0, 3));
  listFeatures(lists(a), 'fl=', emit);
  if (n > 1) listFeatures(lists(b - 1), 'll=', emit);
  if (n > 1) listFeatures(flagsOf(d.lex, form), 'whole=', emit);
  for (let i = a; i < b; i++) if (lists(i) & (FIRST | LAST) && !(lists(i) & COMMON)) { emit('has-name-word'); break; }
  const certainty = t.flags[a] & UNCERTAIN ? 'uncertain' : 'certain';
  emit(certainty);
  if (t.flags[a] & ALLCAPS && n === 1) emit('acronym');

  const before = charBefore(text, t.start[a]);
  const after = charAfter(text, t.end[b - 1]);
  emit('before=' + before);
  emit('after=' + after);
  if (before === '(' && after === ')') emit('inparens');
  if (a > 0) {
    const p1 = key(a - 1);
    emit('p1=' + (t.flags[a - 1] & HAS_UPPER ? 'CAP' : p1));
    emit('p1w=' + p1);
    listFeatures(lists(a - 1), 'p1l=', emit);
    if (a > 1) emit('p2=' + key(a - 2) + '|' + p1);
  } else emit('p1=^');
  if (b < t.count) {
    const n1 = key(b);
    emit('n1=' + (t.flags[b] & DIGIT ? 'DIGIT' : t.flags[b] & HAS_UPPER ? 'CAP' : n1));
    emit('n1w=' + n1);
    listFeatures(lists(b), 'n1l=', emit);
    if (b + 1 < t.count) emit('n2=' + n1 + '|' + key(b + 1));
  } else emit('n1=$');
  lineFeatures(d, a, emit);
}

/** The article pass's features: the first pass's label, and the article's say on the same name. */
export function articleFeatures(d: Doc, span: Span, local: string, evidence: ArticleEvidence, emit: Emit): void {
  const { a, b } = span;
  const form = formOf(d, a, b);
  const n = Math.min(b - a, 3);
  emit('local=' + local);
  emit('local|rule=' + local + '|' + span.type + span.strength);
  const ofForm = evidence.typeOfForm.get(form);
  if (ofForm) emit('doc-form=' + ofForm);
  if (b - a === 1) {
    const ofPart = evidence.typeOfPart.get(form);
    if (ofPart) emit('doc-part=' + ofPart);
    if (evidence.confirmed.has(form)) emit('doc-confirmed');
  }
  for (const label of coordinated(d, a, b, evidence)) emit('coordinated=' + label);
  emit('doc-mix=' + evidence.mix);
  emit('doc-mix|rule|len=' + evidence.mix + '|' + span.type + '|' + n);
  emit('doc-mix|local=' + evidence.mix + '|' + local);
}
