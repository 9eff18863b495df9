// Periods that company results are reported for: "the third quarter",
// "third-quarter", "Q3 2009", "fiscal 1988", "the latest quarter".

import { ORDINALS, YEAR_SRC } from './lexicon';
import type { Candidate, Meaning } from './meaning';
import { blankAt, blanks, cand, exec, fixed, hyphenatedAt, letterAt, lowerIn, skipBlanks, sticky, theBefore, type KeyedRule } from './ruleKit';

const r = sticky;

const QUARTER = r(`(?:fiscal[^\\S\\n]+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:[^\\S\\n]+|-)(?:fiscal[^\\S\\n]+)?(?<what>quarter|half)(?![\\w-])(?:[^\\S\\n]+of[^\\S\\n]+(?:(?<year>${YEAR_SRC})|(?<rel>this|last|next)[^\\S\\n]+year)|,?[^\\S\\n]+(?<year2>${YEAR_SRC}))?`);
const QUARTER_CODE = r(`Q(?<q>[1-4])(?:[^\\S\\n]+(?<year>${YEAR_SRC}))?\\b`);
const FISCAL = r(`fiscal[^\\S\\n]+(?:year[^\\S\\n]+)?(?<y>${YEAR_SRC})`);
/** "the quarter", "the latest quarter", "the latest period" of company results: the last quarter ended before publication. */
const REPORTED_QUARTER = r('(?:(?:latest|most[^\\S\\n]+recent|just-ended|recent)[^\\S\\n]+)?(?:fiscal[^\\S\\n]+)?quarter(?![\\w-])|latest[^\\S\\n]+period\\b');

/** "the year-ago quarter", "the comparable year-earlier period", "year-earlier results". */
const YEAR_AGO = r('(?:(?:comparable|corresponding)[^\\S\\n]+)?year-(?:ago|earlier)(?:[^\\S\\n]+(?:(?<ord>first|second|third|fourth)[^\\S\\n]+)?(?<noun>quarter|period))?(?![\\w-])');

/** "for the year", "the full year", "the current fiscal year": the year results are reported for. */
const RESULTS_YEAR = r('(?:(?<which>full|current|latest)[^\\S\\n]+)?(?:fiscal[^\\S\\n]+)?year(?![\\w-])(?![^\\S\\n]+(?:before|after|previous|prior|earlier|ago|later|two|one|\\d))');
/** "the year ended March 31": a twelve-month period, not the calendar year. */
const ENDED_AFTER = blanks(/[^\S\n]+(?:ended|ending|to)\b/iy);

function resultsYear(text: string, pos: number): Candidate | undefined {
  const m = exec(RESULTS_YEAR, text, pos);
  if (!m || !theBefore(text, pos)) return undefined;
  const end = pos + m[0].length;
  ENDED_AFTER.lastIndex = end;
  if (ENDED_AFTER.test(text)) return cand(pos, end, 'duration', fixed('P1Y', 'a year of results up to the date that follows'), 'none', true);
  const n = m.groups?.which?.toLowerCase() === 'latest' ? -1 : 0;
  return cand(pos, end, 'date', { kind: 'shift', unit: 'year', n, anchor: 'published' }, 'date', true);
}

/** "this year's third quarter", "last year's quarter", "the 1988 period": a quarter of the year named. */
const YEAR_PERIOD = r(`(?:(?<rel>this|last|next)[^\\S\\n]+year's|(?<year>${YEAR_SRC}))[^\\S\\n]+(?:(?<ord>first|second|third|fourth)[^\\S\\n]+)?(?:fiscal[^\\S\\n]+)?(?:quarter|period)(?![\\w-])`);
const YEARS_BACK: Readonly<Record<string, number>> = { this: 0, last: 1, next: -1 };

/** Whether YEAR_PERIOD can match at pos: "this", "last", "next" before "year's", or four digits before a blank and "first"... "period". */
function mayStartYearPeriod(text: string, pos: number): boolean {
  if (!blankAt(text, pos + 4)) return false;
  return lowerIn(text, skipBlanks(text, pos + 4), letterAt(text, pos) ? 'y' : 'fstqp');
}

function yearPeriod(text: string, pos: number): Candidate | undefined {
  if (!mayStartYearPeriod(text, pos)) return undefined;
  const m = exec(YEAR_PERIOD, text, pos);
  if (!m?.groups || (m.groups.year && !theBefore(text, pos))) return undefined;
  const { rel, year, ord } = m.groups;
  const quarter = ord ? ORDINALS[ord.toLowerCase()] : undefined;
  const meaning: Meaning =
    quarter && rel
      ? { kind: 'calendar', yearShift: -YEARS_BACK[rel.toLowerCase()], tail: `-Q${quarter}` }
      : { kind: 'reported', yearsBack: rel ? YEARS_BACK[rel.toLowerCase()] : 0, year: year ? +year : undefined, quarter };
  return cand(pos, pos + m[0].length, 'date', meaning, 'date', true);
}

/** "by year end", "since year-end", "by year's end", but not the adjective of "year-end results". */
const YEAR_END = r("year(?:'s)?[^\\S\\n]+end(?![\\w-])|year-end(?![\\w-])(?![^\\S\\n]+[a-z])");

function quarter(text: string, pos: number): Candidate | undefined {
  if (!letterAt(text, pos) && !letterAt(text, pos + 1)) return undefined; // a digit only as in "3rd"
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
  return cand(pos, pos + m[0].length, 'date', meaning, 'date', !hyphenatedAt(text, pos + m[0].indexOf(m.groups.what) - 1));
}

/** Each rule with the words its expressions can start with (see ruleKit.ts). */
export const PERIOD_RULES: readonly KeyedRule[] = [
  ['fiscal|first|second|third|fourth|final|1|2|3|4', quarter],
  ['quarter|latest|most|just|recent', (text, pos) => {
    const m = exec(REPORTED_QUARTER, text, pos);
    if (!m || !theBefore(text, pos)) return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'quarter', n: -1, anchor: 'published' }, 'date', true);
  }],
  ['q', (text, pos) => {
    const m = exec(QUARTER_CODE, text, pos);
    if (!m?.groups || text[pos] !== 'Q') return undefined;
    return cand(pos, pos + m[0].length, 'date', { kind: 'calendar', year: m.groups.year ? +m.groups.year : undefined, tail: `-Q${m.groups.q}` });
  }],
  ['year|comparable|corresponding', (text, pos) => {
    const m = exec(YEAR_AGO, text, pos);
    if (!m?.groups) return undefined;
    const quarter = m.groups.ord ? ORDINALS[m.groups.ord.toLowerCase()] : undefined;
    // a bare "year-ago" is an adjective: "the" goes with its noun ("the year-ago results")
    return cand(pos, pos + m[0].length, 'date', { kind: 'reported', yearsBack: 1, quarter }, 'date', m.groups.noun !== undefined);
  }],
  ['full|current|latest|fiscal|year', resultsYear],
  ['this|last|next|1|2', yearPeriod],
  ['year', (text, pos) => {
    const m = exec(YEAR_END, text, pos);
    return m ? cand(pos, pos + m[0].length, 'date', { kind: 'shift', unit: 'year', n: 0, anchor: 'published' }) : undefined;
  }],
  ['fiscal', (text, pos) => {
    const m = exec(FISCAL, text, pos);
    return m?.groups ? cand(pos, pos + m[0].length, 'date', fixed(m.groups.y, 'an explicit (fiscal) year')) : undefined;
  }],
];
