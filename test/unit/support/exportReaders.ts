// Readers of our brat, CoNLL and JSONL exports, written from the formats'
// own descriptions (not from our writers), that check every span's text
// against the article it claims to come from.

import * as assert from 'node:assert/strict';

export interface ReadSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly label: string;
}

function slice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

export interface BratEntity extends ReadSpan {
  readonly id: string;
  readonly note?: string;
  readonly references: string[];
}

/** An .ann file (T, #, N lines) over its .txt: each T line's text is checked against the text at its fragments. */
export function readBrat(ann: string, text: string): BratEntity[] {
  const entities = new Map<string, { id: string; start: number; end: number; text: string; label: string; note?: string; references: string[] }>();
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, middle, rest] = line.split('\t');
    if (id.startsWith('T')) {
      const [label, ...offsets] = middle.split(' ');
      const fragments = offsets.join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(fragments.map(([s, e]) => slice(text, s, e)).join(' '), rest, `brat ${line}`);
      entities.set(id, { id, start: fragments[0][0], end: fragments[fragments.length - 1][1], text: rest, label, references: [] });
    } else if (id.startsWith('#')) {
      const [kind, target] = middle.split(' ');
      assert.equal(kind, 'AnnotatorNotes');
      entities.get(target)!.note = rest;
    } else if (id.startsWith('N')) {
      const [kind, target, reference] = middle.split(' ');
      assert.equal(kind, 'Reference');
      entities.get(target)!.references.push(reference);
    } else assert.fail(`unexpected brat line ${line}`);
  }
  return [...entities.values()];
}

export interface JsonlRecord {
  readonly text: string;
  readonly spans: (ReadSpan & Record<string, unknown>)[];
  readonly meta: { file: string };
}

/** One line per article: spans counted in code points, as Python's str slicing does. */
export function readJsonl(output: string, texts: ReadonlyMap<string, string>): JsonlRecord[] {
  return output.split('\n').filter(Boolean).map((line) => {
    const record = JSON.parse(line) as { text: string; spans: { start: number; end: number; label: string }[]; meta: { file: string } };
    assert.equal(record.text, texts.get(record.meta.file), `text of ${record.meta.file}`);
    return { ...record, spans: record.spans.map((s) => ({ ...s, text: slice(record.text, s.start, s.end) })) };
  });
}

/**
 * CoNLL documents in order; each token is found in the article's text
 * after the previous one (only white space may lie between), which gives
 * its offset, and B-/I- runs are read back as spans.
 */
export function readConll(output: string, texts: readonly string[]): ReadSpan[][] {
  const documents = output.split(/^-DOCSTART- O\n/m).slice(1);
  assert.equal(documents.length, texts.length, 'one -DOCSTART- per article');
  return documents.map((document, i) => {
    const points = [...texts[i]];
    let at = 0;
    const spans: { start: number; end: number; label: string }[] = [];
    assert.ok(document.startsWith('\n'), 'a blank line after -DOCSTART-');
    for (const line of document.split('\n').filter(Boolean)) {
      const parts = line.split(' ');
      assert.equal(parts.length, 2, `"token tag": ${line}`);
      const [token, tag] = parts;
      while (at < points.length && /\s/.test(points[at])) at++;
      const tokenPoints = [...token];
      assert.equal(points.slice(at, at + tokenPoints.length).join(''), token, `token ${token} at ${at}`);
      const start = at;
      at += tokenPoints.length;
      if (tag === 'O') continue;
      const [bio, label] = tag.split('-');
      if (bio === 'B') spans.push({ start, end: at, label });
      else {
        const last = spans[spans.length - 1];
        assert.ok(bio === 'I' && last && last.label === label, `I- continues a span: ${line}`);
        last.end = at;
      }
    }
    assert.ok(points.slice(at).every((c) => /\s/.test(c)), 'every token of the article is written');
    return spans.map((s) => ({ ...s, text: points.slice(s.start, s.end).join('') }));
  });
}
