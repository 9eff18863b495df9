// The built CLI on odd files (issue 9, items 5 and 10): each fault is a
// message on stderr under the path as the user typed it, the rest is still
// printed, nothing hangs or reads a huge file, and the exit code tells.

import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SAMPLE } from './support/corpus';
import { workersFor } from '../../src/node/recognizerPool';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const ARTICLE = fs.readFileSync(path.join(SAMPLE, '000_8c67307d6b1f2411.txt'));
/** A spawned CLI that has not finished by then is hanging. */
const TIMEOUT_MS = 15000;
const TIME = '/usr/bin/time';

interface Run {
  readonly code: number | null;
  readonly records: Record<string, unknown>[];
  readonly stderr: string;
}

let dir: string;

function finished(r: SpawnSyncReturns<string>): Run {
  assert.equal(r.error, undefined, `the CLI did not finish: ${r.error?.message}`);
  assert.equal(r.signal, null, 'the CLI was killed (it hung)');
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'a stack trace is no message');
  return { code: r.status, records: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: r.stderr };
}

function run(args: readonly string[], input?: string | Buffer, command: readonly string[] = []): Run {
  const [file, ...rest] = [...command, process.execPath, CLI, ...args];
  return finished(spawnSync(file, rest, { cwd: dir, input, encoding: 'utf8', timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 }));
}

/**
 * Root reads any file whatever its mode: then the CLI runs as nobody. A
 * test that cannot make a file unreadable must fail, not pass.
 */
function asAnotherUser(): string[] {
  if (process.getuid?.() !== 0) return [];
  assert.ok(fs.existsSync('/usr/bin/setpriv'), 'running as root without setpriv: cannot make a file unreadable');
  return ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
}

/** The largest resident memory of the CLI in MB, measured by GNU time. */
function peakMB(args: readonly string[], input?: string | Buffer): { run: Run; mb: number } {
  assert.ok(fs.existsSync(TIME), `${TIME} is needed to measure memory`);
  const out = path.join(dir, 'time.txt');
  const result = run(args, input, [TIME, '-f', '%M', '-o', out]);
  return { run: result, mb: Number(fs.readFileSync(out, 'utf8').trim().split('\n').pop()) / 1024 };
}

function corpus(files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
}

