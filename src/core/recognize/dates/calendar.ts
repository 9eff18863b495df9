// Proleptic Gregorian arithmetic on plain numbers. Date.UTC is used only as a
// calendar (never as a clock), so results do not depend on the host time zone.
// The common case (an integer year from 100 on, a month 1-12) is computed
// without a Date object, as resolving dates called these for every match;
// Date.UTC stays the reference for the rest (month overflow, and years 0-99,
// which it reads as 1900-1999).

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days from 1970-01-01 back to 0000-03-01, the start of the 400-year cycles counted below. */
const EPOCH_SHIFT = 719_468;
const CYCLE_DAYS = 146_097;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const plainMonth = (y: number, m: number): boolean => Number.isInteger(y) && y >= 100 && Number.isInteger(m) && m >= 1 && m <= 12;

export function toDays(v: Ymd): number {
  if (!plainMonth(v.y, v.m) || !Number.isInteger(v.d)) return Math.floor(Date.UTC(v.y, v.m - 1, v.d) / DAY_MS);
  // Years counted from March, so that a leap day ends its year (H. Hinnant's days_from_civil).
  const y = v.m <= 2 ? v.y - 1 : v.y;
  const cycle = Math.floor(y / 400);
  const yearOfCycle = y - cycle * 400;
  const dayOfYear = Math.floor((153 * ((v.m + 9) % 12) + 2) / 5) + v.d - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  return cycle * CYCLE_DAYS + dayOfCycle - EPOCH_SHIFT;
}

export function fromDays(days: number): Ymd {
  if (!Number.isInteger(days) || Math.abs(days) > 1e8) {
    const t = new Date(days * DAY_MS);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  // The inverse of toDays (civil_from_days).
  const z = days + EPOCH_SHIFT;
  const cycle = Math.floor(z / CYCLE_DAYS);
  const dayOfCycle = z - cycle * CYCLE_DAYS;
  const yearOfCycle = Math.floor((dayOfCycle - Math.floor(dayOfCycle / 1460) + Math.floor(dayOfCycle / 36524) - Math.floor(dayOfCycle / 146096)) / 365);
  const dayOfYear = dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { y: yearOfCycle + cycle * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromDays(toDays(v) + n);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(v: Ymd): number {
  // 1970-01-01 was a Thursday.
  return ((((toDays(v) + 3) % 7) + 7) % 7) + 1;
}

function isoWeek(v: Ymd): { year: number; week: number } {
  const thursday = addDays(v, 4 - isoWeekday(v));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function daysInMonth(y: number, m: number): number {
  if (!plainMonth(y, m)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDay(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

export function formatWeek(v: Ymd): string {
  const w = isoWeek(v);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

const ISO_DAY = /^(\d{4})-(\d\d)-(\d\d)/;

export function parseDay(value: string): Ymd | undefined {
  const m = ISO_DAY.exec(value);
  if (!m) return undefined;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : undefined;
}
