// The worker pool of the CLI's batch recognition: the same results as this
// thread, and a failure that fails, never hangs.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EMPTY_CATALOG } from '../../src/core/model';
import { parseCatalog } from '../../src/core/catalog';
import { decodeArticle } from '../../src/core/service';
import { inThisThread, RecognitionFailed, RecognizerPool, RecognizerStopped } from '../../src/node/recognizerPool';
import { buildCli } from './support/cli';
import { recognizerData, ROOT, SAMPLE } from './support/corpus';

const WORKER = path.join(ROOT, 'dist', 'recognizeWorker.js');
const FAULTY = path.join(__dirname, 'fixtures', 'faultyWorker.js');

function sampleTexts(): string[] {
  return fs.readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const decoded = decodeArticle(fs.readFileSync(path.join(SAMPLE, f)));
    assert.ok(decoded.ok);
    return decoded.text;
  });
}

describe('recogniser worker pool', function () {
  this.timeout(60000);

  before(() => buildCli());

  it('gives the results of this thread, for texts sent all at once to several workers', async () => {
    const catalog = parseCatalog(fs.readFileSync(path.join(SAMPLE, 'entities.yaml'), 'utf8')).catalog;
    const texts = [...sampleTexts(), ...sampleTexts()].map((t, i) => (i % 2 ? t : t.slice(0, t.length >> 1)));
    const here = inThisThread(recognizerData(), catalog);
    const pool = new RecognizerPool(WORKER, 3, catalog);
    try {
      const published = (i: number) => (i % 3 === 0 ? '2020-02-29' : undefined);
      const expected = await Promise.all(texts.map((t, i) => here.recognize(t, published(i))));
      assert.deepEqual(await Promise.all(texts.map((t, i) => pool.recognize(t, published(i)))), expected);
      assert.ok(expected.some((r) => r.entities.some((e) => e.entity === 'bashar-al-assad')), 'the catalog reached the workers');
    } finally {
      await pool.close();
    }
  });

  it('fails a text whose recognition throws, and goes on with the others', async () => {
    const pool = new RecognizerPool(FAULTY, 2, EMPTY_CATALOG);
    try {
      const outcomes = await Promise.allSettled(['a', 'THROW', 'b'].map((t) => pool.recognize(t)));
      assert.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled']);
      assert.ok((outcomes[1] as PromiseRejectedResult).reason instanceof RecognitionFailed);
    } finally {
      await pool.close();
    }
  });

  for (const fault of ['EXIT', 'CRASH']) {
    it(`fails every waiting and later text when a worker stops (${fault}), rather than hanging`, async () => {
      const pool = new RecognizerPool(FAULTY, 1, EMPTY_CATALOG);
      try {
        // a result posted just before the crash may be lost with the thread, so the first is awaited alone
        assert.ok((await pool.recognize('a')).entities);
        const outcomes = await Promise.allSettled([fault, 'b', 'c'].map((t) => pool.recognize(t)));
        for (const o of outcomes) assert.ok(o.status === 'rejected' && o.reason instanceof RecognizerStopped, String(o.status));
        await assert.rejects(pool.recognize('d'), RecognizerStopped);
      } finally {
        await pool.close();
      }
    });
  }
});
