// Off-the-shelf reference systems, scored by the same scorer as ours:
// compromise for names, chrono-node for dates. They say where "good enough"
// starts, and their figures match the eval README's, which checks the scorer.

import nlp from 'compromise';
import * as chrono from 'chrono-node';
import type { DocPredictions, EntitySpan, EntityType, GoldDoc, TimexSpan } from './types';

interface CompromiseMatch {
  terms: Array<{ offset: { start: number; length: number } }>;
}

/**
 * compromise 14: people(), organizations(), places(). The span runs from
 * the first term's start to the last term's end, both UTF-16 indices:
 * compromise's own token boundaries, which leave out the punctuation a
 * match's text carries ("France." -> France) and keep what compromise
 * glues to a word ("Boeing's"). This is the adapter closest to the eval
 * README's reference figures.
 */
export function compromiseEntities(doc: GoldDoc): DocPredictions {
  const parsed = nlp(doc.text);
  const views: Array<[EntityType, { json(options: object): unknown }]> = [
    ['person', parsed.people()],
    ['organization', parsed.organizations()],
    ['location', parsed.places()],
  ];
  const entities: EntitySpan[] = [];
  for (const [type, view] of views) {
    for (const match of view.json({ offset: true }) as CompromiseMatch[]) {
      if (match.terms.length === 0) continue;
      const start = match.terms[0].offset.start;
      const last = match.terms[match.terms.length - 1].offset;
      const end = last.start + last.length;
      if (end > start) entities.push({ start, end, text: doc.text.slice(start, end), type });
    }
  }
  return { entities, dates: [] };
}

/** chrono-node 2: dates resolved against the DCT, typed 'date', valued at the precision chrono is sure of. */
export function chronoDates(doc: GoldDoc): DocPredictions {
  const dates: TimexSpan[] = chrono.parse(doc.text, referenceDate(doc.dct)).map((result) => ({
    start: result.index,
    end: result.index + result.text.length,
    text: result.text,
    type: 'date',
    value: timexValue(result.start),
  }));
  return { entities: [], dates };
}

/** Noon local time, so no time zone moves the DCT to another day. */
function referenceDate(dct: string | null): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dct ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) : new Date();
}

/**
 * A TIMEX3-like value at the finest unit chrono actually read: a day
 * (with the year chrono implied, as TIMEX3 annotators resolve it from the
 * DCT too), a month, or a year; plus the time of day when it read one.
 */
export function timexValue(component: chrono.ParsedComponents): string {
  const pad = (n: number | null, width = 2) => String(n ?? 0).padStart(width, '0');
  const year = pad(component.get('year'), 4);
  const month = pad(component.get('month'));
  if (component.isCertain('day') || component.isCertain('weekday')) {
    const day = `${year}-${month}-${pad(component.get('day'))}`;
    return component.isCertain('hour') ? `${day}T${pad(component.get('hour'))}:${pad(component.get('minute'))}` : day;
  }
  if (component.isCertain('month')) return `${year}-${month}`;
  if (component.isCertain('year')) return year;
  // e.g. a bare time "at 3pm": chrono puts it on the reference day
  return `${year}-${month}-${pad(component.get('day'))}`;
}
