// The README's recipe for a corpus that outgrows one process: GNU parallel
// splits a JSONL stream by lines across several `recognize --input-jsonl -`
// and, with --keep-order, gives exactly what one process gives.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLE } from './support/corpus';
import { buildCli, CLI, runCli } from './support/cli';

describe('recognize --input-jsonl - as the map step of GNU parallel --pipe', function () {
  this.timeout(120000);

  it('gives, split across processes, the same records in the same order as one process', function () {
    if (spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status !== 0) this.skip(); // .ci/run installs it
    buildCli();
    const articles = fs.readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SAMPLE, f), 'utf8'));
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: articles[i % articles.length], dct: i % 2 ? '2022-10-17' : null }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-parallel-'));
    const input = path.join(dir, 'input.jsonl');
    fs.writeFileSync(input, lines.join('\n') + '\n');
    try {
      const serial = runCli(['recognize', '--input-jsonl', '-'], { input: fs.readFileSync(input, 'utf8') });
      assert.equal(serial.code, 0, serial.stderr);
      const parallel = spawnSync('sh', ['-c', `parallel --pipe --block 20k --keep-order -j2 "${process.execPath}" "${CLI}" recognize --input-jsonl - < "${input}"`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(parallel.status, 0, parallel.stderr);
      const ids = parallel.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
      assert.deepEqual(ids, lines.map((_, i) => `doc-${i}`));
      assert.equal(parallel.stdout, serial.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
