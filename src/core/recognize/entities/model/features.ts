// The features the entity model reads off one candidate name: its words, their
// shape and affixes, the word lists they are in, what the rules made of it,
// the words around it and the line it sits on; in the article pass, also what
// the rest of the article says of the same name. A feature is a kind and up
// to two numbers (hashing.ts), hashed into the model's slots; one the
// training data never showed often enough has no weight and costs a lookup.

import {
  COMMON, DEMONYM, DEMONYM_START, FIRST, LAST, LOC_CUE, LOC_HEAD, LOCATION, LOCATION_START, ORG_CUE, ORG_HEAD,
  ORG_SUFFIX, ORGANIZATION, ORGANIZATION_START, PARTICLE, STOP, TIME, TITLE, TITLE_MOD, flagsOf,
} from '../lexicon';
import type { Doc } from '../names';
import { ALLCAPS, CAP, DIGIT, GAP_COMMA, GAP_HYPHEN, GAP_NEWLINE, HAS_DIGIT, HAS_UPPER, UNCERTAIN } from '../tokens';
import { combine, strHash } from './hashing';

/** A candidate name: token indices [a, b) and what the rules typed it as. */
export interface Span {
  readonly a: number;
  readonly b: number;
  readonly type: string;
  readonly strength: number;
}

// Each kind's number is the hash of its name, so that a kind added later moves
// no other's slots. Plain constants: a lookup per feature in an object of
// kinds showed in the profile.
const BIAS = strHash('bias');
const RULE = strHash('rule');
const RULE_TYPE = strHash('rule-type');
const FORM = strHash('form');
const FIRST_WORD = strHash('first');
const LAST_WORD = strHash('last');
const MID = strHash('mid');
const LEN = strHash('len');
const SHAPE = strHash('shape');
const CAPS_LEN = strHash('caps-len');
const SUFFIX3 = strHash('suffix3');
const SUFFIX4 = strHash('suffix4');
const PREFIX3 = strHash('prefix3');
const FIRST_LIST = strHash('first-list');
const LAST_LIST = strHash('last-list');
const WHOLE_LIST = strHash('whole-list');
const HAS_NAME_WORD = strHash('has-name-word');
const CERTAIN = strHash('certain');
const ACRONYM = strHash('acronym');
const BEFORE = strHash('before');
const AFTER = strHash('after');
const IN_PARENS = strHash('in-parens');
const PREV = strHash('prev');
const PREV_WORD = strHash('prev-word');
const PREV_LIST = strHash('prev-list');
const PREV_TWO = strHash('prev-two');
const NEXT = strHash('next');
const NEXT_WORD = strHash('next-word');
const NEXT_LIST = strHash('next-list');
const NEXT_TWO = strHash('next-two');
const LINE_LEN = strHash('line-len');
const LINE_DIGITS = strHash('line-digits');
const LINE_NO_LOWER = strHash('line-no-lower');
const LINE_START = strHash('line-start');
const LOCAL = strHash('local');
const LOCAL_RULE = strHash('local-rule');
const DOC_FORM = strHash('doc-form');
const DOC_PART = strHash('doc-part');
const DOC_CONFIRMED = strHash('doc-confirmed');
const COORDINATED = strHash('coordinated');
const DOC_MIX = strHash('doc-mix');
const DOC_MIX_RULE_LEN = strHash('doc-mix-rule-len');
const DOC_MIX_LOCAL = strHash('doc-mix-local');

/** Kinds naming a word: the training keeps their weights only for words seen often. */
export const WORD_KINDS: ReadonlySet<number> = new Set([FORM, FIRST_WORD, LAST_WORD, MID, PREV_WORD, NEXT_WORD, PREV_TWO, NEXT_TWO]);

/** Receives each feature of a candidate. */
export type Emit = (kind: number, x: number, y: number) => void;

const LIST_BITS = COMMON | STOP | FIRST | LAST | DEMONYM | TITLE | TITLE_MOD | LOCATION | ORGANIZATION | ORG_HEAD |
  LOC_HEAD | ORG_SUFFIX | ORG_CUE | LOC_CUE | PARTICLE | TIME;
/** First words of the multi-word entries of the lists: only a name starting with one can be one. */
const PHRASE_START = LOCATION_START | ORGANIZATION_START | DEMONYM_START;

const CAPITALISED = -1;
const NUMBER = -2;
const TEXT_EDGE = -3;
const WORD = -4;

/** The line a token sits on, as lineFeatures reads it. */
export interface LineSummary {
  /** Its first token, and how many it has. */
  start: number;
  length: number;
  digits: number;
  /** Words of more than three letters, none upper case. */
  lower: number;
}

/**
 * Per-article memo of what several candidates ask for: the summary of the
 * line last asked about. Candidates come in text order, and a results table
 * puts dozens of names on one short line, so each line is summarised once;
 * a map of lines, and the line start of every token, cost more than that.
 */
export class ArticleFeatures {
  private readonly summary: LineSummary = { start: 0, length: 0, digits: 0, lower: 0 };

  constructor(readonly d: Doc) {}

