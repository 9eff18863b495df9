// Vague references and recurring sets: "now", "recently", "the past",
// "recent", "current", "later" (PAST_REF / PRESENT_REF / FUTURE_REF) and
// "every week", "daily", "annual profit".
//
// Which words are tagged at all is a precision decision taken on both
// development sets (MEANTIME and TimeBank/AQUAINT): "previously" and
// "quarterly" are left out (annotated about one time in ten), "soon" only
// outside "as soon as" and "soon after".

import { NUM_SRC, parseNumber, unitOf, UNIT_SRC, WEEKDAY_SRC, WEEKDAYS, type Unit } from './lexicon';
import type { Candidate } from './meaning';
import { blanks, cand, durationValue, exec, fixed, sticky, theBefore, type KeyedRule } from './ruleKit';

const SET_EVERY = sticky(`(?:every|each)[^\\S\\n]+(?:(?<other>other)[^\\S\\n]+|(?<num>${NUM_SRC})[^\\S\\n]+)?(?:(?<unit>${UNIT_SRC})|(?<wd>${WEEKDAY_SRC}))`);
const SET_ADVERB = sticky('(?<w>daily|weekly|monthly|annually|yearly|hourly|nightly)\\b');
const SET_VALUES: Readonly<Record<string, string>> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H',
};
/** "to rise 8.5% annually", "10,000 units annually": a rate after a quantity, which TimeBank leaves untagged. */
const QUANTITY_BEFORE = blanks(/(?:%|\d)(?:[^\S\n]+[a-z]+)?[^\S\n]+$/i);
/** "the Communist Party daily Granma": a newspaper, not a set. */
const NEWSPAPER_NAME_AFTER = /[^\S\n]+[A-Z]/y;
/** "annual profit": a year's worth of a reported figure is a duration. */
const ANNUAL_FIGURE = sticky('annual(?=[^\\S\\n]+(?:net[^\\S\\n]+)?(?:profits?|loss(?:es)?|revenues?|sales|earnings|income|results)\\b)');

const REF_WORD = sticky('(?<w>now|currently|presently|nowadays|recently|lately|soon|future|present|past)(?![\\w-])');
const PAST_AFTER = blanks(/[^\S\n]*(?:[,.;:)"”]|\s(?:and|or|but|when|as|to|of|have|has|had|were|was|is|decade|year|few|several|\d))/iy);
const AT_BEFORE = blanks(/\bat[^\S\n]+$/i);
const MORE_BEFORE = blanks(/\bmore[^\S\n]+$/i);
const AS_BEFORE = blanks(/\bas[^\S\n]+$/i);
const AFTER_OR_BEFORE = blanks(/[^\S\n]+(?:after|before)\b/iy);
/** "a trickle that soon became a flood", "he was soon released": soon after a past event, not the future (untagged in TimeBank). */
const PAST_AFTER_SOON = blanks(/[^\S\n]+(?:became|came|went|left|began|found|[a-z]+ed)\b/iy);
const PAST_BEFORE_SOON = blanks(/\b(?:was|were|had)[^\S\n]+$/i);
/** "Now, he says...", "Now for today's quiz": a sentence-initial discourse marker, which TimeBank leaves untagged (0 of 4). */
const DISCOURSE_NOW = /,|[^\S\n]+for\b/y;
const SENTENCE_START = /(?:^|[.!?]["”'’]*[^\S\n]+|\n[^\S\n]*|["“][^\S\n]*)$/;
/** "most recently last October": "recently" only introduces the date that follows. */
const MOST_RECENTLY_DATE = blanks(/[^\S\n]+(?:last|on|in)\b/iy);

/** "recent" and "current" as adjectives: "the recent economic downturn", "under the current circumstances". */
const ADJECTIVE = sticky('(?<w>recent|current)(?=[^\\S\\n]+[a-z])');
const MOST_BEFORE = blanks(/\bmost[^\S\n]+$/i);

/** "later" on its own ("later revealing", "although later recovered") and "a later time". */
const LATER = sticky('later(?![\\w-])(?<noun>[^\\S\\n]+(?:date|time|stage))?');
const A_BEFORE = blanks(/\ba[^\S\n]+$/i);
/** "an hour later", "a minute and a half later": the later of an amount of time the matchers did not take whole. */
const UNIT_BEFORE = blanks(/\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|half)[^\S\n]+$/i);
/** "later this month", "later in the day", "later Thursday": "later" modifies what follows, or compares. */
const LATER_MODIFIES = /[^\S\n]+(?:this|that|today|tonight|in|on|than|at|yesterday|tomorrow|[A-Z]|\d)/y;
/** "and later became", "told reporters later,", "Later, the controller asks": a narrative's next step, untagged in TimeBank (0 of 4). */
const AND_BEFORE = blanks(/\band[^\S\n]+$/i);
const COMMA_AFTER = /,/y;

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
      return the || AT_BEFORE.test(text.slice(Math.max(0, pos - 4), pos))
        ? cand(pos, end, 'date', fixed('PRESENT_REF', 'the present'), 'none', true)
        : undefined;
    case 'past':
      return the && exec(PAST_AFTER, text, end) ? cand(pos, end, 'date', fixed('PAST_REF', 'a general reference to the past'), 'none', true) : undefined;
    case 'soon':
      // "as soon as possible", "soon after being captured": a conjunction, not a time.
      if (AS_BEFORE.test(text.slice(Math.max(0, pos - 4), pos)) || exec(AFTER_OR_BEFORE, text, end)) return undefined;
      if (exec(PAST_AFTER_SOON, text, end) || PAST_BEFORE_SOON.test(text.slice(Math.max(0, pos - 5), pos))) return undefined;
      return cand(pos, end, 'date', fixed('FUTURE_REF', 'the near future'), 'none');
    case 'now':
      if (exec(DISCOURSE_NOW, text, end) && SENTENCE_START.test(text.slice(Math.max(0, pos - 4), pos))) return undefined;
      return cand(pos, end, 'date', fixed('PRESENT_REF', 'the present, as of the publication date'), 'none');
    case 'currently':
    case 'presently':
    case 'nowadays':
      return cand(pos, end, 'date', fixed('PRESENT_REF', 'the present, as of the publication date'), 'none');
    case 'recently': {
      // "more recently" is one expression in both annotated corpora.
      if (MOST_BEFORE.test(text.slice(Math.max(0, pos - 5), pos)) && exec(MOST_RECENTLY_DATE, text, end)) return undefined;
      const more = MORE_BEFORE.exec(text.slice(Math.max(0, pos - 6), pos));
      return cand(more ? pos - more[0].length : pos, end, 'date', fixed('PAST_REF', 'a general reference to the past'), 'none');
    }
    default:
      return cand(pos, end, 'date', fixed('PAST_REF', 'a general reference to the past'), 'none');
  }
}

