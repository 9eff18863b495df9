// A generated corpus for the timeline at scale: seeded, so every run is the
// same; articles of a few sentences, each with dates of every granularity
// (days, months, years, weeks, dates of an unknown year) and a few names.

import type { DateMention, EntityMention } from '../../../src/core/model';
import { TextMap } from '../../../src/core/text/offsets';
import type { TimelineSource } from '../../../src/core/features/timeline';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small seeded generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedTimeline(articles: number, seed = 42): TimelineSource[] {
  const random = seeded(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sources: TimelineSource[] = [];
  for (let a = 0; a < articles; a++) {
    let text = `Report number ${a}\n`;
    const dates: DateMention[] = [];
    const entities: EntityMention[] = [];
    const add = (words: string, value: string) => {
      dates.push({ start: text.length, end: text.length + words.length, text: words, type: 'date', value, derivation: 'generated' });
      text += words;
    };
    const name = (n: number) => {
      const words = `Person ${String.fromCharCode(65 + (n % 26))}${n}`;
      entities.push({ start: text.length, end: text.length + words.length, text: words, type: 'person', entity: null, key: `name:person ${n}` });
      text += words;
    };
    for (let s = 0; s < 6; s++) {
      const y = 2000 + pick(24);
      const m = 1 + pick(12);
      const d = 1 + pick(28);
      text += 'On ';
      switch (pick(6)) {
        case 0: add(`${MONTHS[m - 1]} ${y}`, `${y}-${pad(m)}`); break;
        case 1: add(`${y}`, `${y}`); break;
        case 2: add(`${d} ${MONTHS[m - 1]}`, `XXXX-${pad(m)}-${pad(d)}`); break;
        case 3: add(`week ${1 + pick(52)} of ${y}`, `${y}-W${pad(1 + pick(52))}`); break;
        default: add(`${d} ${MONTHS[m - 1]} ${y}`, `${y}-${pad(m)}-${pad(d)}`);
      }
      text += ', ';
      name(pick(500));
      text += ' spoke. ';
    }
    sources.push({ uri: `mem:/big/${String(a).padStart(5, '0')}.txt`, text: new TextMap(text), dates, entities });
  }
  return sources;
}
