// Matchers for expressions led by a digit, a month name or a weekday:
// "17 October 2022", "October 17, 2022", "June this year", "2014", "the 1990s",
// "11:42 UTC", "2022-10-17", "Friday 13 January 2023 - 11:42".

import type { DateType } from '../../model';
import { pad } from './calendar';
import { DAY_SRC, MONTH_SRC, MONTHS, WEEKDAY_SRC, WEEKDAYS, YEAR_SRC } from './lexicon';
import type { Candidate, Meaning, ModifierClass } from './meaning';
import { blankAt, blanks, codeAt, isWordCode, joinerAt, letterAt, skipBlanks, sticky } from './ruleKit';

const YEAR_REL = '(?<rel>this|last|next|the[^\\S\\n]+same|that)[^\\S\\n]+year';
const YEAR_TAIL = `(?:(?:[^\\S\\n]*,[^\\S\\n]*|[^\\S\\n]+)(?:of[^\\S\\n]+)?(?<year>${YEAR_SRC})|,?[^\\S\\n]+(?:of[^\\S\\n]+)?${YEAR_REL})`;
const DMY = sticky(`(?<day>${DAY_SRC})[^\\S\\n]+(?:of[^\\S\\n]+)?(?<mon>${MONTH_SRC})${YEAR_TAIL}?`);
const MDY = sticky(`(?<mon>${MONTH_SRC})[^\\S\\n]*(?<day>${DAY_SRC})${YEAR_TAIL}?`);
const MY = sticky(`(?<mon>${MONTH_SRC})${YEAR_TAIL}`);
const MONTH_ONLY = sticky(MONTH_SRC);
const TIME_TAIL = blanks(/(?:[^\S\n]*(?:,|-|–|—|at)[^\S\n]*|[^\S\n]+)(?<hh>[01]?\d|2[0-3]):(?<mm>[0-5]\d)(?:[^\S\n]*(?<ap>[ap]\.?m\b\.?))?(?:[^\S\n]*(?<tz>UTC|GMT))?/iy);
const WEEKDAY_LEAD = sticky(`(?<wd>${WEEKDAY_SRC})(?:[^\\S\\n]*,[^\\S\\n]*|[^\\S\\n]+)`);
const WEEKDAY_ONLY = sticky(`(?<wd>${WEEKDAY_SRC})(?:'s)?(?:[^\\S\\n]+(?<part>morning|afternoon|evening|night))?`);
const ISO = /(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)(?:T(?<t>\d\d:\d\d)(?::\d\d)?)?(?![\d-])/y;
const SLASHED = /(?<m>1[0-2]|0?[1-9])\/(?<d>[12]\d|3[01]|0?[1-9])\/(?<y>\d{4}|\d\d)(?![\d/])/y;
const CLOCK = blanks(/(?<hh>[01]?\d|2[0-3])(?::(?<mm>[0-5]\d))?(?:[^\S\n]*(?<ap>[ap]\.m\.|[ap]m\b|[ap]\.m\b))?(?:[^\S\n]*(?<tz>UTC|GMT|[ECMP][SD]T)\b)?/iy);
const CLOCK_DAY = sticky(`(?:[^\\S\\n]*,[^\\S\\n]*|[^\\S\\n]+)(?:on[^\\S\\n]+)?(?<wd>${WEEKDAY_SRC})`);
const COMMA = /[^\S\n]*,[^\S\n]*/y;
const DECADE = /(?<c>1[6-9]|20)?(?<d>\d)0'?s(?![a-z])/iy;
/** Not an ISO date's start, nor a market index ("closed at 2082.1"). */
const YEAR = new RegExp(`(?<y>${YEAR_SRC})(?!-\\d\\d-|\\.\\d)`, 'y');
const QUANTITY_BEFORE = /\b(?:than|about|around|nearly|almost|some|over|under|least|approximately|roughly|only|just)\s*$/i;
const CURRENCY = /[$£€¥]$/;
const NOUN_AFTER = /[^\S\n]+[a-z]/y;
const RANGE_END = sticky(`[^\\S\\n]*(?:-|–|and|to|or|until)[^\\S\\n]*(?<day>${DAY_SRC})[^\\S\\n]+(?<mon>${MONTH_SRC})${YEAR_TAIL}?`);
const MAY_CONTEXT = blanks(/\b(?:in|since|until|till|by|of|from|during|early|late|mid|last|next|this|before|after|through|between)[^\S\n]*-?[^\S\n]*$/i);

