// Matchers for expressions led by a word: deictic ("yesterday", "last month",
// "this year"), anaphoric ("the following day", "a day earlier"), durations
// ("three days", "more than a decade") and seasons. Quarters and other
// periods of company results are in periods.ts, vague references and sets in
// vague.ts; matchWord runs all three sets.

import { isUpper } from './absolute';
import { COUNT_FIRST_WORDS, COUNT_SRC, MONTH_SRC, MONTHS, NUM_SRC, NUMBER_WORDS, parseNumber, SEASONS, unitOf, UNIT_SRC, WEEKDAY_SRC, WEEKDAYS, YEAR_SRC, type Unit } from './lexicon';
import type { Candidate, Granularity } from './meaning';
import { PERIOD_RULES } from './periods';
import { blankAt, blanks, cand, codeAt, DIGITS, durationValue, exec, fixed, hyphenatedAt, joinerAt, letterAt, lowerIn, skipBlanks, sticky, theBefore, type KeyedRule, type Rule } from './ruleKit';
import { VAGUE_RULES } from './vague';

const r = sticky;

/** A possessive "'s" stays outside (TimeML): "today's editions" -> "today". */
const DEICTIC_DAY = r("(?<w>today|tonight|yesterday|tomorrow)(?:[^\\S\\n]+(?<part>morning|afternoon|evening|night))?(?![\\w-])");
const THIS_PART = r('this[^\\S\\n]+(?<part>morning|afternoon|evening)\\b');
const REL_UNIT = r('(?<rel>last|this|next|past|coming|previous|following|preceding|current|same|that)[^\\S\\n]+(?<same>same[^\\S\\n]+)?(?<unit>day|morning|week|weekend|month|year|quarter|decade|century)(?![\\w-])');
const REL_MONTH = r(`(?<rel>last|this|next|past)[^\\S\\n]+(?<mon>${MONTH_SRC})`);
const REL_WEEKDAY = r(`(?<rel>last|this|next|past|coming)[^\\S\\n]+(?<wd>${WEEKDAY_SRC})(?:[^\\S\\n]+(?<part>morning|afternoon|evening|night))?`);
const SEASON = r(`(?:(?<rel>last|this|next|past|coming)[^\\S\\n]+)?(?<s>spring|summer|autumn|fall|winter)(?:[^\\S\\n]+(?:of[^\\S\\n]+)?(?<year>${YEAR_SRC}))?(?![\\w-])`);
const AMOUNT = r(`(?<core>(?<num>${NUM_SRC})(?<frac>[^\\S\\n]+1/2)?(?:[^\\S\\n]+|-)(?:more[^\\S\\n]+|straight[^\\S\\n]+|consecutive[^\\S\\n]+|full[^\\S\\n]+)?(?<unit>${UNIT_SRC})(?<half>[^\\S\\n]+and[^\\S\\n]+a[^\\S\\n]+half(?![\\w-]))?)(?:[^\\S\\n]+(?<dir>ago|earlier|later|previously|from[^\\S\\n]+now|hence)\\b|-(?<adj>long|old)\\b)?`);
const AMOUNT_RANGE_START = r(`(?<num>${COUNT_SRC})[^\\S\\n]*(?:-|–|to|and|or)[^\\S\\n]*${COUNT_SRC}[^\\S\\n]+(?<unit>${UNIT_SRC})`);
const SPAN_UNITS = r(`(?<rel>past|last|next|coming|previous|first|following|final)[^\\S\\n]+(?:(?<num>${NUM_SRC})[^\\S\\n]+)?(?<unit>${UNIT_SRC})`);
const VAGUE_PERIOD = r('(?<rel>recent|coming)[^\\S\\n]+(?<unit>days|weeks|months|years|decades)\\b');
const PLURAL_ALONE = r('(?<unit>years|decades|months|weeks)(?<long>-long)?\\b');

