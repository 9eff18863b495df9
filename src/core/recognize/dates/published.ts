// Publication date (DCT) from the header: only a line that is essentially a
// dateline or byline counts ("By News Desk - October 17 2022", "29 June, 2022",
// "Published: 2022-10-17"), never a body sentence that happens to hold a date.

import { formatDay, parseDay } from './calendar';
import { resolve } from './resolve';
import { scan } from './scan';

export interface PublishedDate {
  /** YYYY-MM-DD */
  value: string;
  /** UTF-16 span of the header expression. */
  start: number;
  end: number;
}

const HEADER_LINES = 8;
const HEADER_CHARS = 3000;
const MAX_LINE = 160;
const LABEL = /^(?:by\b|published|updated|posted|last\s+updated|first\s+published|date[d:]?|created|modified|issued|released)/i;
const RESIDUE_NOISE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|\b(?:UTC|GMT|[ECMP][SD]T|ET|BST|CET)\b|\b\d+\s+min(?:ute)?s?\s+read\b|[-–—|•·,:;/()]+/gi;
/**
 * A day's value (YYYY-MM-DD) needs a day number, and without a publication
 * date every one is written in digits: a header line without a digit is not
 * scanned at all (most titles and bylines).
 */
const DIGIT = /[0-9]/;
const SENTENCE_WORDS = /\b(?:said|says|was|were|is|are|has|have|had|will|would|on|in|at|the|of|to|and)\b/i;

function isDateline(line: string, start: number, end: number): boolean {
  const rest = (line.slice(0, start) + ' ' + line.slice(end)).trim();
  if (LABEL.test(rest)) return true;
  const residue = rest.replace(RESIDUE_NOISE, ' ').replace(/\s+/g, ' ').trim();
  if (residue === '') return true;
  return residue.split(' ').length <= 4 && !SENTENCE_WORDS.test(residue);
}

export function detectPublished(text: string): PublishedDate | undefined {
  let lineStart = 0;
  let seen = 0;
  while (lineStart < text.length && lineStart < HEADER_CHARS && seen < HEADER_LINES) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      seen++;
      if (line.length <= MAX_LINE && DIGIT.test(line)) {
        for (const c of scan(line)) {
          const day = parseDay(resolve(c.meaning, { future: false }).value);
          if (day && isDateline(line, c.start, c.end)) {
            return { value: formatDay(day), start: lineStart + c.start, end: lineStart + c.end };
          }
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