export function isUpper(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c >= 65 && c <= 90;
}

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function cand(start: number, end: number, type: DateType, meaning: Meaning, modifiers: ModifierClass = 'date', takesThe = false): Candidate {
  return { start, end, type, meaning, modifiers, takesThe };
}

function monthOf(raw: string): number {
  return MONTHS[raw.toLowerCase().replace('.', '')];
}

function yearFields(g: Record<string, string | undefined>): { year?: number; yearShift?: number } {
  if (g.year) return { year: +g.year };
  if (!g.rel) return {};
  const rel = g.rel.toLowerCase();
  return { yearShift: rel === 'last' ? -1 : rel === 'next' ? 1 : 0 };
}

function clock(g: Record<string, string | undefined>): string | undefined {
  let h = +(g.hh ?? 0);
  const ap = g.ap?.toLowerCase();
  if (ap?.startsWith('p') && h < 12) h += 12;
  if (ap?.startsWith('a') && h === 12) h = 0;
  if (h > 23) return undefined;
  return `${pad(h)}:${g.mm ?? '00'}${g.tz?.toUpperCase() === 'UTC' || g.tz?.toUpperCase() === 'GMT' ? 'Z' : ''}`;
}

/** Whether DMY can match at pos: a day of one or two digits (and a suffix), blanks, then a capitalised month or "of". */
function mayBeDayMonth(text: string, pos: number): boolean {
  const length = digitsFrom(text, pos);
  if (length > 2) return false;
  let i = pos + length;
  if (letterAt(text, i)) i += 2; // st nd rd th
  if (!blankAt(text, i)) return false;
  i = skipBlanks(text, i);
  return codeAt(text, i) === 111 || (isUpper(text, i) && 'JFMASOND'.includes(text[i]));
}

/** A day-month or month-day date, with optional year and clock time. */
function explicitDate(text: string, pos: number, start = pos): Candidate | undefined {
  // A day starts with a digit, a month name with a letter: only one of the two can match.
  const dayFirst = isDigit(codeAt(text, pos));
  if (dayFirst && !mayBeDayMonth(text, pos)) return undefined;
  const m = dayFirst ? exec(DMY, text, pos) : exec(MDY, text, pos);
  if (!m?.groups || !isUpper(text, m.index + m[0].indexOf(m.groups.mon))) return undefined;
  const month = monthOf(m.groups.mon);
  const day = parseInt(m.groups.day, 10);
  const calendar: Meaning = { kind: 'calendar', month, day, ...yearFields(m.groups) };
  const end = m.index + m[0].length;
  const t = exec(TIME_TAIL, text, end);
  if (t?.groups) {
    const c = clock(t.groups);
    if (c) return cand(start, t.index + t[0].length, 'time', { kind: 'time', clock: c, date: calendar });
  }
  return cand(start, end, 'date', calendar);
}

export function matchMonth(text: string, pos: number): Candidate | undefined {
  if (!isUpper(text, pos)) return undefined;
  const full = explicitDate(text, pos);
  if (full) return full;
  const my = exec(MY, text, pos);
  if (my?.groups) return cand(pos, pos + my[0].length, 'date', { kind: 'calendar', month: monthOf(my.groups.mon), ...yearFields(my.groups) });
  const m = exec(MONTH_ONLY, text, pos);
  if (!m || /[.]$/.test(m[0]) || m[0].length < 4) return undefined;
  const word = m[0].toLowerCase();
  const before = text.slice(Math.max(0, pos - 12), pos);
  if (word === 'may' && !MAY_CONTEXT.test(before)) return undefined;
  // "June Smith": a capitalised word after a bare month makes it a name.
  if (/^[^\S\n]+[A-Z]/.test(text.slice(pos + m[0].length, pos + m[0].length + 2)) && !MAY_CONTEXT.test(before)) return undefined;
  return cand(pos, pos + m[0].length, 'date', { kind: 'calendar', month: MONTHS[word] });
}

export function matchWeekday(text: string, pos: number): Candidate | undefined {
  if (!isUpper(text, pos)) return undefined;
  const lead = exec(WEEKDAY_LEAD, text, pos);
  if (lead) {
    const full = explicitDate(text, pos + lead[0].length, pos);
    if (full) return full;
  }
  const m = exec(WEEKDAY_ONLY, text, pos);
  if (!m?.groups) return undefined;
  const dow = WEEKDAYS[m.groups.wd.toLowerCase()];
  const part = m.groups.part?.toLowerCase();
  const tail = part ? PART_TAIL[part] : undefined;
  const end = m.groups.part ? pos + m[0].length : pos + m.groups.wd.length;
  return cand(pos, end, 'date', { kind: 'weekday', dow, direction: 0, tail });
}

