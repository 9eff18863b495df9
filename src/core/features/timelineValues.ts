// What a TIMEX3 value covers on a calendar: the exact interval of days, the
// lane it is drawn in (day, month or year: a week is seven days in the day
// lane, a season three months in the month lane, a decade ten years in the
// year lane, never a point on its first day) and a label a reader can read.

import { daysInMonth, fromDays, isValidDay, isoWeekday, toDays, type Ymd } from '../recognize/dates/calendar';

export type Granularity = 'day' | 'month' | 'year';

export interface DateInterval {
  /** First and last day covered, as days since 1970-01-01 (inclusive). */
  readonly from: number;
  readonly to: number;
  readonly granularity: Granularity;
  /** "17 Oct 2022", "September 2022", "week of 15 Nov 2004", "summer 2022", "2010s". */
  readonly label: string;
}

/** `unresolved`: a date whose year (or more) is unknown (`XXXX-03-15`); undefined: not a point in time (P3Y, PAST_REF). */
export type PlacedValue = DateInterval | 'unresolved' | undefined;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// TIMEX3 seasons, as meteorological seasons of the northern hemisphere; winter starts in December of the year before
const SEASONS: Record<string, { name: string; first: number }> = {
  SP: { name: 'spring', first: 3 },
  SU: { name: 'summer', first: 6 },
  FA: { name: 'autumn', first: 9 },
  WI: { name: 'winter', first: 0 },
};

export function formatDayLabel(v: Ymd): string {
  return `${v.d} ${MONTHS[v.m - 1]} ${v.y}`;
}

/** A month on the axis, where space is short. */
export function monthLabel(y: number, m: number): string {
  return `${MONTHS[m - 1]} ${y}`;
}

/**
 * A TIMEX3 value as a reader says it, beside the value in hovers: the
 * timeline's label of it, `unresolved` for a date of an unknown year, and
 * undefined for what is no point in time (P3Y, PAST_REF).
 */
export function readableValue(value: string): string | undefined {
  const placed = placeValue(value);
  return placed === 'unresolved' ? 'unresolved' : placed?.label;
}

export function placeValue(value: string): PlacedValue {
  if (/^X|^\d{4}-X|^\d{4}-WXX/.test(value)) return 'unresolved';
  let m = /^(\d{4})-(\d\d)-(\d\d)(T.*)?$/.exec(value);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!isValidDay(y, mo, d)) return undefined;
    const day = toDays({ y, m: mo, d });
    return { from: day, to: day, granularity: 'day', label: formatDayLabel({ y, m: mo, d }) };
  }
  if ((m = /^(\d{4})-W(\d\d)(-(\d|WE))?$/.exec(value))) return week(+m[1], +m[2], m[4]);
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) {
    const [y, mo] = [+m[1], +m[2]];
    if (mo < 1 || mo > 12) return undefined;
    return { from: toDays({ y, m: mo, d: 1 }), to: toDays({ y, m: mo, d: daysInMonth(y, mo) }), granularity: 'month', label: `${MONTH_NAMES[mo - 1]} ${y}` };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return months(+m[1], (+m[2] - 1) * 3 + 1, 3, `Q${m[2]} ${m[1]}`);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return months(+m[1], (+m[2] - 1) * 6 + 1, 6, `H${m[2]} ${m[1]}`);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const season = SEASONS[m[2]];
    return months(+m[1], season.first, 3, `${season.name} ${m[1]}`);
  }
  if ((m = /^(\d{4})$/.exec(value))) return years(+m[1], 1, m[1]);
  if ((m = /^(\d{3})$/.exec(value))) return years(+m[1] * 10, 10, `${m[1]}0s`);
  if ((m = /^(\d{2})$/.exec(value))) return years(+m[1] * 100, 100, `${+m[1] + 1}th century`);
  return undefined;
}

function week(year: number, weekNumber: number, day: string | undefined): DateInterval | undefined {
  if (weekNumber < 1 || weekNumber > 53) return undefined;
  const jan4 = { y: year, m: 1, d: 4 };
  const monday = toDays(jan4) - (isoWeekday(jan4) - 1) + (weekNumber - 1) * 7;
  if (day === 'WE') return { from: monday + 5, to: monday + 6, granularity: 'day', label: `weekend of ${formatDayLabel(fromDays(monday + 5))}` };
  if (day) {
    const d = monday + (+day - 1);
    return { from: d, to: d, granularity: 'day', label: formatDayLabel(fromDays(d)) };
  }
  return { from: monday, to: monday + 6, granularity: 'day', label: `week of ${formatDayLabel(fromDays(monday))}` };
}

/** `count` months from `first` (0: December of the year before). */
function months(y: number, first: number, count: number, label: string): DateInterval {
  const start = first === 0 ? { y: y - 1, m: 12 } : { y, m: first };
  const lastMonth = start.m + count - 1;
  const end = lastMonth > 12 ? { y: start.y + 1, m: lastMonth - 12 } : { y: start.y, m: lastMonth };
  return {
    from: toDays({ ...start, d: 1 }),
    to: toDays({ ...end, d: daysInMonth(end.y, end.m) }),
    granularity: 'month',
    label,
  };
}

function years(first: number, count: number, label: string): DateInterval {
  return { from: toDays({ y: first, m: 1, d: 1 }), to: toDays({ y: first + count - 1, m: 12, d: 31 }), granularity: 'year', label };
}
