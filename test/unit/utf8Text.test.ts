import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { TextMap } from '../../src/core/text/offsets';
import { Utf8Text } from '../../src/core/text/utf8Text';
import { keptText, readArticle } from '../../src/core/index/fileReaders';

const RUNS = 500;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const file = (s: string) => ({ kind: 'file' as const, bytes: utf8(s), mtime: 1 });

/** The collector, as bench/timing.ts takes it: a WeakRef's target goes only in a full collection. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Texts as files hold them: valid UTF-8 (no lone surrogate), with curly quotes, accents, astral characters and line breaks. */
const text = fc
  .array(fc.constantFrom('a', ' ', '\n', '’', '“', '—', 'é', '😀', '𝔘', 'e\u0301', '€'), { maxLength: 80 })
  .map((p) => p.join(''));

describe('utf8Text: articles kept as their UTF-8 bytes', () => {
  it('keeps only a text whose string would take two bytes a character', () => {
    assert.ok(Utf8Text.of('It’s', utf8('It’s')), 'a curly quote: beyond Latin-1');
    assert.equal(Utf8Text.of('plain ASCII', utf8('plain ASCII')), undefined);
    assert.equal(Utf8Text.of('café', utf8('café')), undefined, 'Latin-1: one byte a character already');
  });

  it(`answers every lookup as the map over the string does (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const kept = Utf8Text.of(t, utf8(t));
        const [a, b] = [new TextMap(t), new TextMap(kept ?? t)];
        assert.equal(b.text, t);
        assert.equal(b.length, a.length);
        assert.equal(b.lineCount, a.lineCount);
        const [from, to] = [x % (a.length + 2), y % (a.length + 2)].sort((p, q) => p - q);
        assert.equal(b.slice(from, to), a.slice(from, to));
        assert.deepEqual(b.rangeOf({ start: from, end: to }), a.rangeOf({ start: from, end: to }));
        assert.equal(b.offsetAt({ line: 1, character: x % 9 }), a.offsetAt({ line: 1, character: x % 9 }));
      }),
      { numRuns: RUNS },
    );
  });

  it('makes the text again once the collector has taken it', () => {
    const gc = collector();
    const kept = Utf8Text.of('“Yes,” she said.\nIt’s 20 €.', utf8('“Yes,” she said.\nIt’s 20 €.'))!;
    gc();
    gc();
    assert.equal(kept.text, '“Yes,” she said.\nIt’s 20 €.');
    assert.equal(kept.text, kept.text, 'one copy while it is in use');
  });

  it('counts a text kept as UTF-8 as loaded: the index does not load it again on every lookup', () => {
    const kept = Utf8Text.of('It’s here', utf8('It’s here'))!;
    assert.equal(new TextMap(kept).loaded, true);
    assert.equal(new TextMap(() => 'It’s here').loaded, false, 'a map given a loader, not asked yet');
  });

  it('owns its bytes: a view of a larger buffer is copied', () => {
    const gc = collector();
    const big = new Uint8Array(1000);
    big.set(utf8('x’y'), 10);
    const kept = Utf8Text.of('x’y', big.subarray(10, 15))!;
    big.fill(0);
    gc();
    assert.equal(kept.text, 'x’y');
  });

  it('keeps the bytes of an article read as it is, not of one normalised on reading', () => {
    const read = (s: string) => readArticle('file:///a.txt', file(s), 1e6);
    const asIs = read('It’s here.\n');
    assert.ok('text' in asIs && asIs.utf8, 'the bytes are the text');
    for (const s of ['\ufeffIt’s here.\n', 'It’s here.\r\n', 'It’s\rhere.']) {
      const r = read(s);
      assert.ok('text' in r);
      assert.equal(r.utf8, undefined, JSON.stringify(s));
      assert.equal(keptText(r).text, s.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
    }
    assert.ok('text' in asIs);
    assert.equal(keptText(asIs).text, 'It’s here.\n');
  });
});
