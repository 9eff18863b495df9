import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { decodeArticle, normalizeText } from '../../src/core/text/normalize';
import { sha256Hex } from '../../src/core/text/sha256';

const RUNS = 1000;
const ARTICLE_BYTES = fs.readFileSync(path.join(__dirname, '../../sample-corpus/000_8c67307d6b1f2411.txt'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('normalize: normalizeText and decodeArticle', () => {
  it('removes a leading BOM and turns CRLF and lone CR into LF', () => {
    assert.equal(normalizeText('\ufeffa\r\nb\rc\n\r\nd'), 'a\nb\nc\n\nd');
    assert.equal(normalizeText('a\ufeff'), 'a\ufeff', 'only a leading BOM');
    assert.equal(normalizeText('\ufeff\ufeffa'), 'a', 'idempotent even for a doubled BOM');
  });

  it('gives a CRLF + BOM checkout the same text as its LF twin', () => {
    const lf = decodeArticle(ARTICLE_BYTES);
    const crlf = decodeArticle(utf8('\ufeff' + ARTICLE_BYTES.toString('utf8').replace(/\n/g, '\r\n')));
    assert.ok(lf.ok && crlf.ok);
    assert.equal(crlf.text, lf.text);
  });

  it('refuses bytes that are not UTF-8 rather than half-read them', () => {
    assert.deepEqual(decodeArticle(new Uint8Array([0x61, 0xff, 0x62])), { ok: false, reason: 'not valid UTF-8' });
    assert.deepEqual(decodeArticle(new Uint8Array([0xe2, 0x82])), { ok: false, reason: 'not valid UTF-8' });
  });

  it(`is idempotent, leaves no CR, and agrees with decodeArticle (${RUNS} runs)`, () => {
    const raw = fc.tuple(fc.boolean(), fc.string({ unit: fc.constantFrom('a', '\r', '\n', '\r\n', '😀', 'e\u0301', '\ufeff') })).map(([bom, s]) => (bom ? '\ufeff' : '') + s);
    fc.assert(
      fc.property(raw, (s) => {
        const n = normalizeText(s);
        assert.equal(normalizeText(n), n);
        assert.ok(!n.includes('\r'));
        const decoded = decodeArticle(utf8(s));
        assert.ok(decoded.ok);
        // the decoder drops one BOM before normalizeText sees the text, as VS Code does when it opens the file
        assert.equal(decoded.text, normalizeText(s.replace(/^\ufeff/, '')));
        assert.equal(decoded.text, n);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('normalize: sha256Hex', () => {
  it('hashes the UTF-8 bytes', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it(`agrees with node:crypto on random text (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        assert.equal(sha256Hex(s), createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: RUNS },
    );
  });

  it('is the same for the CRLF and LF checkouts of an article once normalised', () => {
    const lf = normalizeText(ARTICLE_BYTES.toString('utf8'));
    const crlf = normalizeText('\ufeff' + ARTICLE_BYTES.toString('utf8').replace(/\n/g, '\r\n'));
    assert.equal(sha256Hex(crlf), sha256Hex(lf));
    assert.match(sha256Hex(lf), /^[0-9a-f]{64}$/);
  });
});