const PART_TAIL: Readonly<Record<string, string>> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/**
 * A cheap first test on a run of digits, before any regex: most numbers in
 * news ("$1.2 billion", "2,000", "35%") cannot start a date or duration.
 * It follows the shapes the matchers accept: a space or hyphen after the
 * number (a day, an amount, a clock), a letter ("1st", "1990s", "7pm"),
 * ":" or "/" after a day or hour, an apostrophe ("1990's"), a decimal
 * ("2.5 years"), else only a four-digit year or a '82-style year.
 */
export function digitsMayStartDate(text: string, pos: number): boolean {
  const prev = codeAt(text, pos - 1);
  if (prev === 36 || prev === 163 || prev === 8364 || prev === 165) return false; // $ £ € ¥
  const length = digitsFrom(text, pos);
  const end = pos + length;
  const next = codeAt(text, end);
  if (next === 32 || next === 45 || next === 8211 || next === 9 || next === 10 || next === 160) return true; // space - – tab newline nbsp
  if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 39 || next === 8217) return true;
  if (next === 58 || next === 47) return length <= 2; // : /
  if (next === 46 && isDigit(codeAt(text, end + 1))) return true;
  return (length === 4 && next !== 37) || (length === 2 && (prev === 39 || prev === 8217)); // not "2009%"
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57; // false for -1, past the end
}

/**
 * How many digits run from pos. The digit matchers below first test the
 * shape of the number (a day has one or two digits, an ISO date four and a
 * hyphen), so that their regexes run only on numbers they can take.
 */
function digitsFrom(text: string, pos: number): number {
  let end = pos;
  while (isDigit(codeAt(text, end))) end++;
  return end - pos;
}

export function matchDigit(text: string, pos: number): Candidate | undefined {
  const prev = codeAt(text, pos - 1);
  // Inside a number or code ("1,200", "A380", "3.5").
  if (pos > 0 && (prev === 44 || prev === 46 || (prev >= 48 && prev <= 57))) {
    if (!(prev === 46 && !isDigit(codeAt(text, pos - 2)))) return undefined;
  }
  return explicitDate(text, pos) ?? rangeStart(text, pos) ?? iso(text, pos) ?? timeOfDay(text, pos) ?? decade(text, pos) ?? year(text, pos);
}

