// Anchors meanings in time: against the publication date (DCT) for deictic
// expressions, against the previous date mention for anaphoric ones ("a day
// earlier"). With no anchor, the unknown parts stay X: a year is never guessed.

import { addDays, daysInMonth, formatDay, formatWeek, isoWeekday, isValidDay, pad, toDays, type Ymd } from './calendar';
import type { Granularity, Meaning } from './meaning';

export interface Anchors {
  readonly published?: Ymd;
  /** The value of the previous date mention, if any. */
  readonly previous?: string;
  /** The sentence before the expression speaks of the future ("will", "scheduled"). May be a getter: read it only when needed. */
  readonly future: boolean;
}

export interface Resolved {
  readonly value: string;
  readonly derivation: string;
}

const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** A non-leap stand-in year for day arithmetic on dates whose year is unknown. */
const UNKNOWN_YEAR = 2001;
/**
 * How far after the publication date an undated day may fall without a future
 * cue: news announces days a few weeks ahead ("payable Dec. 1 to holders of
 * record Nov. 10") more often than it recalls a day nine months back without its year.
 */
const PAST_SLACK_DAYS = 90;
/** The same for a month named alone ("in January"). */
const PAST_SLACK_MONTH_DAYS = 31;
const FUTURE_SLACK_DAYS = 14;
const NO_DCT = 'the publication date is missing';

export function resolve(meaning: Meaning, anchors: Anchors): Resolved {
  switch (meaning.kind) {
    case 'fixed':
      return { value: meaning.value, derivation: meaning.how };
    case 'calendar':
      return resolveCalendar(meaning, anchors);
    case 'shift':
      return resolveShift(meaning.unit, meaning.n, meaning.anchor, meaning.tail ?? '', anchors);
    case 'reported':
      return resolveReported(meaning, anchors);
    case 'weekday':
      return resolveWeekday(meaning.dow, meaning.direction, meaning.tail ?? '', anchors);
    case 'time': {
      const date = meaning.date
        ? resolve(meaning.date, anchors)
        : resolveShift('day', 0, 'published', '', anchors);
      return { value: `${date.value}T${meaning.clock}`, derivation: `time of day on ${date.value} (${date.derivation})` };
    }
  }
}

type CalendarMeaning = Extract<Meaning, { kind: 'calendar' }>;

/** The ISO week holding the nth week of a month: the week of its 4th, 11th ... day, or of the 4th day from its end. */
function renderWeekOfMonth(y: string, month: number, week: number): string {
  if (y === 'XXXX') return 'XXXX-WXX';
  const year = +y;
  const day = week > 0 ? 7 * (week - 1) + 4 : daysInMonth(year, month) - 3;
  return formatWeek({ y: year, m: month, d: day });
}

function render(y: string, c: CalendarMeaning): string {
  if (c.weekOfMonth !== undefined && c.month !== undefined) return renderWeekOfMonth(y, c.month, c.weekOfMonth);
  let v = y;
  if (c.month !== undefined) v += `-${pad(c.month)}`;
  if (c.day !== undefined) v += `-${pad(c.day)}`;
  return v + (c.tail ?? '');
}

function describe(c: CalendarMeaning): string {
  if (c.month === undefined) return c.tail ? `the period ${c.tail.slice(1)}` : 'the year';
  return c.day === undefined ? MONTH_NAMES[c.month] : `${c.day} ${MONTH_NAMES[c.month]}`;
}

function resolveCalendar(c: CalendarMeaning, a: Anchors): Resolved {
  if (c.year !== undefined) return { value: render(pad(c.year, 4), c), derivation: 'an explicit date' };
  const dct = a.published;
  if (!dct) return { value: render('XXXX', c), derivation: `${describe(c)} of an unknown year: ${NO_DCT}` };
  const at = `the publication date ${formatDay(dct)}`;
  if (c.yearShift !== undefined) {
    const which = c.yearShift === 0 ? 'the year of' : c.yearShift < 0 ? 'the year before' : 'the year after';
    return { value: render(pad(dct.y + c.yearShift, 4), c), derivation: `${describe(c)} in ${which} ${at}` };
  }
  if (c.month === undefined) return { value: render(pad(dct.y, 4), c), derivation: `${describe(c)} of the year of ${at}` };
  const future = c.direction === undefined && a.future;
  const year = chooseYear(c, dct, future);
  const how = c.direction === -1 ? 'the last' : c.direction === 1 ? 'the next' : future ? 'the nearest' : 'the most recent';
  return { value: render(pad(year, 4), c), derivation: `${how} ${describe(c)} relative to ${at}` };
}

