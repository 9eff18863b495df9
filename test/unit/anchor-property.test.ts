// Property tests of re-anchoring on random texts with astral characters,
// combining marks, CRLF and a BOM (normalised first, as every article is).

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { quoteSelector, reanchor } from '../../src/core/annotations';
import type { Annotation } from '../../src/core/model';
import { normalizeText } from '../../src/core/text/normalize';
import { TextMap } from '../../src/core/text/offsets';

const RUNS = 1000;

/** Few distinct pieces, so that quotes and contexts repeat and ambiguity is tested too. */
const piece = fc.constantFrom('a', 'b', ' ', 'Assad', 'al-', '😀', '𝔘', 'e\u0301', 'é', '\r\n', '\r', '\n', '.', 'Kyiv', '’');
const rawText = fc.tuple(fc.boolean(), fc.array(piece, { minLength: 1, maxLength: 60 })).map(([bom, ps]) => (bom ? '\ufeff' : '') + ps.join(''));
const insertion = fc.array(piece, { minLength: 1, maxLength: 20 }).map((ps) => normalizeText(ps.join('')).replace(/^\ufeff/, ''));

interface Case {
  text: string;
  annotation: Annotation;
}

/** A normalised text and an annotation on a non-empty span of it. */
const annotated = rawText
  .map(normalizeText)
  .filter((t) => new TextMap(t).length >= 2)
  .chain((text) => {
    const length = new TextMap(text).length;
    return fc.tuple(fc.constant(text), fc.nat(length - 1), fc.integer({ min: 1, max: 12 })).map(([t, start, n]): Case => {
      const span = { start, end: Math.min(length, start + n) };
      return { text: t, annotation: { id: 'a', ...span, ...quoteSelector(new TextMap(t), span), created: '2026-11-23T10:00:00Z' } };
    });
  });

const codePoints = (s: string): string[] => Array.from(s);

/** Replaces code points [from, to) of `text` with `insert`. */
function edit(text: string, from: number, to: number, insert: string): string {
  const cps = codePoints(text);
  return cps.slice(0, from).join('') + insert + cps.slice(to).join('');
}

/** Edit distance in code points. */
function levenshtein(x: string, y: string): number {
  const [a, b] = [codePoints(x), codePoints(y)];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

describe('anchor: properties', () => {
  it(`anchors every annotation of an unchanged text in place (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(annotated, ({ text, annotation }) => {
        const [r] = reanchor(new TextMap(text), [annotation]);
        assert.deepEqual(r, { annotation, span: { start: annotation.start, end: annotation.end }, status: 'anchored' });
      }),
      { numRuns: RUNS },
    );
  });

  it(`finds the quote at its new place after edits away from it and its context (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(annotated, insertion, fc.nat(), fc.nat(), fc.boolean(), ({ text, annotation: a }, insert, r1, r2, before) => {
        const length = codePoints(text).length;
        const contextStart = a.start - codePoints(a.prefix).length;
        const contextEnd = a.end + codePoints(a.suffix).length;
        // an edit [from, to) entirely before the context or entirely after it
        const [lo, hi] = before ? [0, contextStart] : [contextEnd, length];
        const from = lo + (r1 % (hi - lo + 1));
        const to = from + (r2 % (hi - from + 1));
        const edited = edit(text, from, to, insert);
        const shift = before ? codePoints(insert).length - (to - from) : 0;
        const map = new TextMap(edited);
        const [r] = reanchor(map, [a]);
        const expected = { start: a.start + shift, end: a.end + shift };
        assert.ok(r.span, 'not orphaned');
        if (!before) assert.equal(r.status, 'anchored');
        if (r.span.start !== expected.start) {
          // only another place that the stored quote and context fit as well may be taken instead
          const { start, end } = r.span;
          assert.equal(map.slice(Math.max(0, start - codePoints(a.prefix).length), start), a.prefix);
          assert.equal(map.slice(end, end + codePoints(a.suffix).length), a.suffix);
        }
        assert.equal(map.slice(r.span.start, r.span.end), a.exact);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never drops an annotation whose quote was deleted: orphaned, or on the same or a close quote (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(annotated, fc.option(insertion), fc.nat(), fc.nat(), ({ text, annotation: a }, insert, r1, r2) => {
        const length = codePoints(text).length;
        const from = r1 % (a.start + 1);
        const to = a.end + (r2 % (length - a.end + 1));
        const map = new TextMap(edit(text, from, to, insert ?? ''));
        const results = reanchor(map, [a]);
        assert.equal(results.length, 1);
        const [r] = results;
        assert.equal(r.annotation, a);
        if (r.status === 'orphaned') {
          assert.equal(r.span, undefined);
          return;
        }
        assert.ok(r.span);
        const found = map.slice(r.span.start, r.span.end);
        assert.ok(found === a.exact || levenshtein(found, a.exact) <= a.exact.length / 4, `${JSON.stringify(found)} for ${JSON.stringify(a.exact)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it(`keeps every one of many annotations, in order, through random edits (${RUNS / 2} runs)`, () => {
    const many = annotated.chain(({ text }) => {
      const length = new TextMap(text).length;
      const span = fc.tuple(fc.nat(length), fc.nat(8)).map(([s, n]) => ({ start: s, end: Math.min(length, s + n) }));
      return fc.tuple(fc.constant(text), fc.array(span, { maxLength: 8 }));
    });
    fc.assert(
      fc.property(many, insertion, fc.nat(), ([text, spans], insert, r) => {
        const map = new TextMap(text);
        const annotations = spans.map((s, i): Annotation => ({ id: `a${i}`, ...s, ...quoteSelector(map, s), created: '2026-11-23T10:00:00Z' }));
        const at = r % (map.length + 1);
        const edited = new TextMap(edit(text, at, at, insert));
        const results = reanchor(edited, annotations);
        assert.deepEqual(results.map((x) => x.annotation), annotations);
        for (const x of results) if (x.span) assert.ok(x.span.start <= x.span.end && x.span.end <= edited.length);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
