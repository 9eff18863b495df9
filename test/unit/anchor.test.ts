import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newAnnotationId, quoteSelector, reanchor } from '../../src/core/annotations';
import type { Annotation, Span } from '../../src/core/model';
import { normalizeText } from '../../src/core/text/normalize';
import { TextMap } from '../../src/core/text/offsets';

const ARTICLE = normalizeText(fs.readFileSync(path.join(__dirname, '../../sample-corpus/000_8c67307d6b1f2411.txt'), 'utf8'));
const map = new TextMap(ARTICLE);

function annotate(text: TextMap, span: Span, id = 'a7f3k2'): Annotation {
  return { id, ...span, ...quoteSelector(text, span), created: '2026-11-23T10:00:00Z' };
}

function spanOf(text: string, quote: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, quote);
  const m = new TextMap(text);
  return { start: m.toCodePoint(at), end: m.toCodePoint(at + quote.length) };
}

function only(text: string, a: Annotation) {
  const [result] = reanchor(new TextMap(text), [a]);
  assert.equal(result.annotation, a, 'the annotation itself is kept');
  return result;
}

const faysalSpan = spanOf(ARTICLE, 'Faysal Mikdad');
const faysal = annotate(map, faysalSpan);

describe('anchor: quoteSelector', () => {
  it('quotes the span with 32 code points of context, as DESIGN.md shows', () => {
    assert.deepEqual(faysalSpan, { start: 367, end: 380 });
    assert.deepEqual(quoteSelector(map, faysalSpan), {
      exact: 'Faysal Mikdad',
      prefix: ' that Syria’s Foreign Minister, ',
      suffix: ', will be meeting with the Forei',
    });
  });

  it('counts context in code points and stops at the ends of the text', () => {
    const t = new TextMap('😀é e\u0301 Assad 𝔘');
    assert.deepEqual(quoteSelector(t, { start: 6, end: 11 }), { exact: 'Assad', prefix: '😀é e\u0301 ', suffix: ' 𝔘' });
  });
});

