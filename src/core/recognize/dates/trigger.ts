// Where a date expression can start: a digit, a month or weekday name, or
// one of the time words below, at a word boundary.
//
// Running one big case-insensitive alternation at every word start was half
// of the recogniser's time. Instead a plain loop over char codes walks the
// words and looks each one up in a table keyed by (length, first two
// letters), so most words cost a few comparisons and no regex at all. Only
// the guarded words ("that" before "day", "a" before a unit) run a small
// sticky look-ahead.

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
  'final', 'fiscal', 'years', 'decades', 'months', 'weeks', 'weekend', 'day', 'later', 'annual', 'quarter',
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
  latest: '(?=\\s+(?:(?:fiscal\\s+)?(?:quarter|year)|period)\\b)',
  full: '(?=\\s+(?:fiscal\\s+)?year\\b)',
  year: '(?=-(?:ago|earlier|end)\\b|(?![\\w-]))',
  comparable: '(?=\\s+year-(?:ago|earlier)\\b)',
  corresponding: '(?=\\s+year-(?:ago|earlier)\\b)',
  a: UNIT_AHEAD,
  an: UNIT_AHEAD,
  some: UNIT_AHEAD,
};

export type TriggerKind = 'digit' | 'month' | 'weekday' | 'word';

interface Entry {
  readonly word: string;
  readonly kind: TriggerKind;
  /** Sticky look-ahead tried at the end of the word. */
  readonly guard?: RegExp;
}

// Words are looked up by (length, first letter, second letter); a one-letter
// word uses 26 as its second letter. Each bucket holds a word or two.
const MAX_LENGTH = 15;
const key = (length: number, first: number, second: number): number => (length * 27 + first) * 27 + second;
/** Key -> 1 + index into BUCKETS (0: no trigger word); a typed array keeps the lookup dense and fast. */
const BUCKET_OF = new Uint16Array(key(MAX_LENGTH + 1, 0, 0));
const BUCKETS: Entry[][] = [];

function add(word: string, kind: TriggerKind, guard?: string): void {
  const k = key(word.length, word.charCodeAt(0) - 97, word.length > 1 ? word.charCodeAt(1) - 97 : 26);
  if (BUCKET_OF[k] === 0) BUCKET_OF[k] = BUCKETS.push([]);
  BUCKETS[BUCKET_OF[k] - 1].push({ word, kind, guard: guard === undefined ? undefined : new RegExp(guard, 'iy') });
}
for (const w of MONTH_NAMES) add(w, 'month');
for (const w of WEEKDAY_NAMES) add(w, 'weekday');
for (const w of TIME_WORDS) add(w, 'word');
for (const [w, ahead] of Object.entries(GUARDED)) add(w, 'word', ahead);
for (const q of ['1', '2', '3', '4']) add('q', 'word', `(?=${q})`);

// Character classes for the scan loop, as \w sees them (ASCII only, no u flag).
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  WORD[c] = (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
}
const isWordChar = (c: number): boolean => c < 128 && WORD[c] === 1;
/** A-Z or a-z, by arithmetic: the hot loop runs it on every letter of the text. */
const isLetter = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;

export interface Trigger {
  readonly pos: number;
  readonly kind: TriggerKind;
  /** The trigger word in lower case, or the first digit of a number: the key of the rules to try (relative.ts). */
  readonly word: string;
}

/** The trigger word spelled by the letters at [start, end), if any. */
function lookUp(text: string, start: number, end: number): Entry | undefined {
  const length = end - start;
  if (length > MAX_LENGTH) return undefined;
  const second = length > 1 ? (text.charCodeAt(start + 1) | 32) - 97 : 26;
  const b = BUCKET_OF[key(length, (text.charCodeAt(start) | 32) - 97, second)];
  if (b === 0) return undefined;
  for (const e of BUCKETS[b - 1]) {
    let k = 2;
    while (k < length && (text.charCodeAt(start + k) | 32) === e.word.charCodeAt(k)) k++;
    if (k < length) continue;
    if (e.guard) {
      e.guard.lastIndex = end;
      if (!e.guard.test(text)) continue;
    }
    return e;
  }
  return undefined;
}

/**
 * The next trigger at or after `from`, or undefined. `from` may fall inside
 * a word: like \b in a regex, only word starts count.
 */
export function nextTrigger(text: string, from: number): Trigger | undefined {
  const n = text.length;
  let i = from;
  if (i > 0) while (i < n && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i))) i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) return { pos: i, kind: 'digit', word: text[i] };
    let end = i + 1;
    if (isLetter(c)) {
      while (end < n && isLetter(text.charCodeAt(end))) end++;
      const e = lookUp(text, i, end);
      if (e) return { pos: i, kind: e.kind, word: e.word };
    }
    while (end < n && isWordChar(text.charCodeAt(end))) end++;
    i = end;
  }
  return undefined;
}