const WEEK_OF_MONTH = r(`(?<ord>first|second|third|fourth|last|final)[^\\S\\n]+week[^\\S\\n]+of[^\\S\\n]+(?<mon>${MONTH_SRC})(?:,?[^\\S\\n]+(?<year>${YEAR_SRC}))?`);
const WEEK_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };
/** A year read out in a broadcast transcript: "nineteen ninety-six", "the year two thousand". */
const SPOKEN_YEAR = r('(?<century>nineteen|eighteen)[^\\S\\n]+(?<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\\w-])|year[^\\S\\n]+two[^\\S\\n]+thousand(?![\\w-])');
const DECADE_WORD = r('(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b');
const PERIOD_OF = r('(?:end|beginning|start|middle)[^\\S\\n]+of[^\\S\\n]+the[^\\S\\n]+(?<unit>year|month|week|decade)\\b');
const DAY_AROUND = r('day[^\\S\\n]+(?<dir>before|after)(?=[^\\S\\n]*[,.;)]|[^\\S\\n]+(?:that|this)\\b)');
const WEEKEND = r('weekend\\b');
const THE_DAY = r('day\\b');
/** "ending the day down 31 points": market reports speak of the trading day. */
const DAY_FRAME = /\b(?:end|ends|ending|ended|finish|finished|finishing|close|closed|closing|for|during|over)\s+the\s+$/i;
/** "a year-earlier loss" is a period (periods.ts), not "a year"; "52 years old" is an age, which TimeBank leaves untagged. */
const AFTER_UNIT = blanks(/^(?:-(?:ago|earlier)|[^\S\n]+old)\b/i);
/** "for years", "took months": a plural unit alone is a duration only after these. */
const TIME_SPENT = blanks(/\b(?:for|in|over|after|within|took|take|takes|taking|the)[^\S\n]+$/i);
const MULTIPLIER_BEFORE = blanks(/(?:\d|\b(?:times|twice|once|per|[a-z]+ion|thousand|hundred|million|billion))[^\S\n]*$/i);

function granularityOf(unit: Unit): Granularity | undefined {
  return unit === 'second' || unit === 'minute' || unit === 'hour' ? undefined : unit;
}

