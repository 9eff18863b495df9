import { strict as assert } from 'node:assert';
import { daysInMonth, fromDays, toDays } from '../../src/core/recognize/dates/calendar';

// calendar.ts computes the common case itself and leaves the rest to
// Date.UTC: both must give what Date.UTC gives, for every input.

const DAY_MS = 86_400_000;
const byDate = {
  toDays: (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS),
  fromDays: (days: number) => {
    const t = new Date(days * DAY_MS);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  },
  daysInMonth: (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(),
};

describe('dates: calendar arithmetic', () => {
  it('counts days and month lengths as Date.UTC does, years 0-99 and month overflow included', () => {
    for (let y = -450; y <= 2500; y++) {
      for (let m = -1; m <= 14; m++) {
        assert.equal(daysInMonth(y, m), byDate.daysInMonth(y, m), `daysInMonth(${y}, ${m})`);
        for (const d of [0, 1, 28, 29, 30, 31, 40]) assert.equal(toDays({ y, m, d }), byDate.toDays(y, m, d), `toDays(${y}-${m}-${d})`);
      }
    }
  });

  it('turns day numbers back into dates as Date does', () => {
    for (let days = -900_000; days <= 300_000; days += 7) assert.deepEqual(fromDays(days), byDate.fromDays(days), `fromDays(${days})`);
    for (const days of [1.5, -0.5, 2e8]) assert.deepEqual(fromDays(days), byDate.fromDays(days), `fromDays(${days})`);
  });
});
