// Reads our JSONL export, and spaCy / Prodigy JSONL in general: one
// {"text", "spans": [{"start", "end", "label"}], "meta": {"file"}} per line.

import { typeOfLabel } from '../export/labels';
import { quoteSelector } from '../annotations/anchor';
import { TextMap } from '../text/offsets';
import { ImportFormatError, type ImportedArticle, type ImportedSpan } from './span';

/** One line (already known not to be blank); `number` counts from 1. */
export function readJsonlLine(line: string, number: number): ImportedArticle {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    throw new ImportFormatError(`line ${number}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const r = record as { text?: unknown; spans?: unknown; meta?: { file?: unknown } };
  if (typeof r?.text !== 'string' || !Array.isArray(r.spans)) throw new ImportFormatError(`line ${number}: not an object with a string "text" and a list "spans"`);
  const file = r.meta?.file;
  if (typeof file !== 'string') throw new ImportFormatError(`line ${number}: no "meta": {"file"} to say which article it is`);
  const map = new TextMap(r.text);
  const spans = r.spans.map((s: Record<string, unknown>, i): ImportedSpan => {
    const where = `line ${number}, span ${i + 1}`;
    const { start, end } = s;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (start as number) >= (end as number) || (end as number) > map.length) {
      throw new ImportFormatError(`${where}: "start" and "end" must be offsets within the text`);
    }
    const label = typeof s.label === 'string' ? typeOfLabel(s.label) : undefined;
    return {
      start: start as number,
      end: end as number,
      ...quoteSelector(map, { start: start as number, end: end as number }),
      ...(typeof s.id === 'string' ? { id: s.id } : {}),
      ...(label && label !== 'date' ? { type: label } : {}),
      ...(typeof s.entity === 'string' ? { entity: s.entity } : {}),
      ...(typeof s.note === 'string' ? { note: s.note } : {}),
      ...(Array.isArray(s.tags) ? { tags: s.tags.filter((t): t is string => typeof t === 'string') } : {}),
      ...(typeof s.created === 'string' ? { created: s.created } : {}),
      recognized: s.source === 'recognized',
      where,
    };
  });
  return { path: file, spans };
}