  /** The hash of a name's words in order: how its mentions are compared within the article. */
  formHash(a: number, b: number): number {
    let h = this.d.keyHash(a);
    for (let i = a + 1; i < b; i++) h = combine(h, this.d.keyHash(i));
    return h;
  }

  /** The line holding token i: valid until the next call. */
  line(i: number): Readonly<LineSummary> {
    const line = this.summary;
    if (i >= line.start && i < line.start + line.length) return line;
    const { t } = this.d;
    let s = i;
    while (s > 0 && t.gap[s] !== GAP_NEWLINE) s--;
    let e = i + 1;
    while (e < t.count && t.gap[e] !== GAP_NEWLINE) e++;
    let digits = 0;
    let lower = 0;
    // Flags only: looking up every word of the line cost more than all the other features.
    for (let j = s; j < e; j++) {
      const f = t.flags[j];
      if (f & DIGIT) digits++;
      else if (!(f & HAS_UPPER) && t.end[j] - t.start[j] > 3) lower++;
    }
    line.start = s;
    line.length = e - s;
    line.digits = digits;
    line.lower = lower;
    return line;
  }
}

/** What the first pass found across one article, read by the second. Labels are LABELS indices. */
export interface ArticleEvidence {
  /** The number of distinct forms (ArticleFeatures.formHash) among the spans. */
  readonly forms: number;
  /** Per span, the number of its form: forms are numbered in order of first mention. */
  readonly formOf: Int32Array;
  /** Per form, the label the first pass's scores of its mentions add up to. */
  readonly labelOfForm: Int8Array;
  /** The label of the longest name a word (its hash) was part of: "assad" -> person after "Bashar al-Assad". */
  readonly labelOfPart: (word: number) => number | undefined;
  /** Per form, 1 if seen capitalised where case says something (not a sentence start or headline). */
  readonly confirmed: Uint8Array;
  /** The label most of the article's names got, or MIXED, or FEW_NAMES. */
  readonly mix: number;
  /** The first pass's label of the name ending at each token index (exclusive end), and starting at each; -1 for none. */
  readonly labelEndingAt: Int8Array;
  readonly labelStartingAt: Int8Array;
}

export const MIXED = -1;
export const FEW_NAMES = -2;

const RULE_TYPES = ['person', 'organization', 'location', 'other'];

/** A hash of the character before `at` (past spaces): punctuation as itself, WORD, or TEXT_EDGE. */
function charBefore(text: string, at: number): number {
  while (at > 0 && text.charCodeAt(at - 1) === 0x20) at--;
  return at === 0 ? TEXT_EDGE : punctuationOrWord(text.charCodeAt(at - 1));
}

function charAfter(text: string, at: number): number {
  while (at < text.length && text.charCodeAt(at) === 0x20) at++;
  return at === text.length ? TEXT_EDGE : punctuationOrWord(text.charCodeAt(at));
}

function punctuationOrWord(c: number): number {
  const letterOrDigit = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0xc0;
  return letterOrDigit ? WORD : c;
}

/** The casing of one token as a small number: d, X, XX, X., Xd, Xx, xX, x. */
function tokenShape(d: Doc, i: number): number {
  const { t, text } = d;
  const f = t.flags[i];
  if (f & DIGIT) return 1;
  if (f & ALLCAPS) return t.end[i] - t.start[i] === 1 ? 2 : text.charCodeAt(t.end[i] - 1) === 0x2e ? 3 : 4;
  if (f & CAP) return f & HAS_DIGIT ? 5 : 6;
  return f & HAS_UPPER ? 7 : 8;
}

function shapeOf(d: Doc, a: number, b: number): number {
  let shape = tokenShape(d, a);
  for (let i = a + 1; i < b; i++) shape = combine(shape, (d.t.gap[i] === GAP_HYPHEN ? 16 : 0) + tokenShape(d, i));
  return shape;
}

function listFeatures(bits: number, kind: number, emit: Emit): void {
  for (let rest = bits & LIST_BITS; rest !== 0; rest &= rest - 1) emit(kind, rest & -rest, 0);
}

/** The line a name sits on: a table row ("Feyenoord 3 2 1 0 9 4 7"), a headline, a sentence. */
function lineFeatures(af: ArticleFeatures, a: number, emit: Emit): void {
  const { start, length: n, digits, lower } = af.line(a);
  emit(LINE_LEN, n <= 3 ? n : n <= 8 ? 4 : 5, 0);
  emit(LINE_DIGITS, digits === 0 ? 0 : digits * 3 >= n ? 2 : 1, 0);
  if (lower === 0) emit(LINE_NO_LOWER, 0, 0);
  if (a === start) emit(LINE_START, 0, 0);
}

function suffix(key: string, n: number): number {
  return strHash(key, key.length - n);
}

