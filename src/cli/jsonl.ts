// The JSONL record of one article, exactly as DESIGN.md "Command line" gives
// it: key order, null for unknowns, code point offsets.

import type { DateMention, EntityMention } from '../core/model';
import type { PublishedDate } from '../core/service';

export interface RecognitionResult {
  readonly published?: PublishedDate;
  readonly entities: readonly EntityMention[];
  readonly dates: readonly DateMention[];
}

export function toRecord(label: { file: string } | { id: unknown }, result: RecognitionResult): string {
  return JSON.stringify({
    ...label,
    published: result.published?.value ?? null,
    entities: result.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, entity: e.entity })),
    dates: result.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value })),
  });
}