const jsonl = (...lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';

describe('corpus-lens recognize on odd files (the built CLI)', function () {
  this.timeout(30000);

  before(() => {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT });
  });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-faults-'));
    // the CLI may run as another user, who must reach the files
    fs.chmodSync(dir, 0o755);
    corpus({ 'corpus/a.txt': ARTICLE, 'corpus/b.txt': ARTICLE });
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('files and folders', () => {
    it('reports an unreadable sidecar, catalog, article and subfolder under the path given, and prints the rest', () => {
      corpus({
        'corpus/a.txt.annotations.yaml': 'version: 1\nannotations: []\n',
        'corpus/entities.yaml': 'version: 1\nentities: []\n',
        'corpus/c.txt': ARTICLE,
        'corpus/sub/d.txt': ARTICLE,
      });
      for (const file of ['a.txt.annotations.yaml', 'entities.yaml', 'c.txt', 'sub']) fs.chmodSync(path.join(dir, 'corpus', file), 0);
      const { code, records, stderr } = run(['recognize', 'corpus'], undefined, asAnotherUser());
      // not root: the folder must be listable again to be removed
      fs.chmodSync(path.join(dir, 'corpus/sub'), 0o755);
      assert.equal(code, 1);
      assert.deepEqual(records.map((r) => r.file), ['corpus/a.txt', 'corpus/b.txt']);
      assert.match(stderr, /^corpus-lens: corpus\/a\.txt\.annotations\.yaml:1:1: .*permission denied \(EACCES\)/m);
      assert.match(stderr, /^corpus-lens: corpus\/entities\.yaml:1:1: .*permission denied \(EACCES\)/m);
      assert.match(stderr, /^corpus-lens: corpus\/c\.txt:1:1: Skipped: .*permission denied \(EACCES\)/m);
      assert.match(stderr, /^corpus-lens: corpus\/sub: folder not searched: permission denied \(EACCES\)$/m);
    });

    it('reports a folder named like a sidecar or like the catalog, and a --catalog that is a folder or missing', () => {
      fs.mkdirSync(path.join(dir, 'corpus/a.txt.annotations.yaml'));
      fs.mkdirSync(path.join(dir, 'corpus/entities.yaml'));
      const found = run(['recognize', 'corpus/']);
      assert.equal(found.code, 1);
      assert.deepEqual(found.records.map((r) => r.file), ['corpus/a.txt', 'corpus/b.txt']);
      assert.match(found.stderr, /^corpus-lens: corpus\/a\.txt\.annotations\.yaml:1:1: .*it is a folder/m);
      assert.match(found.stderr, /^corpus-lens: corpus\/entities\.yaml:1:1: .*it is a folder/m);

      const folder = run(['recognize', 'corpus/b.txt', '--catalog', './corpus/entities.yaml']);
      assert.equal(folder.code, 1);
      assert.equal(folder.records.length, 1);
      assert.match(folder.stderr, /^corpus-lens: \.\/corpus\/entities\.yaml:1:1: .*it is a folder/m);

      const missing = run(['recognize', 'corpus/b.txt', '--catalog', 'nowhere.yaml']);
      assert.equal(missing.code, 1);
      assert.equal(missing.records.length, 1);
      assert.match(missing.stderr, /^corpus-lens: nowhere\.yaml: no such catalog$/m);
    });

    it('decides failure by the kind of problem, not by its wording', () => {
      // a sidecar that does not parse was not used: failure, though its message does not start "Skipped"
      corpus({ 'corpus/a.txt.annotations.yaml': 'version: 1\nannotations: [\n' });
      const broken = run(['recognize', 'corpus']);
      assert.equal(broken.code, 1);
      assert.match(broken.stderr, /^corpus-lens: corpus\/a\.txt\.annotations\.yaml:\d+:\d+: Annotations not loaded/m);
      assert.doesNotMatch(broken.stderr, /Skipped/);
      // a warning (a sha256 that is not one) is shown, but the sidecar was read
      corpus({ 'corpus/a.txt.annotations.yaml': 'version: 1\nsource: a.txt\nsha256: nope\nannotations: []\n' });
      const warned = run(['recognize', 'corpus']);
      assert.match(warned.stderr, /sha256/, 'the warning is shown');
      assert.equal(warned.code, 0);
    });

    it('reports a FIFO and /dev/zero named on the command line without opening them, and goes on', () => {
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      const { code, records, stderr } = run(['recognize', 'pipe.txt', '/dev/zero', 'corpus/a.txt']);
      assert.equal(code, 1);
      assert.deepEqual(records.map((r) => r.file), ['corpus/a.txt']);
      assert.match(stderr, /^corpus-lens: pipe\.txt: not a regular file/m);
      assert.match(stderr, /^corpus-lens: \/dev\/zero: not a regular file/m);
    });

    it('passes over a FIFO under a folder, and reports broken symbolic links', () => {
      execFileSync('mkfifo', [path.join(dir, 'corpus/pipe.txt')]);
      assert.equal(run(['recognize', 'corpus']).code, 0);
      fs.symlinkSync('gone.txt', path.join(dir, 'corpus/link.txt'));
      const { code, records, stderr } = run(['recognize', 'corpus', 'corpus/link.txt']);
      assert.equal(code, 1);
      assert.deepEqual(records.map((r) => r.file), ['corpus/a.txt', 'corpus/b.txt']);
      assert.match(stderr, /^corpus-lens: corpus\/link\.txt: a symbolic link to a file that does not exist$/m);
      assert.equal(stderr.match(/link\.txt/g)?.length, 2, 'once found under the folder, once given');
    });

    it('skips a 1.5 GB sparse article by its size, without reading it', () => {
      fs.writeFileSync(path.join(dir, 'corpus/huge.txt'), '');
      fs.truncateSync(path.join(dir, 'corpus/huge.txt'), 1.5 * 1024 ** 3);
      const { run: result, mb } = peakMB(['recognize', 'corpus']);
      assert.equal(result.code, 1);
      assert.deepEqual(result.records.map((r) => r.file), ['corpus/a.txt', 'corpus/b.txt']);
      assert.match(result.stderr, /^corpus-lens: corpus\/huge\.txt:1:1: Skipped: 1536\.0 MB is larger than the size limit/m);
      assert.ok(mb < 300, `peak memory ${mb} MB`);
    });

    it('reports a recogniser worker that stops, with exit code 1, rather than hanging', function () {
      // under three cores the CLI recognises in its own thread (recognizerPool.ts workersFor); the
      // pool's own handling of a stopped worker is tested in cli-recognizeFiles.test.ts on any machine
      if (workersFor(200, os.availableParallelism()) === 0) this.skip();
      // the built CLI beside a worker that dies on its first text; 200 articles, so workers are used
      const dist = path.join(dir, 'dist');
      fs.cpSync(path.join(ROOT, 'dist'), dist, { recursive: true });
      fs.writeFileSync(path.join(dist, 'recognizeWorker.js'), "require('node:worker_threads').parentPort.once('message', () => process.exit(3));\n");
      for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, 'corpus', `c${i}.txt`), ARTICLE);
      const { code, stderr } = finished(
        spawnSync(process.execPath, [path.join(dist, 'cli.js'), 'recognize', 'corpus'], { cwd: dir, encoding: 'utf8', timeout: TIMEOUT_MS, killSignal: 'SIGKILL' }),
      );
      assert.equal(code, 1);
      assert.match(stderr, /^corpus-lens: a recogniser worker stopped \(exit code 3\)$/m);
    });

    it('exits 2 on a bad --max-file-size, and skips an article over a given one', () => {
      assert.equal(run(['recognize', 'corpus', '--max-file-size', 'lots']).code, 2);
      assert.equal(run(['recognize', '--input-jsonl', '']).code, 2);
      const small = run(['recognize', 'corpus/a.txt', '--max-file-size', '1024']);
      assert.equal(small.code, 1);
      assert.match(small.stderr, /^corpus-lens: corpus\/a\.txt:1:1: Skipped: .* larger than the size limit.* Raise the limit with --max-file-size\.$/m);
      assert.doesNotMatch(small.stderr, /corpusLens\.maxFileSize/, 'the VS Code setting means nothing on the command line');
    });
  });

  describe('--input-jsonl', () => {
    const text = 'Putin spoke on Thursday.';

    it('skips a line that is not valid UTF-8, with its line number', () => {
      const input = Buffer.concat([Buffer.from(jsonl({ id: 1, text })), Buffer.from('{"id":2,"text":"caf\xe9"}\n', 'latin1'), Buffer.from(jsonl({ id: 3, text }))]);
      const { code, records, stderr } = run(['recognize', '--input-jsonl', '-'], input);
      assert.equal(code, 1);
      assert.deepEqual(records.map((r) => r.id), [1, 3]);
      assert.match(stderr, /^corpus-lens: <stdin>:2: skipped: the line is not valid UTF-8/m);
    });

    it('skips a line that is not JSON, or has no string "text", and prints the others in order', () => {
      const { code, records, stderr } = run(['recognize', '--input-jsonl', '-'], jsonl({ id: 1, text }, '{bad', { id: 3 }, 'null', '', { id: 6, text: 42 }, { id: 7, text }));
      assert.equal(code, 1);
      assert.deepEqual(records.map((r) => r.id), [1, 7]);
      assert.match(stderr, /^corpus-lens: <stdin>:2: skipped: the line is not valid JSON/m);
      for (const line of [3, 4, 6]) assert.match(stderr, new RegExp(`^corpus-lens: <stdin>:${line}: skipped: .*string "text"`, 'm'));
      assert.doesNotMatch(stderr, /<stdin>:5:/, 'a blank line is no record and no fault');
    });

    it('skips a line over the size limit without holding it, and goes on', () => {
      const over = JSON.stringify({ id: 2, text: 'x'.repeat(200) });
      const limit = run(['recognize', '--input-jsonl', '-', '--max-file-size', '100'], jsonl({ id: 1, text }, over, { id: 3, text }));
      assert.equal(limit.code, 1);
      assert.deepEqual(limit.records.map((r) => r.id), [1, 3]);
      assert.match(limit.stderr, new RegExp(`^corpus-lens: <stdin>:2: skipped: the line is ${over.length} bytes, larger than the limit of 100`, 'm'));

      // 128 MB in one line: held whole, it alone is more than the margin above the CLI's ~60 MB
      const long = Buffer.alloc(128 * 1024 * 1024, 'a');
      long.write('{"id":2,"text":"');
      const input = Buffer.concat([Buffer.from(jsonl({ id: 1, text })), long, Buffer.from('"}\n' + jsonl({ id: 3, text }))]);
      const { run: result, mb } = peakMB(['recognize', '--input-jsonl', '-'], input);
      assert.equal(result.code, 1);
      assert.deepEqual(result.records.map((r) => r.id), [1, 3]);
      const size = long.length + '"}'.length;
      assert.match(result.stderr, new RegExp(`^corpus-lens: <stdin>:2: skipped: the line is ${size} bytes, larger than the limit of 5242880`, 'm'));
      assert.ok(mb < 180, `peak memory ${mb} MB`);
    });

    it('reports a dct that is not a calendar date and prints the record as if it had none', () => {
      const { code, records, stderr } = run(['recognize', '--input-jsonl', '-'], jsonl({ id: 1, text, dct: '2022-02-30' }, { id: 2, text, dct: 20220611 }, { id: 3, text, dct: '2022-06-11' }));
      assert.equal(code, 1);
      assert.deepEqual(records.map((r) => [r.id, r.published, (r.dates as { value: string }[])[0].value]), [
        [1, null, 'XXXX-WXX-4'],
        [2, null, 'XXXX-WXX-4'],
        [3, '2022-06-11', '2022-06-09'],
      ]);
      assert.match(stderr, /^corpus-lens: <stdin>:1: "dct" "2022-02-30" is not a calendar date/m);
      assert.match(stderr, /^corpus-lens: <stdin>:2: "dct" 20220611 is not a calendar date/m);
      assert.doesNotMatch(stderr, /<stdin>:3:/);
    });

    it('ignores a leading BOM of an input file', () => {
      corpus({ 'in.jsonl': '\ufeff' + jsonl({ id: 1, text }, { id: 2, text }) });
      const { code, records, stderr } = run(['recognize', '--input-jsonl', 'in.jsonl']);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.deepEqual(records.map((r) => r.id), [1, 2]);
    });

    it('reports a missing input file or a folder, with exit code 1', () => {
      const missing = run(['recognize', '--input-jsonl', 'nowhere.jsonl']);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /^corpus-lens: nowhere\.jsonl: no such file$/m);
      const folder = run(['recognize', '--input-jsonl', 'corpus']);
      assert.equal(folder.code, 1);
      assert.match(folder.stderr, /^corpus-lens: corpus: it is a folder/m);
    });

    it('writes each record from standard input before the input ends', async () => {
      const child = spawn(process.execPath, [CLI, 'recognize', '--input-jsonl', '-'], { cwd: dir });
      const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
      try {
        let stdout = '';
        const firstLine = new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString('utf8');
            if (stdout.includes('\n')) resolve(stdout.slice(0, stdout.indexOf('\n')));
          });
          child.on('exit', () => reject(new Error(`the CLI ended with stdin still open, output: ${JSON.stringify(stdout)}`)));
        });
        child.stdin.write(jsonl({ id: 1, text }));
        assert.equal((JSON.parse(await firstLine) as { id: number }).id, 1);
        child.stdin.end(jsonl({ id: 2, text }));
        const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
        assert.equal(code, 0);
        assert.deepEqual(stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: number }).id), [1, 2]);
      } finally {
        clearTimeout(timer);
        child.kill('SIGKILL');
      }
    });
  });
});