/** Each rule with the words its expressions can start with, so a trigger runs only the rules that can match. */
const RULES: readonly KeyedRule[] = [
  ['today|tonight|yesterday|tomorrow', (text, pos) => {
    const m = exec(DEICTIC_DAY, text, pos);
    if (!m?.groups) return undefined;
    const w = m.groups.w.toLowerCase();
    const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const part = m.groups.part?.toLowerCase() ?? (w === 'tonight' ? 'night' : undefined);
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'day', n, anchor: 'published', tail: part ? PART[part] : undefined });
  }],
  ['this', (text, pos) => {
    const m = exec(THIS_PART, text, pos);
    if (!m?.groups) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'day', n: 0, anchor: 'published', tail: PART[m.groups.part.toLowerCase()] });
  }],
  ['last|this|next|past|coming|previous|following|preceding|current|same|that', relativeUnit],
  ['last|this|next|past', (text, pos) => {
    const m = exec(REL_MONTH, text, pos);
    if (!m?.groups || !isUpper(text, pos + m[0].length - m.groups.mon.length)) return undefined;
    const rel = m.groups.rel.toLowerCase();
    const month = MONTHS[m.groups.mon.toLowerCase().replace('.', '')];
    const direction = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : undefined;
    return cand(pos, pos + m[0].length, 'date', direction ? { kind: 'calendar', month, direction } : { kind: 'calendar', month, yearShift: 0 });
  }],
  ['last|this|next|past|coming', (text, pos) => {
    const m = exec(REL_WEEKDAY, text, pos);
    if (!m?.groups) return undefined;
    const rel = m.groups.rel.toLowerCase();
    const direction = rel === 'last' || rel === 'past' ? -1 : rel === 'this' ? 0 : 1;
    const tail = m.groups.part ? PART[m.groups.part.toLowerCase()] : undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'weekday', dow: WEEKDAYS[m.groups.wd.toLowerCase()], direction, tail });
  }],
  ['last|this|next|past|coming|spring|summer|autumn|fall|winter', season],
  [`${DIGITS}|${COUNT_FIRST_WORDS}`, amount],
  [`${DIGITS}|${NUMBER_WORDS}`, amountRangeStart],
  ['past|last|next|coming|previous|first|following|final', spanOfUnits],
  ['recent|coming', (text, pos) => {
    const m = exec(VAGUE_PERIOD, text, pos);
    if (!m?.groups) return undefined;
    const unit = unitOf(m.groups.unit) as Unit;
    if (m.groups.rel.toLowerCase() === 'recent' && unit === 'year') return cand(pos, pos + m[0].length, 'date', fixed('PAST_REF', 'recent years: a general reference to the past'), 'date', true);
    return cand(pos, pos + m[0].length, 'duration', fixed(durationValue(undefined, unit), `an unspecified number of ${m.groups.unit}`), 'duration', true);
  }],
  ['years|decades|months|weeks', (text, pos) => {
    const m = exec(PLURAL_ALONE, text, pos);
    if (!m?.groups) return undefined;
    const before = text.slice(Math.max(0, pos - 12), pos);
    if (!m.groups.long && !TIME_SPENT.test(before)) return undefined;
    const unit = unitOf(m.groups.unit) as Unit;
    return cand(pos, pos + m[0].length, 'duration', fixed(durationValue(undefined, unit), `an unspecified number of ${m.groups.unit}`), 'duration');
  }],
  ['first|second|third|fourth|last|final', weekOfMonth],
  ['nineteen|eighteen|year', (text, pos) => {
    const m = exec(SPOKEN_YEAR, text, pos);
    if (!m?.groups) return undefined;
    if (!m.groups.century) return theBefore(text, pos) ? cand(pos, pos + m[0].length, 'date', fixed('2000', 'a year said in words'), 'date', true) : undefined;
    const year = (m.groups.century.toLowerCase() === 'nineteen' ? 1900 : 1800) + (parseNumber(m.groups.rest) as number);
    return cand(pos, pos + m[0].length, 'date', fixed(String(year), 'a year said in words'));
  }],
  ['twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties', (text, pos) => {
    const m = exec(DECADE_WORD, text, pos);
    if (!m?.groups) return undefined;
    return cand(pos, pos + m[0].length, 'date', fixed(`19${DECADES[m.groups.w.toLowerCase()]}`, 'a decade of the 20th century'), 'date', true);
  }],
  ['end|beginning|start|middle', (text, pos) => {
    const m = exec(PERIOD_OF, text, pos);
    if (!m?.groups || !theBefore(text, pos)) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: m.groups.unit.toLowerCase() as Granularity, n: 0, anchor: 'published' }, 'date', true);
  }],
  ['day', (text, pos) => {
    const m = exec(DAY_AROUND, text, pos);
    if (!m?.groups || !theBefore(text, pos)) return undefined;
    const n = m.groups.dir.toLowerCase() === 'before' ? -1 : 1;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'day', n, anchor: 'previous' }, 'date', true);
  }],
  ['day', (text, pos) => {
    const m = exec(THE_DAY, text, pos);
    if (!m || !DAY_FRAME.test(text.slice(Math.max(0, pos - 16), pos))) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'day', n: 0, anchor: 'previous' }, 'none', true);
  }],
  ['weekend', (text, pos) => {
    const m = exec(WEEKEND, text, pos);
    if (!m || !theBefore(text, pos)) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'weekend', n: 0, anchor: 'published' }, 'date', true);
  }],
];

const PART: Readonly<Record<string, string>> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };
const DECADES: Readonly<Record<string, string>> = {
  twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9',
};

function relativeUnit(text: string, pos: number): Candidate | undefined {
  const m = exec(REL_UNIT, text, pos);
  if (!m?.groups) return undefined;
  const rel = m.groups.rel.toLowerCase();
  const word = m.groups.unit.toLowerCase();
  const unit: Granularity = word === 'morning' ? 'day' : (word as Granularity);
  const tail = word === 'morning' ? 'TMO' : undefined;
  const the = theBefore(text, pos);
  const end = pos + m[0].length;
  if (rel === 'past' || (rel === 'last' && the && unit !== 'year')) {
    if (!the) return undefined;
    return cand(pos, end, 'duration', fixed(durationValue(1, unit as Unit), `the ${word} up to the publication date`), 'duration', true);
  }
  const anaphoric = rel === 'following' || rel === 'previous' || rel === 'preceding' || rel === 'same' || rel === 'that' || (rel === 'next' && the);
  if (anaphoric) {
    if ((rel === 'following' || rel === 'previous' || rel === 'preceding' || rel === 'same') && !the) return undefined;
    const n = rel === 'following' || rel === 'next' ? 1 : rel === 'previous' || rel === 'preceding' ? -1 : 0;
    return cand(pos, end, 'date', { kind: 'shift', unit, n, anchor: 'previous', tail }, 'date', true);
  }
  if (word === 'morning' || word === 'day') return undefined;
  const n = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
  return cand(pos, end, 'date', { kind: 'shift', unit, n, anchor: 'published', tail }, 'date', true);
}

