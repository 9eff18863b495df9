// Proleptic Gregorian arithmetic on plain numbers. Date.UTC is used only as a
// calendar (never as a clock), so results do not depend on the host time zone.

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

export function toDays(v: Ymd): number {
  return Math.floor(Date.UTC(v.y, v.m - 1, v.d) / DAY_MS);
}

export function fromDays(days: number): Ymd {
  const t = new Date(days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
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
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
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