/** The features of one candidate read from the text alone. */
export function spanFeatures(af: ArticleFeatures, span: Span, emit: Emit): void {
  const { d } = af;
  const { t, text, key, lists } = d;
  const { a, b } = span;
  const n = b - a;
  const ruleType = RULE_TYPES.indexOf(span.type);
  emit(BIAS, 0, 0);
  emit(RULE, ruleType, span.strength);
  emit(RULE_TYPE, ruleType, 0);
  emit(FORM, af.formHash(a, b), 0);
  emit(FIRST_WORD, d.keyHash(a), 0);
  emit(LAST_WORD, d.keyHash(b - 1), 0);
  for (let i = a + 1; i < b - 1; i++) emit(MID, d.keyHash(i), 0);
  emit(LEN, Math.min(n, 4), 0);
  emit(SHAPE, shapeOf(d, a, b), 0);
  emit(CAPS_LEN, t.flags[a] & ALLCAPS ? 1 : 0, Math.min(n, 3));
  const first = key(a);
  const last = key(b - 1);
  if (last.length > 3) { emit(SUFFIX3, suffix(last, 3), 0); emit(SUFFIX4, suffix(last, 4), 0); }
  if (first.length > 3) emit(PREFIX3, strHash(first, 0, 3), 0);
  listFeatures(lists(a), FIRST_LIST, emit);
  if (n > 1) listFeatures(lists(b - 1), LAST_LIST, emit);
  if (n > 1 && lists(a) & PHRASE_START) {
    let form = first;
    for (let i = a + 1; i < b; i++) form += ' ' + key(i);
    listFeatures(flagsOf(d.lex, form), WHOLE_LIST, emit);
  }
  for (let i = a; i < b; i++) if (lists(i) & (FIRST | LAST) && !(lists(i) & COMMON)) { emit(HAS_NAME_WORD, 0, 0); break; }
  emit(CERTAIN, t.flags[a] & UNCERTAIN ? 0 : 1, 0);
  if (t.flags[a] & ALLCAPS && n === 1) emit(ACRONYM, 0, 0);

  const before = charBefore(text, t.start[a]);
  const after = charAfter(text, t.end[b - 1]);
  emit(BEFORE, before, 0);
  emit(AFTER, after, 0);
  if (before === 0x28 && after === 0x29) emit(IN_PARENS, 0, 0);
  if (a > 0) {
    emit(PREV, t.flags[a - 1] & HAS_UPPER ? CAPITALISED : d.keyHash(a - 1), 0);
    emit(PREV_WORD, d.keyHash(a - 1), 0);
    listFeatures(lists(a - 1), PREV_LIST, emit);
    if (a > 1) emit(PREV_TWO, d.keyHash(a - 2), d.keyHash(a - 1));
  } else emit(PREV, TEXT_EDGE, 0);
  if (b < t.count) {
    emit(NEXT, t.flags[b] & DIGIT ? NUMBER : t.flags[b] & HAS_UPPER ? CAPITALISED : d.keyHash(b), 0);
    emit(NEXT_WORD, d.keyHash(b), 0);
    listFeatures(lists(b), NEXT_LIST, emit);
    if (b + 1 < t.count) emit(NEXT_TWO, d.keyHash(b), d.keyHash(b + 1));
  } else emit(NEXT, TEXT_EDGE, 0);
  lineFeatures(af, a, emit);
}

const COORDINATORS = new Set(['and', 'or', 'nor', 'vs', 'v']);

/** The first pass's labels of names coordinated with [a, b): "GM and Chrysler", "Ajax, PSV and Feyenoord". */
function coordinated(d: Doc, a: number, b: number, evidence: ArticleEvidence, emit: Emit): void {
  const { t, key } = d;
  const before = t.gap[a] === GAP_COMMA ? evidence.labelEndingAt[a]
    : a > 1 && COORDINATORS.has(key(a - 1)) ? evidence.labelEndingAt[a - 1] : -1;
  if (before >= 0) emit(COORDINATED, before, 0);
  const after = b < t.count && t.gap[b] === GAP_COMMA ? evidence.labelStartingAt[b]
    : b + 1 < t.count && COORDINATORS.has(key(b)) ? evidence.labelStartingAt[b + 1] : -1;
  if (after >= 0) emit(COORDINATED, after, 0);
}

/** The article pass's features of span i: the first pass's label, and the article's say on the same name. */
export function articleFeatures(af: ArticleFeatures, span: Span, i: number, local: number, evidence: ArticleEvidence, emit: Emit): void {
  const { a, b } = span;
  const form = evidence.formOf[i];
  const ruleType = RULE_TYPES.indexOf(span.type);
  emit(LOCAL, local, 0);
  emit(LOCAL_RULE, local, ruleType * 8 + span.strength);
  emit(DOC_FORM, evidence.labelOfForm[form], 0);
  if (b - a === 1) {
    const ofPart = evidence.labelOfPart(af.d.keyHash(a));
    if (ofPart !== undefined) emit(DOC_PART, ofPart, 0);
    if (evidence.confirmed[form]) emit(DOC_CONFIRMED, 0, 0);
  }
  coordinated(af.d, a, b, evidence, emit);
  emit(DOC_MIX, evidence.mix, 0);
  emit(DOC_MIX_RULE_LEN, evidence.mix, ruleType * 8 + Math.min(b - a, 3));
  emit(DOC_MIX_LOCAL, evidence.mix, local);
}