function adjective(text: string, pos: number): Candidate | undefined {
  const m = exec(ADJECTIVE, text, pos);
  if (!m?.groups || MOST_BEFORE.test(text.slice(Math.max(0, pos - 5), pos))) return undefined;
  const end = pos + m[0].length;
  return m.groups.w.toLowerCase() === 'recent'
    ? cand(pos, end, 'date', fixed('PAST_REF', '"recent": a general reference to the past'), 'none')
    : cand(pos, end, 'date', fixed('PRESENT_REF', '"current": the present, as of the publication date'), 'none');
}

function later(text: string, pos: number): Candidate | undefined {
  const m = exec(LATER, text, pos);
  if (!m?.groups) return undefined;
  const end = pos + m[0].length;
  const article = A_BEFORE.exec(text.slice(Math.max(0, pos - 3), pos));
  if (m.groups.noun) return cand(article ? pos - article[0].length : pos, end, 'date', fixed('FUTURE_REF', 'a later, unspecified time'), 'none');
  if (article || exec(LATER_MODIFIES, text, end) || UNIT_BEFORE.test(text.slice(Math.max(0, pos - 9), pos))) return undefined;
  if (exec(COMMA_AFTER, text, end) || AND_BEFORE.test(text.slice(Math.max(0, pos - 5), pos))) return undefined;
  // Bare "later" mostly tells a past story ("later revealing he had..."): an unknown day, not the future.
  return cand(pos, end, 'date', fixed('XXXX-XX-XX', 'a later, unspecified day'), 'none');
}

export const VAGUE_RULES: readonly KeyedRule[] = [
  ['now|currently|presently|nowadays|recently|lately|soon|future|present|past', referenceWord],
  ['recent|current', adjective],
  ['later', later],
  ['annual', (text, pos) => {
    const m = exec(ANNUAL_FIGURE, text, pos);
    return m ? cand(pos, pos + m[0].length, 'duration', fixed('P1Y', 'a year (an annual figure)'), 'none') : undefined;
  }],
  ['every|each', (text, pos) => {
    const m = exec(SET_EVERY, text, pos);
    if (!m?.groups) return undefined;
    if (m.groups.wd) {
      return cand(pos, pos + m[0].length, 'set', fixed(`XXXX-WXX-${WEEKDAYS[m.groups.wd.toLowerCase()]}`, `every ${m.groups.wd}`), 'none');
    }
    const unit = unitOf(m.groups.unit) as Unit;
    const n = m.groups.other ? 2 : m.groups.num ? parseNumber(m.groups.num) : 1;
    return cand(pos, pos + m[0].length, 'set', fixed(durationValue(n, unit), 'a recurring period'), 'none');
  }],
  ['daily|weekly|monthly|annually|yearly|hourly|nightly', (text, pos) => {
    const m = exec(SET_ADVERB, text, pos);
    if (!m?.groups) return undefined;
    const end = pos + m[0].length;
    if (m.groups.w.toLowerCase() === 'daily' && exec(NEWSPAPER_NAME_AFTER, text, end)) return undefined;
    if (QUANTITY_BEFORE.test(text.slice(Math.max(0, pos - 20), pos))) return undefined;
    return cand(pos, end, 'set', fixed(SET_VALUES[m.groups.w.toLowerCase()], 'a recurring period'), 'none');
  }],
];
