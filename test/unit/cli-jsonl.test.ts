// The CLI's record, written out by hand for speed, must stay the text
// JSON.stringify gives the record object (DESIGN.md "Command line"), for
// every string a text can hold.

import * as assert from 'node:assert/strict';
import type { DateMention, EntityMention } from '../../src/core/model';
import { jsonString, toRecord, type RecognitionResult } from '../../src/cli/jsonl';

/** The record as JSON.stringify writes it: the definition toRecord must match. */
function reference(label: { file: string } | { id: unknown }, r: RecognitionResult): string {
  return JSON.stringify({
    ...label,
    published: r.published?.value ?? null,
    entities: r.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, entity: e.entity })),
    dates: r.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value })),
  });
}

const AWKWARD = ['', 'plain', 'say "hi"', 'back\\slash', 'tab\there', 'line\nbreak', '\u0000\u001f\u007f', 'lone \ud800 high', 'lone \udc00 low', 'astral 😀', 'sep\u2028\u2029', 'ü€'];

function entity(text: string, entityId: string | null): EntityMention {
  return { start: 3, end: 10, text, type: 'person', entity: entityId, key: `name:${text}` };
}

function date(text: string, value: string): DateMention {
  return { start: 0, end: 2, text, type: 'date', value, derivation: 'd' };
}

describe('CLI record (jsonl.ts)', () => {
  it('escapes every string as JSON.stringify does', () => {
    for (const s of AWKWARD) assert.equal(jsonString(s), JSON.stringify(s), JSON.stringify(s));
  });

  it('writes the record JSON.stringify writes, for files and for JSONL ids', () => {
    const results: RecognitionResult[] = [
      { entities: [], dates: [] },
      { published: { value: '2022-10-17', source: 'detected' }, entities: AWKWARD.map((s, i) => entity(s, i % 2 ? null : s)), dates: AWKWARD.map((s) => date(s, s)) },
    ];
    const labels = [{ file: 'a "b"\\c.txt' }, { file: 'x.txt' }, { id: null }, { id: 7 }, { id: 'q"' }, { id: { nested: ['\ud800', 1.5] } }];
    for (const r of results) for (const label of labels) assert.equal(toRecord(label, r), reference(label, r));
  });
});
