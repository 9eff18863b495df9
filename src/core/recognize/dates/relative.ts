// Matchers for expressions led by a word: deictic ("yesterday", "last month",
// "this year"), anaphoric ("the following day", "a day earlier"), durations
// ("three days", "more than a decade"), sets ("every week", "annually"),
// seasons, quarters and the vague references PAST_REF/PRESENT_REF/FUTURE_REF.

import type { DateType } from '../../model';
import { isUpper } from './absolute';
import { MONTH_SRC, MONTHS, NUM_SRC, ORDINALS, parseNumber, SEASONS, unitOf, UNIT_SRC, WEEKDAY_SRC, WEEKDAYS, YEAR_SRC, type Unit } from './lexicon';
import type { Candidate, Granularity, Meaning, ModifierClass } from './meaning';

const r = (src: string): RegExp => new RegExp(src, 'iy');

const DEICTIC_DAY = r("(?<w>today|tonight|yesterday|tomorrow)(?:'s)?(?:[^\\S\\n]+(?<part>morning|afternoon|evening|night))?(?![\\w-])");
const THIS_PART = r('this[^\\S\\n]+(?<part>morning|afternoon|evening)\\b');
const REL_UNIT = r('(?<rel>last|this|next|past|coming|previous|following|preceding|current|same|that)[^\\S\\n]+(?<same>same[^\\S\\n]+)?(?<unit>day|morning|week|weekend|month|year|quarter|decade|century)(?![\\w-])');
const REL_MONTH = r(`(?<rel>last|this|next|past)[^\\S\\n]+(?<mon>${MONTH_SRC})`);
const REL_WEEKDAY = r(`(?<rel>last|this|next|past|coming)[^\\S\\n]+(?<wd>${WEEKDAY_SRC})(?:[^\\S\\n]+(?<part>morning|afternoon|evening|night))?`);
const SEASON = r(`(?:(?<rel>last|this|next|past|coming)[^\\S\\n]+)?(?<s>spring|summer|autumn|fall|winter)(?:[^\\S\\n]+(?:of[^\\S\\n]+)?(?<year>${YEAR_SRC}))?(?![\\w-])`);
const AMOUNT = r(`(?<core>(?<num>${NUM_SRC})(?:[^\\S\\n]+|-)(?:more[^\\S\\n]+|straight[^\\S\\n]+|consecutive[^\\S\\n]+|full[^\\S\\n]+)?(?<unit>${UNIT_SRC}))(?:[^\\S\\n]+(?<dir>ago|earlier|later|previously|from[^\\S\\n]+now|hence)\\b|-(?<adj>long|old)\\b)?`);
const SPAN_UNITS = r(`(?<rel>past|last|next|coming|previous|first|following|final)[^\\S\\n]+(?:(?<num>${NUM_SRC})[^\\S\\n]+)?(?<unit>${UNIT_SRC})`);
const VAGUE_PERIOD = r('(?<rel>recent|coming)[^\\S\\n]+(?<unit>days|weeks|months|years|decades)\\b');
const PLURAL_ALONE = r('(?<unit>years|decades|months|weeks)(?<long>-long)?\\b');
const SET_EVERY = r(`(?:every|each)[^\\S\\n]+(?:(?<other>other)[^\\S\\n]+|(?<num>${NUM_SRC})[^\\S\\n]+)?(?:(?<unit>${UNIT_SRC})|(?<wd>${WEEKDAY_SRC}))`);
const SET_ADVERB = r('(?<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly)\\b');
const REF_WORD = r('(?<w>now|currently|presently|nowadays|recently|lately|previously|soon|future|present|past)(?![\\w-])');
const QUARTER = r(`(?:fiscal[^\\S\\n]+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:[^\\S\\n]+|-)(?:fiscal[^\\S\\n]+)?(?<what>quarter|half)(?![\\w-])(?:[^\\S\\n]+of[^\\S\\n]+(?:(?<year>${YEAR_SRC})|(?<rel>this|last|next)[^\\S\\n]+year)|,?[^\\S\\n]+(?<year2>${YEAR_SRC}))?`);
const QUARTER_CODE = r(`Q(?<q>[1-4])(?:[^\\S\\n]+(?<year>${YEAR_SRC}))?\\b`);
const FISCAL = r(`fiscal[^\\S\\n]+(?:year[^\\S\\n]+)?(?<y>${YEAR_SRC})`);
const DECADE_WORD = r('(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b');
const PERIOD_OF = r('(?:end|beginning|start|middle)[^\\S\\n]+of[^\\S\\n]+the[^\\S\\n]+(?<unit>year|month|week|decade)\\b');
const DAY_AROUND = r('day[^\\S\\n]+(?<dir>before|after)(?=[^\\S\\n]*[,.;)]|[^\\S\\n]+(?:that|this)\\b)');
const WEEKEND = r('weekend\\b');
const THE_DAY = r('day\\b');
/** "ending the day down 31 points": market reports speak of the trading day. */
const DAY_FRAME = /\b(?:end|ends|ending|ended|finish|finished|finishing|close|closed|closing|for|during|over)\s+the\s+$/i;

