// The command line as a script uses it: the whole process (start, data load,
// reading, recognition, JSONL out) of `corpus-lens recognize` on 2,000
// articles, output thrown away. Best of a few runs: the machine is shared.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MB, nowMs } from './timing';

export interface CliThroughput {
  readonly articles: number;
  readonly bytes: number;
  /** Best whole-process wall time of the runs. */
  readonly ms: number;
  readonly mbPerS: number;
  readonly runs: number;
}

export function cliThroughput(repo: string, files: readonly string[], runs = 3): CliThroughput {
  const cli = path.join(repo, 'dist', 'cli.js');
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = nowMs();
    const run = spawnSync(process.execPath, [cli, 'recognize', ...files], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MB });
    const ms = nowMs() - start;
    if (run.status !== 0) throw new Error(`corpus-lens recognize failed (exit ${run.status}): ${String(run.stderr).slice(0, 500)}`);
    best = Math.min(best, ms);
  }
  return { articles: files.length, bytes, ms: best, mbPerS: bytes / MB / (best / 1000), runs };
}
