// Where a date expression can start: a digit, a month or weekday name, or
// one of the time words below, at a word boundary.
//
// Running one big case-insensitive alternation at every word start was half
// of the recogniser's time. So a plain loop over char codes first looks each
// word up in a small table keyed by (length, first two letters); only the
// few words that pass are confirmed by the sticky regex, which also keeps the
// look-aheads ("that" only before "day", "a" only before a unit).

const MONTH_NAMES = [
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june',
  'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
];
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Words that may start a relative, vague or set expression (relative.ts decides). */
const TIME_WORDS = [
  'today', 'tonight', 'yesterday', 'tomorrow', 'this', 'last', 'next', 'past', 'coming', 'previous', 'following',
  'preceding', 'current', 'same', 'now', 'currently', 'presently', 'nowadays', 'recently', 'recent', 'lately',
  'soon', 'future', 'present', 'spring', 'summer', 'autumn', 'fall', 'winter', 'every', 'each', 'daily',
  'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly', 'first', 'second', 'third', 'fourth',
  'final', 'fiscal', 'years', 'decades', 'months', 'weeks', 'weekend', 'day', 'more', 'later', 'annual',
  'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'single', 'several', 'few', 'couple', 'many', 'dozens', 'hundreds', 'dozen',
];
const UNIT_AHEAD = '(?=[\\s-]+(?:few\\s+|couple\\s+of\\s+|more\\s+|full\\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|fortnight|weekends?|months?|quarters?|years?|decades?|century|centuries)\\b)';
/** Words that start an expression only in front of the given context. */
const GUARDED: Readonly<Record<string, string>> = {
  that: '(?=\\s+(?:same\\s+)?(?:day|week|month|year|morning)\\b)',
  end: '(?=\\s+of\\s+the\\b)',
  beginning: '(?=\\s+of\\s+the\\b)',
  start: '(?=\\s+of\\s+the\\b)',
  middle: '(?=\\s+of\\s+the\\b)',
  a: UNIT_AHEAD,
  an: UNIT_AHEAD,
  some: UNIT_AHEAD,
};

const alternation = (words: readonly string[]): string => words.join('|');
const guarded = Object.entries(GUARDED).map(([w, ahead]) => `${w}(?![a-z])${ahead}`);

/** Group 1: a digit; 2: a month name; 3: a weekday name; otherwise a time word. Sticky: tried only where the table allows. */
const CONFIRM = new RegExp(
  `(\\d)|(${alternation(MONTH_NAMES)})(?![a-z])|(${alternation(WEEKDAY_NAMES)})(?![a-z])|(?:${alternation(TIME_WORDS)}|q[1-4])(?![a-z])|${guarded.join('|')}`,
  'iy',
);

export type TriggerKind = 'digit' | 'month' | 'weekday' | 'word';

// Table of (length, first letter, second letter) for every trigger word; a
// one-letter word uses 26 as its second letter.
const MAX_LENGTH = 15;
const key = (length: number, first: number, second: number): number => (length * 27 + first) * 27 + second;
const TABLE = new Uint8Array(key(MAX_LENGTH + 1, 0, 0));
for (const w of [...MONTH_NAMES, ...WEEKDAY_NAMES, ...TIME_WORDS, ...Object.keys(GUARDED), 'q']) {
  TABLE[key(w.length, w.charCodeAt(0) - 97, w.length > 1 ? w.charCodeAt(1) - 97 : 26)] = 1;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** \w in a regex without the u flag. */
function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether the letters at [start, end) may be a trigger word. */
function inTable(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > MAX_LENGTH) return false;
  const first = (text.charCodeAt(start) | 32) - 97;
  const second = length > 1 ? (text.charCodeAt(start + 1) | 32) - 97 : 26;
  return TABLE[key(length, first, second)] === 1;
}

export interface Trigger {
  readonly pos: number;
  readonly kind: TriggerKind;
}

/**
 * The next trigger at or after `from`, or undefined. `from` may fall inside
 * a word: like \b in a regex, only word starts count.
 */
export function nextTrigger(text: string, from: number): Trigger | undefined {
  const n = text.length;
  let i = from;
  if (i > 0 && i < n && isWordChar(text.charCodeAt(i - 1))) {
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
  }
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (isLetter(c)) {
      while (end < n && isLetter(text.charCodeAt(end))) end++;
    }
    if (!isLetter(c) || inTable(text, i, end)) {
      CONFIRM.lastIndex = i;
      const m = CONFIRM.exec(text);
      if (m) {
        const kind: TriggerKind = m[1] !== undefined ? 'digit' : m[2] !== undefined ? 'month' : m[3] !== undefined ? 'weekday' : 'word';
        return { pos: i, kind };
      }
    }
    while (end < n && isWordChar(text.charCodeAt(end))) end++;
    i = end;
  }
  return undefined;
}
