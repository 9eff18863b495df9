// Word tables and the regex fragments built from them. Everything here is
// computed once at module load; matchers only reuse the compiled results.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

const SMALL: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** Quantities that name no number: "several years" -> PXY. */
const VAGUE = /^(?:several|a few|few|a couple of|couple of|many|some|dozens of|hundreds of|recent|the past few|the last few)$/;

/** A number written in digits or words; undefined for vague quantities ("several"). */
export function parseNumber(raw: string): number | undefined {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE.test(s)) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (s === 'a couple of' || s === 'couple of') return 2;
  let total = 0;
  for (const part of s.split(/[- ]/)) {
    const v = SMALL[part];
    if (v === undefined) return undefined;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

const UNIT_OF: Readonly<Record<string, Unit>> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute',
  hour: 'hour', hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week',
  fortnight: 'week', weekend: 'weekend', weekends: 'weekend', month: 'month', months: 'month',
  quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year', decade: 'decade',
  decades: 'decade', century: 'century', centuries: 'century',
};

export function unitOf(word: string): Unit | undefined {
  return UNIT_OF[word.toLowerCase()];
}

// Regex fragments (sources). Month and weekday names are matched
// case-insensitively by the regexes and checked for a capital by the matchers,
// so that "may" and "march" as verbs stay out.
export const MONTH_SRC =
  '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)(?![a-z])';
export const WEEKDAY_SRC = '(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![a-z])';
export const DAY_SRC = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)';
export const YEAR_SRC = '(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d%])';
/** The number words COUNT_SRC spells out, each the first word of a count. */
export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** "twenty four" as broadcast transcripts spell it, beside "twenty-four". */
const TENS_UNITS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[^\\S\\n]+(?:one|two|three|four|five|six|seven|eight|nine)(?![\\w-])';
/** A definite count: "60", "2.5", "twenty-one" (no "a", "few"). */
export const COUNT_SRC = `(?:\\d+(?:\\.\\d+)?|(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${TENS_UNITS})`;
/** The first word of every count NUM_SRC spells out. */
export const COUNT_FIRST_WORDS = `${NUMBER_WORDS}|a|an|single|several|few|couple|many|some|dozens|hundreds|dozen`;
export const NUM_SRC =
  `(?:\\d+(?:\\.\\d+)?|(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${TENS_UNITS}|a|an|single|several|a few|few|a couple of|couple of|many|some|dozens of|hundreds of|a dozen|dozen)`;
export const UNIT_SRC =
  '(?:seconds?|minutes?|hours?|days?|weeks?|fortnight|weekends?|months?|quarters?|years?|decades?|centuries|century)(?![a-z])';
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};