const THE_BEFORE = /\bthe[^\S\n]+$/i;
const MULTIPLIER_BEFORE = /(?:\d|\b(?:times|twice|once|per|[a-z]+ion|thousand|hundred|million|billion))[^\S\n]*$/i;
const PAST_AFTER = /[^\S\n]*(?:[,.;:)"”]|\s(?:and|or|but|when|as|to|of|have|has|had|were|was|is|decade|year|few|several|\d))/iy;

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function cand(start: number, end: number, type: DateType, meaning: Meaning, modifiers: ModifierClass = 'date', takesThe = false): Candidate {
  return { start, end, type, meaning, modifiers, takesThe };
}

const fixed = (value: string, how: string): Meaning => ({ kind: 'fixed', value, how });

function theBefore(text: string, pos: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, pos - 5), pos));
}

const DURATION_CODE: Readonly<Record<Unit, [string, number]>> = {
  second: ['TS', 1], minute: ['TM', 1], hour: ['TH', 1], day: ['D', 1], week: ['W', 1], weekend: ['WE', 1],
  month: ['M', 1], quarter: ['Q', 1], year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100],
};

/** TIMEX3 duration value: P3D, PT5H, P10Y for a decade, PXY when the amount is vague. */
function durationValue(n: number | undefined, unit: Unit): string {
  const [code, factor] = DURATION_CODE[unit];
  const amount = n === undefined ? 'X' : String(Number.isInteger(n * factor) ? n * factor : n * factor);
  return code.startsWith('T') ? `PT${amount}${code.slice(1)}` : `P${amount}${code}`;
}

function granularityOf(unit: Unit): Granularity | undefined {
  return unit === 'second' || unit === 'minute' || unit === 'hour' ? undefined : unit;
}

type Rule = (text: string, pos: number) => Candidate | undefined;

