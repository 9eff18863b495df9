// `recognize PATH...` without a corpus index (issue 11): on a worker pool or
// in this thread, the records the corpus index gives, in path order; an
// article that cannot be read, or a worker that stops, is reported and
// decides the exit code.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EMPTY_CATALOG } from '../../src/core/model';
import { locateCorpus, openCorpus, type LocatedCorpus } from '../../src/cli/corpus';
import { toRecord } from '../../src/cli/jsonl';
import { readCatalog, recognizeFiles } from '../../src/cli/recognizeFiles';
import { inThisThread, RecognizerPool, workersFor, type TextRecognizer } from '../../src/node/recognizerPool';
import { buildCli } from './support/cli';
import { recognizerData, ROOT, SAMPLE } from './support/corpus';

const WORKER = path.join(ROOT, 'dist', 'recognizeWorker.js');
const FAULTY = path.join(__dirname, 'fixtures', 'faultyWorker.js');
const EVAL = path.resolve(ROOT, '../shared/data/eval');
const MAX = 5 * 1024 * 1024;

interface Printed {
  readonly failed: boolean;
  readonly out: string[];
  readonly err: string[];
}

async function located(dir: string): Promise<LocatedCorpus> {
  return locateCorpus({ paths: [dir], err: (line) => assert.fail(line) });
}

async function print(corpus: LocatedCorpus, recognizer: (catalog: typeof EMPTY_CATALOG) => TextRecognizer, window: number): Promise<Printed> {
  const out: string[] = [];
  const err: string[] = [];
  const { catalog } = readCatalog(corpus, (line) => err.push(line));
  const used = recognizer(catalog ?? EMPTY_CATALOG);
  try {
    const failed = await recognizeFiles(corpus, used, { maxFileSize: MAX, window, out: (line) => void out.push(line), err: (line) => void err.push(line) });
    return { failed, out, err };
  } finally {
    await used.close();
  }
}

const pool = (size: number, script = WORKER) => (catalog: typeof EMPTY_CATALOG) => new RecognizerPool(script, size, catalog);
const here = (catalog: typeof EMPTY_CATALOG) => inThisThread(recognizerData(), catalog);

describe('recognize PATH... without a corpus index', function () {
  this.timeout(60000);
  let dir: string;

  before(() => buildCli());

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-files-'));
    fs.cpSync(SAMPLE, dir, { recursive: true });
    const names = fs.readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort();
    // a sidecar that sets the publication date, and one whose annotation is orphaned
    fs.writeFileSync(path.join(dir, `${names[0]}.annotations.yaml`), `version: 1\nsource: ${names[0]}\npublished: 2021-01-02\nannotations: []\n`);
    fs.writeFileSync(
      path.join(dir, `${names[1]}.annotations.yaml`),
      `version: 1\nsource: ${names[1]}\nannotations:\n  - id: abc123\n    start: 5\n    end: 12\n    exact: Nowhere in this text\n    prefix: ""\n    suffix: ""\n    created: 2026-11-23T10:00:00Z\n`,
    );
    // real articles of other lengths, some in a subfolder, so workers finish out of order
    const texts = fs.existsSync(EVAL)
      ? fs.readFileSync(path.join(EVAL, fs.readdirSync(EVAL).filter((f) => f.endsWith('.jsonl')).sort()[0]), 'utf8')
          .split('\n').filter(Boolean).slice(0, 40).map((l) => (JSON.parse(l) as { text: string }).text)
      : [];
    fs.mkdirSync(path.join(dir, 'sub'));
    texts.forEach((text, i) => fs.writeFileSync(path.join(dir, i % 2 ? 'sub' : '', `eval-${String(i).padStart(2, '0')}.txt`), text));
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints, on a pool or in this thread, the records of the corpus index, in path order', async () => {
    const corpus = await located(dir);
    const indexed = await openCorpus({ paths: [dir], maxFileSize: MAX, data: recognizerData, err: () => undefined });
    const expected = indexed.found.files.flatMap((f) => {
      const analysis = indexed.service.analysis(f.absolute);
      return analysis ? [toRecord({ file: f.display }, analysis)] : [];
    });
    assert.ok(expected.length >= 5 && expected[0].includes('"published":"2021-01-02"'));
    const onPool = await print(corpus, pool(3), 2);
    assert.deepEqual(onPool.out, expected);
    assert.deepEqual(onPool.out.map((l) => (JSON.parse(l) as { file: string }).file), corpus.found.files.map((f) => f.display));
    assert.match(onPool.err.join('\n'), /Orphaned annotation “Nowhere in this text”/);
    assert.equal(onPool.failed, false, 'an orphan is a warning');
    assert.deepEqual(await print(corpus, here, 1), onPool);
  });

  it('reports an article that became a folder or a FIFO after it was listed, and prints the rest', async () => {
    const corpus = await located(dir);
    const [first, second] = corpus.found.files;
    fs.rmSync(first.absolute);
    fs.mkdirSync(first.absolute);
    fs.rmSync(second.absolute);
    execFileSync('mkfifo', [second.absolute]);
    const printed = await print(corpus, pool(2), 4);
    assert.equal(printed.failed, true);
    assert.equal(printed.out.length, corpus.found.files.length - 2);
    assert.match(printed.err.join('\n'), new RegExp(`^corpus-lens: ${first.display}:1:1: Skipped: .*it is a folder`, 'm'));
    assert.match(printed.err.join('\n'), new RegExp(`^corpus-lens: ${second.display}:1:1: Skipped: .*not a regular file`, 'm'));
  });

  it('reports an article whose recognition failed, and prints the rest', async () => {
    fs.writeFileSync(path.join(dir, 'aaa.txt'), 'THROW');
    const corpus = await located(dir);
    const printed = await print(corpus, pool(2, FAULTY), 2);
    assert.equal(printed.failed, true);
    assert.equal(printed.out.length, corpus.found.files.length - 1);
    assert.ok(printed.err.includes(`corpus-lens: ${path.join(dir, 'aaa.txt')}: not recognised: failed on purpose`), printed.err.join('\n'));
  });

  it('stops with a message and a failure when a worker stops, rather than hanging', async () => {
    fs.writeFileSync(path.join(dir, 'zzz.txt'), 'EXIT');
    const corpus = await located(dir);
    const printed = await print(corpus, pool(1, FAULTY), 3);
    assert.equal(printed.failed, true);
    assert.ok(printed.out.length < corpus.found.files.length);
    assert.match(printed.err.join('\n'), /^corpus-lens: a recogniser worker stopped \(exit code 3\)$/m);
  });

  it('starts workers only where two fit beside the reading thread, and only for enough articles', () => {
    assert.equal(workersFor(2000, 2), 0); // a 2-vCPU machine: one thread is faster
    assert.equal(workersFor(2000, 3), 2);
    assert.equal(workersFor(2000, 8), 7);
    assert.equal(workersFor(250, 8), 2);
    assert.equal(workersFor(150, 8), 0);
  });
});