const SEASON_CONTEXT = blanks(/\b(?:in|during|the|this|last|next|early|late|mid|by|since|until|over|through|of|past)[^\S\n]*-?[^\S\n]*$/i);

function season(text: string, pos: number): Candidate | undefined {
  const m = exec(SEASON, text, pos);
  if (!m?.groups) return undefined;
  const s = m.groups.s.toLowerCase();
  const tail = `-${SEASONS[s]}`;
  const end = pos + m[0].length;
  if (m.groups.year) return cand(pos, end, 'date', { kind: 'calendar', year: +m.groups.year, tail });
  if (m.groups.rel) {
    const rel = m.groups.rel.toLowerCase();
    const yearShift = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
    return cand(pos, end, 'date', { kind: 'calendar', yearShift, tail });
  }
  if (s === 'fall' || !SEASON_CONTEXT.test(text.slice(Math.max(0, pos - 8), pos))) return undefined;
  if (/^[^\S\n]+[A-Z]/.test(text.slice(end, end + 2))) return undefined;
  return cand(pos, end, 'date', { kind: 'calendar', yearShift: 0, tail }, 'date', true);
}

/**
 * Whether AMOUNT can match at pos, from a few characters: a digit count must be
 * followed by a blank or hyphen and a unit, a modifier ("more", "full") or " 1/2".
 * A word is already a count's first word (the rule's key).
 */
function mayStartAmount(text: string, pos: number): boolean {
  if (letterAt(text, pos)) return true;
  let i = afterDigits(text, pos);
  if (codeAt(text, i) === 45) i++;
  else if (blankAt(text, i)) i = skipBlanks(text, i);
  else return false;
  return lowerIn(text, i, 'smhdwfqyc1') && AMOUNT_NEXT.has(text.slice(i, i + 3).toLowerCase());
}

/** How a unit, a modifier ("more", "straight") or " 1/2" after a count begins: not "million" nor "members". */
const AMOUNT_NEXT: ReadonlySet<string> = new Set([
  'sec', 'min', 'hou', 'day', 'wee', 'for', 'mon', 'qua', 'yea', 'dec', 'cen', 'mor', 'str', 'con', 'ful', '1/2',
]);

/** The end of the digits at i and of their decimals, as \d+(?:\.\d+)? takes them. */
function afterDigits(text: string, i: number): number {
  while (isDigit(text, i)) i++;
  if (codeAt(text, i) === 46 && isDigit(text, i + 1)) for (i++; isDigit(text, i); i++);
  return i;
}

/**
 * Whether AMOUNT_RANGE_START can match at pos: a number (a number word, the
 * rule's key, or digits) before "-", "–", "to", "and" or "or". A tens word
 * may first take its units ("twenty four"), and a hyphen may join a
 * compound ("twenty-one"): both are left to the regex.
 */
function mayStartRange(text: string, pos: number): boolean {
  if (!letterAt(text, pos)) return joinerAt(text, afterDigits(text, pos));
  let end = pos;
  while (letterAt(text, end)) end++;
  return TENS.has(text.slice(pos, end).toLowerCase()) || joinerAt(text, end);
}

const TENS: ReadonlySet<string> = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

function isDigit(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c >= 48 && c <= 57;
}