/** News reports the past: pick the year that does not put the date after the DCT by more than the slack. */
function chooseYear(c: CalendarMeaning, dct: Ymd, future: boolean): number {
  const month = c.month ?? 1;
  if (c.direction !== undefined) {
    const dctKey = dct.m;
    if (c.direction < 0) return month < dctKey ? dct.y : dct.y - 1;
    return month > dctKey ? dct.y : dct.y + 1;
  }
  const day = c.day ?? 1;
  const lastDay = c.day ?? 28;
  const first = toDays({ y: dct.y, m: month, d: isValidDay(dct.y, month, day) ? day : 28 });
  const last = toDays({ y: dct.y, m: month, d: isValidDay(dct.y, month, lastDay) ? lastDay : 28 });
  const ref = toDays(dct);
  if (future) return last < ref - FUTURE_SLACK_DAYS ? dct.y + 1 : dct.y;
  const latest = ref + (c.day === undefined ? PAST_SLACK_MONTH_DAYS : PAST_SLACK_DAYS);
  if (first > latest) return dct.y - 1;
  return toDays({ y: dct.y + 1, m: month, d: isValidDay(dct.y + 1, month, day) ? day : 28 }) <= latest ? dct.y + 1 : dct.y;
}

interface Anchor {
  readonly date: Ymd;
  readonly yearKnown: boolean;
  readonly text: string;
  readonly granularity: Granularity;
}

const PREVIOUS_VALUE = /^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?|-Q([1-4]))?/;

function anchorFrom(value: string): Anchor | undefined {
  const m = PREVIOUS_VALUE.exec(value);
  if (!m) return undefined;
  const yearKnown = m[1] !== 'XXXX';
  const y = yearKnown ? +m[1] : UNKNOWN_YEAR;
  if (m[4]) return { date: { y, m: (+m[4] - 1) * 3 + 1, d: 1 }, yearKnown, text: value, granularity: 'quarter' };
  const mo = m[2] ? +m[2] : 1;
  const d = m[3] ? +m[3] : 1;
  if (!isValidDay(y, mo, d)) return undefined;
  const granularity: Granularity = m[3] ? 'day' : m[2] ? 'month' : 'year';
  if (!yearKnown && granularity === 'year') return undefined;
  return { date: { y, m: mo, d }, yearKnown, text: value, granularity };
}

const FINENESS: Readonly<Record<Granularity, number>> = {
  day: 0, week: 1, weekend: 1, month: 2, quarter: 3, year: 4, decade: 5, century: 6,
};

function shiftValue(base: Ymd, yearKnown: boolean, unit: Granularity, n: number, keepQuarter: boolean): string {
  const Y = (y: number) => (yearKnown ? pad(y, 4) : 'XXXX');
  switch (unit) {
    case 'day': {
      const d = addDays(base, n);
      return yearKnown ? formatDay(d) : `XXXX-${pad(d.m)}-${pad(d.d)}`;
    }
    case 'week':
    case 'weekend': {
      const w = yearKnown ? formatWeek(addDays(base, 7 * n)) : 'XXXX-WXX';
      return unit === 'weekend' ? `${w}-WE` : w;
    }
    case 'month': {
      const k = base.y * 12 + base.m - 1 + n;
      return `${Y(Math.floor(k / 12))}-${pad((k % 12) + 1)}`;
    }
    case 'quarter': {
      const k = base.y * 4 + Math.floor((base.m - 1) / 3) + n;
      return `${Y(Math.floor(k / 4))}-Q${(k % 4) + 1}`;
    }
    case 'year':
      return keepQuarter ? `${Y(base.y + n)}-Q${Math.floor((base.m - 1) / 3) + 1}` : Y(base.y + n);
    case 'decade':
      return yearKnown ? String(Math.floor(base.y / 10) + n) : 'XXX';
    case 'century':
      return yearKnown ? String(Math.floor(base.y / 100) + n) : 'XX';
  }
}

