// Date recogniser of the core: TIMEX3 spans, types and values for English news.
//
// All of it is ours: a one-pass trigger regex (scan.ts) and small rule sets
// (absolute.ts, relative.ts) produce meanings that resolve.ts anchors against
// the publication date or the previous date mention. chrono-node is not used:
// it is slower than the whole budget, does not follow TIMEX3 extents, and
// resolves missing years from the clock, which the design forbids.

import type { DateType } from '../../model';
import { parseDay, type Ymd } from './calendar';
import type { Meaning } from './meaning';
import { resolve, type Anchors } from './resolve';
import { scan } from './scan';

export { detectPublished, type PublishedDate } from './published';

export interface RawDate {
  /** UTF-16 indices into text, end-exclusive. */
  start: number;
  end: number;
  text: string;
  type: DateType;
  /** TIMEX3 value. */
  value: string;
  /** One short human sentence: how the value was derived. */
  derivation: string;
}

const FUTURE_CUE = /\b(?:will|won[’']t|shall|scheduled|slated|due\s+to|expected\s+to|set\s+to|plans?\s+to|planned\s+to|planning\s+to|going\s+to|upcoming|is\s+to|are\s+to|as\s+(?:soon|early)\s+as)\b|[’']ll\b/i;
const UNTIL = /\b(?:until|till|by)\s+$/i;
/** "Until Thursday, they had not called him a suspect", "members had filed reports by Wednesday": a deadline already passed. */
const PAST_PERFECT = /\bhad\b/i;
const REST_OF_SENTENCE = /[^.!?\n]*/y;
/** "..., Cuba predicted Wednesday": the day a statement was made, whatever it says of the future. */
const REPORTED_ON = /\b(?:said|says|told|predicted|announced|reported|added|warned)\s+(?:on\s+)?$/i;
const CUE_WINDOW = 120;
/** Values that can anchor "a day earlier": a calendar date, month, quarter or year. */
const ANCHOR_VALUE = /^(?:\d{4}|XXXX)-(?:\d\d|Q[1-4])|^\d{4}$/;

const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n

/** Where the sentence holding start begins, looking back at most CUE_WINDOW (a loop, not a regex searching for its last end). */
function sentenceStart(text: string, start: number): number {
  const floor = Math.max(0, start - CUE_WINDOW);
  let i = start;
  while (i > floor && !endsSentence(text.charCodeAt(i - 1))) i--;
  return i;
}

function futureBefore(text: string, start: number): boolean {
  const before = text.slice(sentenceStart(text, start), start);
  if (REPORTED_ON.test(before)) return false;
  if (FUTURE_CUE.test(before)) return true;
  if (!UNTIL.test(before)) return false;
  REST_OF_SENTENCE.lastIndex = start;
  const after = REST_OF_SENTENCE.exec(text)?.[0] ?? '';
  return !PAST_PERFECT.test(before) && !PAST_PERFECT.test(after);
}

/** Anchors for one expression; the tense of its sentence is read only if resolve asks (undated days, bare weekdays). */
class ExpressionAnchors implements Anchors {
  constructor(
    readonly published: Ymd | undefined,
    readonly previous: string | undefined,
    private readonly text: string,
    private readonly start: number,
  ) {}

  get future(): boolean {
    return futureBefore(this.text, this.start);
  }
}

/** "from $5 million a year ago": the story stays with the period it reports. */
const comparison = (m: Meaning): boolean =>
  (m.kind === 'shift' && m.anchor !== 'published' && m.unit === 'year' && m.n === -1) || (m.kind === 'reported' && (m.yearsBack > 0 || m.year !== undefined));

export function recognizeDates(text: string, published: string | undefined): RawDate[] {
  const dct = published ? parseDay(published) : undefined;
  const out: RawDate[] = [];
  let previous: string | undefined;
  for (const c of scan(text)) {
    const r = resolve(c.meaning, new ExpressionAnchors(dct, previous, text, c.start));
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: r.value, derivation: r.derivation });
    if ((c.type === 'date' || c.type === 'time') && ANCHOR_VALUE.test(r.value) && !comparison(c.meaning)) previous = r.value;
  }
  return out;
}
