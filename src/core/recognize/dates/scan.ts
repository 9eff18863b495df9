// One pass over the text: trigger.ts finds the few places where a date
// expression can start (a digit, a month or weekday name, a time word); only
// there are the specific matchers tried. Then each match takes in its left
// modifiers ("earlier", "more than", "the").

import { digitsMayStartDate, matchDigit, matchMonth, matchWeekday } from './absolute';
import type { Candidate } from './meaning';
import { matchWord } from './relative';
import { blanks } from './ruleKit';
import { nextTrigger, type Trigger } from './trigger';

const DATE_MODIFIER = /(?:\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+)?|\b(?:early|earlier|late|later)(?:\s+|-)|\bmid(?:-|\s+))$/i;
// The comparative modifiers and "nearly": TimeBank takes "nearly two years" whole but mostly leaves "about", "just", "almost" outside.
const DURATION_MODIFIER = /\b(?:(?:more|less|fewer)\s+than|over|under|at\s+least|at\s+most|up\s+to|nearly)\s+$/i;
const THE = /\bthe\s+$/i;
/** "Earlier Friday, ...": before a bare weekday the comparative is a sentence adverb (TimeML), not part of the date. */
const COMPARATIVE = /^(?:earlier|later)\s+$/i;
/** "the September 11 attacks": a date that names an event is not a time expression (in either annotated corpus). */
const NAMES_EVENT = blanks(/[^\S\n]*,?[^\S\n]*(?:terrorist[^\S\n]+|terror[^\S\n]+)?attacks?\b/iy);
const LOOK_BACK = 32;

function longer(a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined {
  return !a || (b && b.end > a.end) ? b : a;
}

function matchAt(text: string, { pos, kind, word }: Trigger): Candidate | undefined {
  switch (kind) {
    case 'digit':
      return digitsMayStartDate(text, pos) ? longer(matchDigit(text, pos), matchWord(text, pos, word)) : undefined;
    case 'month':
      return matchMonth(text, pos) ?? matchWord(text, pos, word);
    case 'weekday':
      return matchWeekday(text, pos) ?? matchWord(text, pos, word);
    case 'word':
      return matchWord(text, pos, word);
  }
}

function extendLeft(text: string, c: Candidate, floor: number): number {
  let start = c.start;
  let tookThe = false;
  for (let step = 0; step < 3; step++) {
    const before = text.slice(Math.max(floor, start - LOOK_BACK), start);
    const mod = c.modifiers === 'date' ? DATE_MODIFIER.exec(before) : c.modifiers === 'duration' ? DURATION_MODIFIER.exec(before) : null;
    if (mod && !tookThe && !(c.meaning.kind === 'weekday' && COMPARATIVE.test(mod[0]))) {
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

function namesEvent(text: string, c: Candidate): boolean {
  if (c.meaning.kind !== 'calendar' || c.meaning.day === undefined) return false;
  NAMES_EVENT.lastIndex = c.end;
  return NAMES_EVENT.test(text);
}

/** Non-overlapping candidates in text order. */
export function scan(text: string): Candidate[] {
  const out: Candidate[] = [];
  let floor = 0;
  let from = 0;
  for (let t = nextTrigger(text, 0); t; t = nextTrigger(text, from)) {
    const c = matchAt(text, t);
    from = c ? c.end : t.pos + 1;
    if (!c || namesEvent(text, c)) continue;
    const start = extendLeft(text, c, floor);
    out.push(start === c.start ? c : { ...c, start });
    floor = c.end;
  }
  return out;
}