const UNRESOLVED: Readonly<Record<Granularity, string>> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX',
  year: 'XXXX', decade: 'XXX', century: 'XX',
};

function phrase(unit: Granularity, n: number): string {
  if (n === 0) return `same ${unit} as`;
  const count = Math.abs(n) === 1 ? unit : `${Math.abs(n)} ${unit}s`;
  return `${count} ${n < 0 ? 'before' : 'after'}`;
}

function resolveShift(unit: Granularity, n: number, kind: 'published' | 'previous' | 'reported', tail: string, a: Anchors): Resolved {
  if (kind !== 'published' && a.previous !== undefined) {
    const prev = kind === 'previous' ? anchorFrom(a.previous) : quarterReported(a);
    if (prev && FINENESS[prev.granularity] <= FINENESS[unit]) {
      const value = shiftValue(prev.date, prev.yearKnown, unit, n, unit === 'year' && prev.granularity === 'quarter');
      return { value: value + tail, derivation: `${phrase(unit, n)} the date mentioned before, ${prev.text}` };
    }
  }
  const dct = a.published;
  if (!dct) return { value: UNRESOLVED[unit] + tail, derivation: `${phrase(unit, n)} the publication date, which is missing` };
  const value = shiftValue(dct, true, unit, n, false);
  return { value: value + tail, derivation: `${phrase(unit, n)} the publication date ${formatDay(dct)}` };
}

/** The quarter just mentioned, if results can have been reported for it (not "the third quarter of next year"). */
function quarterReported(a: Anchors): Anchor | undefined {
  const prev = a.previous === undefined ? undefined : anchorFrom(a.previous);
  if (prev?.granularity !== 'quarter') return undefined;
  return !a.published || !prev.yearKnown || toDays(prev.date) <= toDays(a.published) ? prev : undefined;
}

function resolveReported(r: Extract<Meaning, { kind: 'reported' }>, a: Anchors): Resolved {
  const prev = quarterReported(a);
  let base: { y?: number; q?: number } = {};
  let how = NO_DCT;
  if (prev) {
    base = { y: prev.yearKnown ? prev.date.y : undefined, q: (prev.date.m + 2) / 3 };
    how = `the quarter mentioned before, ${prev.text}`;
  } else if (a.published) {
    const k = a.published.y * 4 + Math.floor((a.published.m - 1) / 3) - 1;
    base = { y: Math.floor(k / 4), q: (k % 4) + 1 };
    how = `the last quarter before the publication date ${formatDay(a.published)}`;
  }
  const year = r.year ?? (base.y === undefined ? undefined : base.y - r.yearsBack);
  const value = `${year === undefined ? 'XXXX' : pad(year, 4)}-Q${r.quarter ?? base.q ?? 'X'}`;
  return { value, derivation: r.yearsBack > 0 ? `a year before ${how}` : how };
}

function resolveWeekday(dow: number, direction: -1 | 0 | 1, tail: string, a: Anchors): Resolved {
  const dct = a.published;
  if (!dct) return { value: `XXXX-WXX-${dow}${tail}`, derivation: `a ${DAY_NAMES[dow]} of an unknown week: ${NO_DCT}` };
  const w = isoWeekday(dct);
  const future = direction === 0 && a.future;
  const forward = direction === 1 || future;
  let delta: number;
  if (forward) delta = (dow - w + 7) % 7 || (direction === 1 ? 7 : 0);
  else delta = -((w - dow + 7) % 7 || (direction === -1 ? 7 : 0));
  const how = forward ? 'the next' : 'the most recent';
  const rel = delta === 0 ? 'the publication date itself' : `${how} ${DAY_NAMES[dow]} ${forward ? 'from' : 'up to'} the publication date`;
  return { value: formatDay(addDays(dct, delta)) + tail, derivation: `${rel} ${formatDay(dct)}${future ? ' (future tense)' : ''}` };
}