/** Each rule with the letters its expressions can start with, so a trigger runs only the rules that can match. */
const RULES: readonly (readonly [string, Rule])[] = [
  ['ty', (text, pos) => {
    const m = exec(DEICTIC_DAY, text, pos);
    if (!m?.groups) return undefined;
    const w = m.groups.w.toLowerCase();
    const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const part = m.groups.part?.toLowerCase() ?? (w === 'tonight' ? 'night' : undefined);
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'day', n, anchor: 'published', tail: part ? PART[part] : undefined });
  }],
  ['t', (text, pos) => {
    const m = exec(THIS_PART, text, pos);
    if (!m?.groups) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'day', n: 0, anchor: 'published', tail: PART[m.groups.part.toLowerCase()] });
  }],
  ['ltnpcfs', relativeUnit],
  ['ltnp', (text, pos) => {
    const m = exec(REL_MONTH, text, pos);
    if (!m?.groups || !isUpper(text, pos + m[0].length - m.groups.mon.length)) return undefined;
    const rel = m.groups.rel.toLowerCase();
    const month = MONTHS[m.groups.mon.toLowerCase().replace('.', '')];
    const direction = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : undefined;
    return cand(pos, pos + m[0].length, 'date', direction ? { kind: 'calendar', month, direction } : { kind: 'calendar', month, yearShift: 0 });
  }],
  ['ltnpc', (text, pos) => {
    const m = exec(REL_WEEKDAY, text, pos);
    if (!m?.groups) return undefined;
    const rel = m.groups.rel.toLowerCase();
    const direction = rel === 'last' || rel === 'past' ? -1 : rel === 'this' ? 0 : 1;
    const tail = m.groups.part ? PART[m.groups.part.toLowerCase()] : undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'weekday', dow: WEEKDAYS[m.groups.wd.toLowerCase()], direction, tail });
  }],
  ['ltnpcsafw', season],
  ['0123456789aotfsencmdh', amount],
  ['plncf', spanOfUnits],
  ['rc', (text, pos) => {
    const m = exec(VAGUE_PERIOD, text, pos);
    if (!m?.groups) return undefined;
    const unit = unitOf(m.groups.unit) as Unit;
    if (m.groups.rel.toLowerCase() === 'recent' && unit === 'year') return cand(pos, pos + m[0].length, 'date', fixed('PAST_REF', 'recent years: a general reference to the past'), 'date', true);
    return cand(pos, pos + m[0].length, 'duration', fixed(durationValue(undefined, unit), `an unspecified number of ${m.groups.unit}`), 'duration', true);
  }],
  ['ydmw', (text, pos) => {
    const m = exec(PLURAL_ALONE, text, pos);
    if (!m?.groups) return undefined;
    const before = text.slice(Math.max(0, pos - 12), pos);
    if (!m.groups.long && !/\b(?:for|in|over|after|within|took|take|takes|taking|the)[^\S\n]+$/i.test(before)) return undefined;
    const unit = unitOf(m.groups.unit) as Unit;
    return cand(pos, pos + m[0].length, 'duration', fixed(durationValue(undefined, unit), `an unspecified number of ${m.groups.unit}`), 'duration', true);
  }],
  ['e', (text, pos) => {
    const m = exec(SET_EVERY, text, pos);
    if (!m?.groups) return undefined;
    if (m.groups.wd) {
      return cand(pos, pos + m[0].length, 'set', fixed(`XXXX-WXX-${WEEKDAYS[m.groups.wd.toLowerCase()]}`, `every ${m.groups.wd}`), 'none');
    }
    const unit = unitOf(m.groups.unit) as Unit;
    const n = m.groups.other ? 2 : m.groups.num ? parseNumber(m.groups.num) : 1;
    return cand(pos, pos + m[0].length, 'set', fixed(durationValue(n, unit), 'a recurring period'), 'none');
  }],
  ['dwmayqhn', (text, pos) => {
    const m = exec(SET_ADVERB, text, pos);
    if (!m?.groups) return undefined;
    return cand(pos, pos + m[0].length, 'set', fixed(SET_VALUES[m.groups.w.toLowerCase()], 'a recurring period'), 'none');
  }],
  ['ncprlsf', referenceWord],
  ['fst1234', quarter],
  ['q', (text, pos) => {
    const m = exec(QUARTER_CODE, text, pos);
    if (!m?.groups || text[pos] !== 'Q') return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'calendar', year: m.groups.year ? +m.groups.year : undefined, tail: `-Q${m.groups.q}` });
  }],
  ['f', (text, pos) => {
    const m = exec(FISCAL, text, pos);
    return m?.groups ? cand(pos, pos + m[0].length, 'date', fixed(m.groups.y, 'an explicit (fiscal) year')) : undefined;
  }],
  ['tfsen', (text, pos) => {
    const m = exec(DECADE_WORD, text, pos);
    if (!m?.groups) return undefined;
    return cand(pos, pos + m[0].length, 'date', fixed(`19${DECADES[m.groups.w.toLowerCase()]}`, 'a decade of the 20th century'), 'date', true);
  }],
  ['ebsm', (text, pos) => {
    const m = exec(PERIOD_OF, text, pos);
    if (!m?.groups || !theBefore(text, pos)) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: m.groups.unit.toLowerCase() as Granularity, n: 0, anchor: 'published' }, 'date', true);
  }],
  ['d', (text, pos) => {
    const m = exec(DAY_AROUND, text, pos);
    if (!m?.groups || !theBefore(text, pos)) return undefined;
    const n = m.groups.dir.toLowerCase() === 'before' ? -1 : 1;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'day', n, anchor: 'previous' }, 'date', true);
  }],
  ['d', (text, pos) => {
    const m = exec(THE_DAY, text, pos);
    if (!m || !DAY_FRAME.test(text.slice(Math.max(0, pos - 16), pos))) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'day', n: 0, anchor: 'previous' }, 'none', true);
  }],
  ['w', (text, pos) => {
    const m = exec(WEEKEND, text, pos);
    if (!m || !theBefore(text, pos)) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'weekend', n: 0, anchor: 'published' }, 'date', true);
  }],
];

const PART: Readonly<Record<string, string>> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };
const SET_VALUES: Readonly<Record<string, string>> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P1Q', hourly: 'PT1H',
};
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

const SEASON_CONTEXT = /\b(?:in|during|the|this|last|next|early|late|mid|by|since|until|over|through|of|past)[^\S\n]*-?[^\S\n]*$/i;

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

