import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextMap } from '../../src/core/text/offsets';

const RUNS = 1000;

/** Normalised texts (no CR): astral characters, combining marks, line breaks, and lone surrogates. */
const text = fc.oneof(
  fc.array(fc.constantFrom('a', ' ', '\n', '😀', '𝔘', 'e\u0301', 'é', '\ud800', '\udc00', '\u2028'), { maxLength: 80 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }).map((s) => s.replace(/\r/g, '')),
);

describe('offsets: TextMap', () => {
  it('converts code points and UTF-16 on a known text', () => {
    const m = new TextMap('a😀b\n𝔘e\u0301');
    assert.equal(m.length, 7);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => m.toUtf16(i)), [0, 1, 3, 4, 5, 7, 8, 9]);
    assert.equal(m.toCodePoint(2), 1, 'inside a surrogate pair: the character itself');
    assert.deepEqual(m.positionAt(5), { line: 1, character: 2 });
    assert.equal(m.offsetAt({ line: 1, character: 2 }), 5);
    assert.equal(m.slice(4, 7), '𝔘e\u0301');
    assert.equal(m.lineCount, 2);
    assert.deepEqual(m.rangeOf({ start: 1, end: 5 }), { start: { line: 0, character: 1 }, end: { line: 1, character: 2 } });
  });

  it('clamps positions outside the text', () => {
    const m = new TextMap('ab\ncd');
    assert.equal(m.offsetAt({ line: 0, character: 99 }), 2, 'past the end of a line: its end, not the next line');
    assert.equal(m.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(m.offsetAt({ line: -1, character: -1 }), 0);
    assert.deepEqual(m.positionAt(99), { line: 1, character: 2 });
    assert.deepEqual(m.positionAt(-1), { line: 0, character: 0 });
  });

  it(`round-trips code points through UTF-16 (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, (t) => {
        const m = new TextMap(t);
        const cps = Array.from(t);
        assert.equal(m.length, cps.length);
        let utf16 = 0;
        for (let i = 0; i <= cps.length; i++) {
          assert.equal(m.toUtf16(i), utf16);
          assert.equal(m.toCodePoint(utf16), i);
          if (i < cps.length && cps[i].length === 2) assert.equal(m.toCodePoint(utf16 + 1), i);
          utf16 += i < cps.length ? cps[i].length : 0;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`round-trips offsets through line/character positions (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, (t) => {
        const m = new TextMap(t);
        const cps = Array.from(t);
        const lines = t.split('\n');
        assert.equal(m.lineCount, lines.length);
        for (let i = 0; i <= cps.length; i++) {
          const p = m.positionAt(i);
          const before = cps.slice(0, i).join('');
          assert.equal(p.line, before.split('\n').length - 1);
          assert.equal(p.character, before.length - (before.lastIndexOf('\n') + 1));
          assert.equal(m.offsetAt(p), i);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`slices like Array.from (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const m = new TextMap(t);
        const [a, b] = [x % (m.length + 1), y % (m.length + 1)].sort((p, q) => p - q);
        assert.equal(m.slice(a, b), Array.from(t).slice(a, b).join(''));
      }),
      { numRuns: RUNS },
    );
  });
});
