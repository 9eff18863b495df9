// Small helpers shared by the rule sets (relative.ts, periods.ts, vague.ts) and the digit matchers (absolute.ts).

import type { DateType } from '../../model';
import type { Unit } from './lexicon';
import type { Candidate, Meaning, ModifierClass } from './meaning';

/** A rule tries to match at pos and gives its candidate, or undefined. */
export type Rule = (text: string, pos: number) => Candidate | undefined;

/**
 * A rule with the words its expressions can start with, '|'-separated in lower
 * case; a digit stands for the numbers that start with it. A rule runs only at
 * a trigger (trigger.ts) whose word is listed, so a first word added to a
 * rule's regex must be added to its list (and to the triggers) too.
 */
export type KeyedRule = readonly [firstWords: string, rule: Rule];

export const DIGITS = '0|1|2|3|4|5|6|7|8|9';

/**
 * The chars of [^\S\n] (a blank, not a line break), listed: the same set (tested
 * over every UTF-16 code unit), but under the i flag irregexp case-folds the
 * whole of the negated class, nearly all of the BMP, to compile it. The date
 * regexes use it over a hundred times and are compiled once per process for
 * each string width: that was a sixth of the command line's pass over the dev sets.
 */
const BLANK_CLASS = '[\\t\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';

/** re, with each [^\S\n] as BLANK_CLASS: for the case-insensitive regexes. */
export function blanks(re: RegExp): RegExp {
  return new RegExp(re.source.replaceAll('[^\\S\\n]', BLANK_CLASS), re.flags);
}

/** Case-insensitive and sticky: rules only ever match at the trigger. */
export const sticky = (src: string): RegExp => blanks(new RegExp(src, 'iy'));

export function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function cand(start: number, end: number, type: DateType, meaning: Meaning, modifiers: ModifierClass = 'date', takesThe = false): Candidate {
  return { start, end, type, meaning, modifiers, takesThe };
}

export const fixed = (value: string, how: string): Meaning => ({ kind: 'fixed', value, how });

const THE_BEFORE = blanks(/\bthe[^\S\n]+$/i);

export function theBefore(text: string, pos: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, pos - 5), pos));
}

// Character pre-checks: a rule tried at every trigger of its letter first
// looks at a character or two, so the regex runs only where it could match.

/**
 * The char code at i, or -1 outside the text. charCodeAt gives NaN there, but
 * the first such read deoptimised each optimised matcher and all that inline it
 * (scan, recognizeDates): their recompilation was a good part of the cost of
 * the first documents, which the command line pays on every run. The
 * matchers' tests are all false for -1, as they were for NaN.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** A char code that \w matches (ASCII only, no u flag). */
export function isWordCode(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26 || (c >= 48 && c <= 57) || c === 95;
}

/** A-Z or a-z at i. */
export function letterAt(text: string, i: number): boolean {
  return ((codeAt(text, i) | 32) - 97) >>> 0 < 26;
}

const BLANK = /[^\S\n]/;

/** Whitespace other than a line break at i, as [^\S\n] in the rules' regexes. */
export function blankAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  // ASCII (and -1 past the end) without a regex; the regex for no-break and other Unicode spaces
  if (!(c >= 128)) return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
  return BLANK.test(text[i]);
}

/** The first index at or after i that is not a blank. */
export function skipBlanks(text: string, i: number): number {
  while (blankAt(text, i)) i++;
  return i;
}

/**
 * Whether a range's joiner ("-", "–", "and", "to", "or", "until") can start
 * at i, past blanks: the range regexes ran at most numbers and almost never matched.
 */
export function joinerAt(text: string, i: number): boolean {
  i = skipBlanks(text, i);
  const c = codeAt(text, i);
  if (c === 45 || c === 0x2013) return true;
  const a = c | 32;
  const b = codeAt(text, i + 1) | 32;
  return (a === 97 && b === 110) || (a === 116 && b === 111) || (a === 111 && b === 114) || (a === 117 && b === 110); // an to or un
}

/** The lower-cased letter at i is one of `letters`. */
export function lowerIn(text: string, i: number, letters: string): boolean {
  return i < text.length && letters.includes(String.fromCharCode(text.charCodeAt(i) | 32));
}

/** "the 30-day period", "the third-quarter loss": a hyphenated adjective leaves "the" to its noun (TimeML). */
export function hyphenatedAt(text: string, i: number): boolean {
  return codeAt(text, i) === 45;
}

const DURATION_CODE: Readonly<Record<Unit, [string, number]>> = {
  second: ['TS', 1], minute: ['TM', 1], hour: ['TH', 1], day: ['D', 1], week: ['W', 1], weekend: ['WE', 1],
  month: ['M', 1], quarter: ['Q', 1], year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100],
};

/** Half a unit in the next smaller one, as TimeBank writes "2 1/2 years" (P2Y6M). */
const HALF: Partial<Record<Unit, string>> = { year: '6M', month: '15D', day: 'T12H', hour: '30M', minute: '30S' };

/** TIMEX3 duration value: P3D, PT5H, P10Y for a decade, PXY when the amount is vague, P2Y6M for two and a half years. */
export function durationValue(n: number | undefined, unit: Unit): string {
  const [code, factor] = DURATION_CODE[unit];
  const count = n === undefined ? undefined : n * factor;
  const half = count !== undefined && count % 1 === 0.5 ? HALF[unit] : undefined;
  const amount = count === undefined ? 'X' : String(half ? Math.floor(count) : count);
  return (code.startsWith('T') ? `PT${amount}${code.slice(1)}` : `P${amount}${code}`) + (half ?? '');
}