const RANGE_DAY = /(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?/y;

/** "12" in "between 12 and 14 March": TIMEX3 tags each date of a range. */
function rangeStart(text: string, pos: number): Candidate | undefined {
  const length = digitsFrom(text, pos);
  // The joiner follows the day or its suffix ("1st"): tested before RANGE_DAY, which matches at nearly every short number.
  if (length > 2 || !(joinerAt(text, pos + length) || (letterAt(text, pos + length) && joinerAt(text, pos + length + 2)))) return undefined;
  const d = exec(RANGE_DAY, text, pos);
  if (!d || !joinerAt(text, pos + d[0].length)) return undefined;
  const r = exec(RANGE_END, text, pos + d[0].length);
  if (!r?.groups || !isUpper(text, r.index + r[0].indexOf(r.groups.mon))) return undefined;
  return cand(pos, pos + d[0].length, 'date', { kind: 'calendar', month: monthOf(r.groups.mon), day: parseInt(d[0], 10), ...yearFields(r.groups) });
}

function iso(text: string, pos: number): Candidate | undefined {
  const length = digitsFrom(text, pos);
  const next = codeAt(text, pos + length);
  const m = length === 4 && next === 45 ? exec(ISO, text, pos) : null;
  if (m?.groups) {
    const { y, m: mo, d, t } = m.groups;
    const value = `${y}-${mo}-${d}${t ? `T${t}` : ''}`;
    return cand(pos, pos + m[0].length, t ? 'time' : 'date', { kind: 'fixed', value, how: 'an explicit date' });
  }
  const s = length <= 2 && next === 47 ? exec(SLASHED, text, pos) : null;
  if (!s?.groups) return undefined;
  const y = s.groups.y.length === 2 ? (+s.groups.y < 50 ? 2000 : 1900) + +s.groups.y : +s.groups.y;
  return cand(pos, pos + s[0].length, 'date', { kind: 'fixed', value: `${y}-${pad(+s.groups.m)}-${pad(+s.groups.d)}`, how: 'an explicit date (month/day/year)' });
}

/**
 * Whether CLOCK can find minutes or am/pm after the hour at pos: it matches
 * at every number (all but the hour is optional), and building the match of
 * one that is then dropped showed in the profile. The hour is as [01]?\d
 * takes it (CLOCK never backtracks to 2[0-3]): two digits only after 0 or 1.
 */
function mayBeClock(text: string, pos: number): boolean {
  const first = codeAt(text, pos);
  let i = pos + ((first === 48 || first === 49) && isDigit(codeAt(text, pos + 1)) ? 2 : 1);
  if (codeAt(text, i) === 58) return true; // :mm
  i = skipBlanks(text, i);
  const ap = codeAt(text, i) | 32;
  const next = codeAt(text, i + 1);
  return (ap === 97 || ap === 112) && (next === 46 || (next | 32) === 109); // a.m. am p.m. pm
}

function timeOfDay(text: string, pos: number): Candidate | undefined {
  if (!mayBeClock(text, pos)) return undefined;
  const m = exec(CLOCK, text, pos);
  if (!m?.groups || (!m.groups.mm && !m.groups.ap)) return undefined;
  if (!m.groups.ap && !m.groups.tz && /^[.:]\d/.test(text.slice(pos + m[0].length, pos + m[0].length + 2))) return undefined;
  const c = clock(m.groups);
  if (!c) return undefined;
  let end = pos + m[0].length;
  let date: Meaning | undefined;
  const day = exec(CLOCK_DAY, text, end);
  if (day?.groups && isUpper(text, day.index + day[0].length - day.groups.wd.length)) {
    date = { kind: 'weekday', dow: WEEKDAYS[day.groups.wd.toLowerCase()], direction: 0 };
    end = day.index + day[0].length;
  } else {
    // "16:15 UTC, June 1st": the date gives the time its day, but TIMEX3 tags it on its own.
    const comma = exec(COMMA, text, end);
    const full = comma ? explicitDate(text, end + comma[0].length) : undefined;
    if (full?.meaning.kind === 'calendar') date = full.meaning;
  }
  return cand(pos, end, 'time', { kind: 'time', clock: c, date });
}

function decade(text: string, pos: number): Candidate | undefined {
  const next = codeAt(text, pos + digitsFrom(text, pos));
  if (next !== 39 && (next | 32) !== 115) return undefined; // ' s S
  const m = exec(DECADE, text, pos);
  if (!m?.groups) return undefined;
  const before = codeAt(text, pos - 1);
  const apostrophe = before === 39 || before === 8217; // ' ’
  if (!m.groups.c && !apostrophe && isWordCode(before)) return undefined;
  const value = `${m.groups.c ?? '19'}${m.groups.d}`;
  return cand(apostrophe ? pos - 1 : pos, pos + m[0].length, 'date', { kind: 'fixed', value, how: `the decade ${value}0s` }, 'date', true);
}

function year(text: string, pos: number): Candidate | undefined {
  const length = digitsFrom(text, pos);
  if (length === 2) return shortYear(text, pos);
  if (length !== 4) return undefined;
  const m = exec(YEAR, text, pos);
  if (!m?.groups) return undefined;
  const end = pos + m[0].length;
  if (CURRENCY.test(text.slice(Math.max(0, pos - 1), pos))) return undefined;
  if (QUANTITY_BEFORE.test(text.slice(Math.max(0, pos - 14), pos)) && exec(NOUN_AFTER, text, end)) return undefined;
  return cand(pos, end, 'date', { kind: 'fixed', value: m.groups.y, how: 'an explicit year' });
}

/** "'82": two digits (not "'82%") after an apostrophe that ends no word. */
function shortYear(text: string, pos: number): Candidate | undefined {
  if (codeAt(text, pos + 2) === 37) return undefined;
  const before = codeAt(text, pos - 1);
  if (!(before === 39 || before === 8217) || isWordCode(codeAt(text, pos - 2))) return undefined; // ' ’
  const y = (+text.slice(pos, pos + 2) < 30 ? 2000 : 1900) + +text.slice(pos, pos + 2);
  return cand(pos - 1, pos + 2, 'date', { kind: 'fixed', value: String(y), how: 'an explicit year' });
}