function amount(text: string, pos: number): Candidate | undefined {
  const m = exec(AMOUNT, text, pos);
  if (!m?.groups) return undefined;
  const num = m.groups.num.toLowerCase();
  const unit = unitOf(m.groups.unit) as Unit;
  const dir = m.groups.dir?.toLowerCase() ?? m.groups.adj?.toLowerCase();
  if (dir === 'old') return undefined;
  const article = num === 'a' || num === 'an';
  if (article && (unit === 'second' || unit === 'quarter')) return undefined;
  const n = parseNumber(num);
  const end = pos + m[0].length;
  const before = text.slice(Math.max(0, pos - 12), pos);
  if (article && !dir && MULTIPLIER_BEFORE.test(before)) {
    return cand(pos, end, 'set', fixed(durationValue(1, unit), `once a ${unit}`), 'none');
  }
  const g = granularityOf(unit);
  if (dir && dir !== 'long' && g) {
    if (n === undefined) {
      if (dir !== 'ago' && dir !== 'earlier' && dir !== 'previously') return undefined;
      return cand(pos, end, 'date', fixed('PAST_REF', 'an unspecified time before the publication date'), 'duration');
    }
    const sign = dir === 'later' || dir === 'hence' || dir.startsWith('from') ? 1 : -1;
    const anchor = dir === 'earlier' || dir === 'later' ? 'previous' : 'published';
    return cand(pos, end, 'date', { kind: 'shift', unit: g, n: sign * n, anchor }, 'duration');
  }
  const spanEnd = dir === 'long' ? end : pos + m.groups.core.length;
  const how = n === undefined ? `an unspecified number of ${unit}s` : `a duration of ${n} ${unit}${n === 1 ? '' : 's'}`;
  return cand(pos, spanEnd, 'duration', fixed(durationValue(n, unit), how), 'duration', true);
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

function referenceWord(text: string, pos: number): Candidate | undefined {
  const m = exec(REF_WORD, text, pos);
  if (!m?.groups) return undefined;
  const w = m.groups.w.toLowerCase();
  const end = pos + m[0].length;
  const the = theBefore(text, pos);
  switch (w) {
    case 'future':
      return the ? cand(pos, end, 'date', fixed('FUTURE_REF', 'a general reference to the future'), 'none', true) : undefined;
    case 'present':
      return the || /\bat[^\S\n]+$/i.test(text.slice(Math.max(0, pos - 4), pos))
        ? cand(pos, end, 'date', fixed('PRESENT_REF', 'the present'), 'none', true)
        : undefined;
    case 'past':
      return the && exec(PAST_AFTER, text, end) ? cand(pos, end, 'date', fixed('PAST_REF', 'a general reference to the past'), 'none', true) : undefined;
    case 'soon':
      return cand(pos, end, 'date', fixed('FUTURE_REF', 'the near future'), 'none');
    case 'now':
    case 'currently':
    case 'presently':
    case 'nowadays':
      return cand(pos, end, 'date', fixed('PRESENT_REF', 'the present, as of the publication date'), 'none');
    default:
      return cand(pos, end, 'date', fixed('PAST_REF', 'a general reference to the past'), 'none');
  }
}

function quarter(text: string, pos: number): Candidate | undefined {
  const m = exec(QUARTER, text, pos);
  if (!m?.groups) return undefined;
  const q = ORDINALS[m.groups.ord.toLowerCase()];
  const half = m.groups.what.toLowerCase() === 'half';
  if (half && q > 2) return undefined;
  const tail = half ? `-H${q}` : `-Q${q}`;
  const y = m.groups.year ?? m.groups.year2;
  const rel = m.groups.rel?.toLowerCase();
  const meaning: Meaning = y
    ? { kind: 'calendar', year: +y, tail }
    : { kind: 'calendar', yearShift: rel === 'last' ? -1 : rel === 'next' ? 1 : 0, tail };
  return cand(pos, pos + m[0].length, 'date', meaning, 'date', true);
}

const RULES_BY_LETTER: Rule[][] = [];
for (const [letters, rule] of RULES) {
  for (const ch of letters) (RULES_BY_LETTER[ch.charCodeAt(0) | 32] ??= []).push(rule);
}

/** The longest match of the word-led rules at pos. */
export function matchWord(text: string, pos: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const rule of RULES_BY_LETTER[text.charCodeAt(pos) | 32] ?? []) {
    const c = rule(text, pos);
    if (c && (!best || c.end > best.end)) best = c;
  }
  return best;
}