describe('anchor: reanchor', () => {
  it('stage 1: keeps an annotation whose quote is still at its position', () => {
    const edited = ARTICLE + '\nA paragraph added at the end.';
    assert.deepEqual(only(edited, faysal), { annotation: faysal, span: faysalSpan, status: 'anchored' });
  });

  it('stage 2: moves to the quote when text was inserted before it', () => {
    const inserted = 'EDITOR’S NOTE: updated 18 October 😀.\n';
    const result = only(inserted + ARTICLE, faysal);
    assert.equal(result.status, 'moved');
    assert.deepEqual(result.span, { start: faysalSpan.start + [...inserted].length, end: faysalSpan.end + [...inserted].length });
  });

  it('stage 2: picks the identical quote whose context agrees, not the nearest one', () => {
    // "Donetsk People’s Republic" is in the title (0) and in the body (1); annotate the body one
    const body = annotate(map, spanOf(ARTICLE, 'Donetsk People’s Republic', 1));
    // cutting 300 characters of the lead puts the body occurrence nearer to the title's old position
    const cut = ARTICLE.slice(0, 100) + ARTICLE.slice(400);
    assert.deepEqual(only(cut, body).span, spanOf(cut, 'Donetsk People’s Republic', 1));
    assert.equal(only(cut, body).status, 'moved');
  });

  it('stage 2: without context to tell them apart, takes the nearest identical quote', () => {
    const a: Annotation = { id: 'a', start: 12, end: 17, exact: 'Assad', prefix: 'ab ', suffix: ' ab', created: '2026-11-23T10:00:00Z' };
    assert.equal(only('ab Assad ab Assad ab Assad ab', a).status, 'anchored');
    // occurrences at 7, 16 and 25: 16 is nearest to 12
    assert.deepEqual(only('XXX ab Assad ab Assad ab Assad ab', a), { annotation: a, span: { start: 16, end: 21 }, status: 'moved' });
  });

  it('stage 3: follows a quote whose spelling was corrected', () => {
    const edited = ('Breaking. ' + ARTICLE).replace('Faysal Mikdad', 'Faisal Mekdad');
    const result = only(edited, faysal);
    assert.equal(result.status, 'moved');
    assert.deepEqual(result.span, spanOf(edited, 'Faisal Mekdad'));
  });

  it('stage 3: rejects a similar quote in a different context', () => {
    const text = 'Sources told Russian media on 16 October that Faysal Mikdad will travel.';
    const a = annotate(new TextMap(text), spanOf(text, 'Faysal Mikdad'));
    const elsewhere = 'Sources told Russian media on 16 October that the minister will travel. Weather: Faysal Mikdid came to town.';
    const found = only(elsewhere, a);
    assert.equal(found.status, 'orphaned');
    assert.equal(found.span, undefined);
    assert.equal(found.candidate && elsewhere.slice(found.candidate.start, found.candidate.end), 'Faysal Mikdid', 'offered as a place to re-attach');
  });

  it('orphans, but keeps, an annotation whose quote is gone', () => {
    const edited = ARTICLE.replace('Sources told Russian media on 16 October that Syria’s Foreign Minister, Faysal Mikdad, ', '');
    assert.deepEqual(only(edited, faysal), { annotation: faysal, status: 'orphaned' });
  });

  it('orphans an annotation past the end of an emptied text', () => {
    assert.equal(only('', faysal).status, 'orphaned');
  });

  it('returns code point spans over astral characters and combining marks', () => {
    const text = 'Assad met 😀 e\u0301 𝔘 Bashar al-Assad in Damascus.';
    const a = annotate(new TextMap(text), spanOf(text, 'Bashar al-Assad'));
    const edited = '𝔘𝔘😀 ' + text;
    const result = only(edited, a);
    assert.deepEqual(result.span, { start: a.start + 4, end: a.end + 4 });
    assert.equal(new TextMap(edited).slice(result.span!.start, result.span!.end), 'Bashar al-Assad');
  });

  it('keeps every annotation, in order', () => {
    const annotations = [faysal, annotate(map, spanOf(ARTICLE, 'Natalia Nikonorova'), 'b1'), { ...faysal, id: 'c1', exact: 'nowhere to be found' }];
    const results = reanchor(map, annotations);
    assert.deepEqual(results.map((r) => [r.annotation.id, r.status]), [['a7f3k2', 'anchored'], ['b1', 'anchored'], ['c1', 'orphaned']]);
  });

  it('is fast enough for a long article with many annotations', () => {
    const long = normalizeText(Array.from({ length: 40 }, () => ARTICLE).join('\n'));
    const longMap = new TextMap(long);
    const annotations = Array.from({ length: 200 }, (_, i) => annotate(longMap, { start: i * 500, end: i * 500 + 12 }, `a${i}`));
    const edited = new TextMap('Inserted at the top.\n' + long.replace(/Damascus/g, 'Dimashq'));
    const t0 = Date.now();
    const results = reanchor(edited, annotations);
    assert.ok(Date.now() - t0 < 2000, `${Date.now() - t0} ms`);
    assert.equal(results.length, 200);
  });
});

describe('anchor: newAnnotationId', () => {
  it('makes 6-character ids that start with a letter', () => {
    for (let i = 0; i < 200; i++) assert.match(newAnnotationId(new Set(), Math.random), /^[a-z][a-z0-9]{5}$/);
  });

  it('never returns a taken id, even from a poor random source', () => {
    const taken = new Set<string>();
    const stuck = (): number => 0;
    for (let i = 0; i < 5; i++) taken.add(newAnnotationId(taken, stuck));
    assert.deepEqual([...taken], ['aaaaaa', 'aaaaaaa', 'aaaaaaaa', 'aaaaaaaaa', 'aaaaaaaaaa']);
  });
});
