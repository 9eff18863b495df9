// The JSONL record of one article, exactly as DESIGN.md "Command line" gives
// it: key order, null for unknowns, code point offsets.

import type { DateMention, EntityMention } from '../core/model';
import type { PublishedDate } from '../core/service';

export interface RecognitionResult {
  readonly published?: PublishedDate;
  readonly entities: readonly EntityMention[];
  readonly dates: readonly DateMention[];
}

/**
 * The same text as JSON.stringify of the record object, written out directly:
 * building some seventy objects per article for JSON.stringify to walk was a
 * quarter of the cost of printing a record, 4% of the command line's run.
 */
export function toRecord(label: { file: string } | { id: unknown }, result: RecognitionResult): string {
  let out = 'file' in label ? `{"file":${jsonString(label.file)}` : `{"id":${JSON.stringify(label.id)}`;
  out += `,"published":${jsonStringOrNull(result.published?.value)},"entities":[`;
  const { entities, dates } = result;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    out += `${i ? ',' : ''}{"start":${e.start},"end":${e.end},"text":${jsonString(e.text)},"type":${jsonString(e.type)},"entity":${jsonStringOrNull(e.entity)}}`;
  }
  out += '],"dates":[';
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    out += `${i ? ',' : ''}{"start":${d.start},"end":${d.end},"text":${jsonString(d.text)},"type":${jsonString(d.type)},"value":${jsonString(d.value)}}`;
  }
  return out + ']}';
}

/** What JSON.stringify escapes in a string: quotes, backslashes, control chars, lone surrogates (and, to keep the test simple, paired ones). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify(s), without its call for the strings that need no escape: nearly all. */
export function jsonString(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

function jsonStringOrNull(s: string | null | undefined): string {
  return s === null || s === undefined ? 'null' : jsonString(s);
}
