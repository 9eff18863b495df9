// The export writers as pure functions, on the cases the CLI tests do not
// reach: names inside longer tokens, spans over line breaks, overlapping
// spans, CSV fields that need quoting, brat notes with line breaks, and the
// brat, JSONL and W3C readers of the import on what the writers wrote.

import * as assert from 'node:assert/strict';
import { conllDocument } from '../../src/core/export/conll';
import {
  exportPieces,
  readBratAnn,
  readJsonlLine,
  readW3c,
  type ExportArticle,
  type ExportSpan,
} from '../../src/core/service';

function span(text: string, exact: string, fields: Partial<ExportSpan> = {}, nth = 0): ExportSpan {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  const start = [...text.slice(0, at)].length;
  const end = start + [...exact].length;
  const points = [...text];
  return {
    start, end, text: exact, type: 'person', source: 'annotation',
    prefix: points.slice(Math.max(0, start - 32), start).join(''), suffix: points.slice(end, end + 32).join(''), ...fields,
  };
}

function article(text: string, spans: ExportSpan[]): ExportArticle {
  return { path: 'a/b.md', text, spans, orphans: 0 };
}

const piecesOf = (format: Parameters<typeof exportPieces>[0], a: ExportArticle, includeRecognized = false) =>
  [...exportPieces(format, [a], { includeRecognized, warn: () => undefined })];

describe('export writers', () => {
  it('conll: a name inside a longer token is split out, and a possessive stays O', () => {
    const text = "Assad's envoy met al-Assad.\nPutin spoke.";
    const a = article(text, [span(text, 'Assad'), span(text, 'al-Assad'), span(text, 'Putin')]);
    const { text: conll, overlapping } = conllDocument(a);
    assert.equal(overlapping, 0);
    assert.equal(conll, ['-DOCSTART- O', '', 'Assad B-PER', "'s O", 'envoy O', 'met O', 'al-Assad B-PER', '. O', '', 'Putin B-PER', 'spoke O', '. O', '', ''].join('\n'));
  });

  it('conll: an overlapping span is counted and left out; a name over a line break stays one sentence', () => {
    const text = 'The Donetsk\nPeople’s Republic said so.';
    const whole = span(text, 'Donetsk\nPeople’s Republic', { type: 'location' });
    const inner = span(text, 'Republic', { type: 'organization' });
    const { text: conll, overlapping } = conllDocument(article(text, [whole, inner]));
    assert.equal(overlapping, 1);
    assert.match(conll, /^The O\nDonetsk B-LOC\nPeople’s I-LOC\nRepublic I-LOC\nsaid O\n/m);
  });

  it('brat: a span over a line break is one fragment per line; notes keep line breaks and backslashes', () => {
    const text = 'The Donetsk\nPeople’s Republic said so.';
    const s = span(text, 'Donetsk\nPeople’s Republic', { type: 'location', note: 'two\nlines \\ one slash', entity: 'donetsk-peoples-republic', wikidata: 'Q16150196' });
    const [, ann] = piecesOf('brat', article(text, [s]));
    assert.equal(ann.file, 'a/b.ann');
    assert.equal(ann.text.split('\n')[0], 'T1\tLocation 4 11;12 29\tDonetsk People’s Republic');
    const [read] = readBratAnn(ann.text, text);
    assert.deepEqual([read.start, read.end, read.exact, read.note, read.entity, read.wikidata], [4, 29, 'Donetsk\nPeople’s Republic', 'two\nlines \\ one slash', 'donetsk-peoples-republic', 'Q16150196']);
  });

  it('csv: RFC 4180 quoting, CRLF, tags joined with ;, the source column only when asked', () => {
    const text = 'Faysal Mikdad spoke.';
    const a = article(text, [span(text, 'Faysal Mikdad', { note: 'said "no", then,\nleft', tags: ['a', 'b'], entity: 'faysal-mikdad', created: '2026-11-23T10:00:00Z' })]);
    const [header, rows] = piecesOf('csv', a).map((p) => p.text);
    assert.equal(header, 'article,start,end,text,type,entity,note,tags,created\r\n');
    assert.equal(rows, 'a/b.md,0,13,Faysal Mikdad,person,faysal-mikdad,"said ""no"", then,\nleft",a;b,2026-11-23T10:00:00Z\r\n');
    assert.match(piecesOf('csv', a, true)[0].text, /,source\r\n$/);
  });

  it('jsonl and w3c: what the import reads back is what was written, astral characters counted once (a flag is two)', () => {
    const text = '𝔘 Faysal Mikdad and 🇸🇾 Putin.';
    const spans = [span(text, 'Faysal Mikdad', { id: 'a1', entity: 'faysal-mikdad', note: 'n', tags: ['t'] }), span(text, 'Putin', { source: 'recognized', type: 'person' })];
    const a = article(text, spans);
    const jsonl = readJsonlLine(piecesOf('jsonl', a)[0].text, 1);
    assert.equal(jsonl.path, 'a/b.md');
    assert.deepEqual(jsonl.spans.map((s) => [s.start, s.end, s.exact, s.id, s.entity, s.note, s.recognized]), [
      [2, 15, 'Faysal Mikdad', 'a1', 'faysal-mikdad', 'n', false],
      [23, 28, 'Putin', undefined, undefined, undefined, true],
    ]);
    const [w3c] = readW3c(JSON.parse(piecesOf('w3c', a)[0].text));
    assert.deepEqual(w3c.spans.map((s) => [s.start, s.end, s.exact, s.prefix, s.id, s.entity, s.type, s.note, s.tags, s.recognized]), [
      [2, 15, 'Faysal Mikdad', '𝔘 ', 'a1', 'faysal-mikdad', 'person', 'n', ['t'], false],
      [23, 28, 'Putin', '𝔘 Faysal Mikdad and 🇸🇾 ', undefined, undefined, 'person', undefined, undefined, true],
    ]);
  });
});