function amount(text: string, pos: number): Candidate | undefined {
  if (!mayStartAmount(text, pos)) return undefined;
  const m = exec(AMOUNT, text, pos);
  if (!m?.groups) return undefined;
  const num = m.groups.num.toLowerCase();
  const unit = unitOf(m.groups.unit) as Unit;
  const dir = m.groups.dir?.toLowerCase() ?? m.groups.adj?.toLowerCase();
  if (dir === 'old' || AFTER_UNIT.test(text.slice(pos + m[0].length, pos + m[0].length + 9))) return undefined;
  const article = num === 'a' || num === 'an';
  if (article && (unit === 'second' || unit === 'quarter')) return undefined;
  const whole = parseNumber(num);
  // "2 1/2 years", "a minute and a half"
  const n = whole !== undefined && (m.groups.frac || m.groups.half) ? whole + 0.5 : whole;
  const end = pos + m[0].length;
  const before = text.slice(Math.max(0, pos - 12), pos);
  if (article && !dir && MULTIPLIER_BEFORE.test(before)) {
    return cand(pos, end, 'set', fixed(durationValue(1, unit), `once a ${unit}`), 'none');
  }
  const g = granularityOf(unit);
  if (dir && dir !== 'long' && g && (n === undefined || Number.isInteger(n))) {
    if (n === undefined) {
      if (dir !== 'ago' && dir !== 'earlier' && dir !== 'previously') return undefined;
      return cand(pos, end, 'date', fixed('PAST_REF', 'an unspecified time before the publication date'), 'duration');
    }
    const sign = dir === 'later' || dir === 'hence' || dir.startsWith('from') ? 1 : -1;
    const anchor = dir === 'earlier' || dir === 'later' ? 'previous' : dir === 'ago' && unit === 'year' && n === 1 ? 'reported' : 'published';
    return cand(pos, end, 'date', { kind: 'shift', unit: g, n: sign * n, anchor }, 'duration');
  }
  const spanEnd = dir === 'long' ? end : pos + m.groups.core.length;
  const how = n === undefined ? `an unspecified number of ${unit}s` : `a duration of ${n} ${unit}${n === 1 ? '' : 's'}`;
  return cand(pos, spanEnd, 'duration', fixed(durationValue(n, unit), how), 'duration', !hyphenatedAt(text, pos + m.groups.num.length));
}

/** "60" in "between 60 and 90 days": like dates, each end of a range is tagged on its own, with the unit that follows. */
function amountRangeStart(text: string, pos: number): Candidate | undefined {
  if (!mayStartRange(text, pos)) return undefined;
  const m = exec(AMOUNT_RANGE_START, text, pos);
  if (!m?.groups) return undefined;
  const unit = unitOf(m.groups.unit) as Unit;
  const n = parseNumber(m.groups.num);
  return cand(pos, pos + m.groups.num.length, 'duration', fixed(durationValue(n, unit), `the first end of a range of ${m.groups.unit}`), 'none');
}

function spanOfUnits(text: string, pos: number): Candidate | undefined {
  const m = exec(SPAN_UNITS, text, pos);
  if (!m?.groups) return undefined;
  const rel = m.groups.rel.toLowerCase();
  const unit = unitOf(m.groups.unit) as Unit;
  const plural = /s$/i.test(m.groups.unit);
  if (!m.groups.num && !plural) return undefined;
  if (!theBefore(text, pos) && (rel === 'first' || rel === 'following' || rel === 'final' || rel === 'previous')) return undefined;
  const n = m.groups.num ? parseNumber(m.groups.num) : undefined;
  return cand(pos, pos + m[0].length, 'duration', fixed(durationValue(n, unit), `a period of ${m.groups.num ?? 'several'} ${m.groups.unit}`), 'duration', true);
}

/** "the last week of March": one DATE, the ISO week that holds most of that week of the month. */
function weekOfMonth(text: string, pos: number): Candidate | undefined {
  const m = exec(WEEK_OF_MONTH, text, pos);
  if (!m?.groups || !theBefore(text, pos) || !isUpper(text, pos + m[0].indexOf(m.groups.mon, m.groups.ord.length))) return undefined;
  const month = MONTHS[m.groups.mon.toLowerCase().replace('.', '')];
  const week = WEEK_ORDINALS[m.groups.ord.toLowerCase()];
  const year = m.groups.year ? +m.groups.year : undefined;
  return cand(pos, pos + m[0].length, 'date', { kind: 'calendar', year, month, weekOfMonth: week }, 'date', true);
}

// Keyed by the whole trigger word, a trigger runs a few rules: keyed by its
// first letter, "this" ran fourteen, most of them a regex that could not match.
const RULES_BY_WORD = new Map<string, Rule[]>();
for (const [words, rule] of [...RULES, ...PERIOD_RULES, ...VAGUE_RULES]) {
  for (const w of words.split('|')) {
    const rules = RULES_BY_WORD.get(w);
    if (rules) rules.push(rule);
    else RULES_BY_WORD.set(w, [rule]);
  }
}
const NO_RULES: readonly Rule[] = [];

/** The longest match at pos of the rules keyed by `word`, the trigger's word (or first digit). */
export function matchWord(text: string, pos: number, word: string): Candidate | undefined {
  let best: Candidate | undefined;
  for (const rule of RULES_BY_WORD.get(word) ?? NO_RULES) {
    const c = rule(text, pos);
    if (c && (!best || c.end > best.end)) best = c;
  }
  return best;
}
