// One pass over the text: a single precompiled trigger regex finds the few
// places where a date expression can start (a digit, a month or weekday
// name, a time word); only there are the specific matchers tried. Then each
// match takes in its left modifiers ("earlier", "more than", "the").

import { matchDigit, matchMonth, matchWeekday } from './absolute';
import type { Candidate } from './meaning';
import { matchWord } from './relative';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|single|several|few|couple|many|dozens|hundreds|dozen';
const UNIT_AHEAD = '(?=[\\s-]+(?:few\\s+|couple\\s+of\\s+|more\\s+|full\\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|fortnight|weekends?|months?|quarters?|years?|decades?|century|centuries)\\b)';
const KEYWORDS = [
  'today|tonight|yesterday|tomorrow|this|last|next|past|coming|previous|following|preceding|current|same',
  'that(?=\\s+(?:same\\s+)?(?:day|week|month|year|morning)\\b)',
  'now|currently|presently|nowadays|recently|recent|lately|previously|soon|future|present',
  'spring|summer|autumn|fall|winter|every|each|daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly',
  'first|second|third|fourth|final|fiscal|from|between|years|decades|months|weeks|weekend',
  'day\\b|(?:end|beginning|start|middle)(?=\\s+of\\s+the\\b)',
  'Q[1-4]|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties',
  NUMBER_WORDS,
  `(?:a|an|some)${UNIT_AHEAD}`,
].join('|');

export const MONTH_WORDS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const TRIGGER = new RegExp(`\\b(?:(\\d)|(${MONTH_WORDS})(?![a-z])|((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z])|(?:${KEYWORDS})(?![a-z]))`, 'gi');

const DATE_MODIFIER = /(?:\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+)?|\b(?:early|earlier|late|later)(?:\s+|-)|\bmid(?:-|\s+))$/i;
// Only the comparative modifiers: TimeBank leaves "about", "just", "almost" outside the extent.
const DURATION_MODIFIER = /\b(?:(?:more|less|fewer)\s+than|over|under|at\s+least|at\s+most|up\s+to)\s+$/i;
const THE = /\bthe\s+$/i;
const LOOK_BACK = 32;

function longer(a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined {
  return !a || (b && b.end > a.end) ? b : a;
}

function matchAt(text: string, m: RegExpExecArray): Candidate | undefined {
  const pos = m.index;
  if (m[1] !== undefined) return longer(matchDigit(text, pos), matchWord(text, pos));
  if (m[2] !== undefined) return matchMonth(text, pos) ?? matchWord(text, pos);
  if (m[3] !== undefined) return matchWeekday(text, pos) ?? matchWord(text, pos);
  return matchWord(text, pos);
}

function extendLeft(text: string, c: Candidate, floor: number): number {
  let start = c.start;
  let tookThe = false;
  for (let step = 0; step < 3; step++) {
    const before = text.slice(Math.max(floor, start - LOOK_BACK), start);
    const mod = c.modifiers === 'date' ? DATE_MODIFIER.exec(before) : c.modifiers === 'duration' ? DURATION_MODIFIER.exec(before) : null;
    if (mod && !tookThe) {
      start -= mod[0].length;
      continue;
    }
    const the = !tookThe && c.takesThe ? THE.exec(before) : null;
    if (!the) break;
    start -= the[0].length;
    tookThe = true;
  }
  return start;
}

/** Non-overlapping candidates in text order. */
export function scan(text: string): Candidate[] {
  const out: Candidate[] = [];
  const trigger = TRIGGER;
  trigger.lastIndex = 0;
  let floor = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    if (m.index < floor) continue;
    const c = matchAt(text, m);
    if (!c) continue;
    const start = extendLeft(text, c, floor);
    out.push(start === c.start ? c : { ...c, start });
    floor = c.end;
    trigger.lastIndex = c.end;
  }
  return out;
}
