// The I/O-plus-scan limit: ripgrep searching the same files for the catalog's
// names and aliases as fixed strings (Aho-Corasick/Teddy, one pass over the
// bytes). Our recogniser does far more per byte; this says how far from "read
// and scan once" it is.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCatalog } from '../src/core/catalog';
import { MB, nowMs } from './timing';

export type RipgrepResult =
  | { readonly installed: false; readonly why: string }
  | {
      readonly installed: true;
      readonly version: string;
      readonly patterns: number;
      readonly bytes: number;
      readonly matches: number;
      /** -j1: one search thread, comparable with our one core. */
      readonly oneThread: { readonly ms: number; readonly mbPerS: number };
      /** ripgrep's default parallelism, for reference. */
      readonly allThreads: { readonly ms: number; readonly mbPerS: number };
    };

export function ripgrepBaseline(dir: string, bytes: number, catalogText: string): RipgrepResult {
  const probe = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return { installed: false, why: 'not installed (rg not on PATH)' };
  const names = parseCatalog(catalogText).catalog.entities.flatMap((e) => [e.name, ...e.aliases]);
  const patternFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-rg-')), 'patterns.txt');
  fs.writeFileSync(patternFile, [...new Set(names)].join('\n') + '\n');
  // --count-matches counts every occurrence (not lines); -g keeps the catalog out, as the index does.
  const args = (threads: string[]) => [...threads, '-F', '--count-matches', '--no-messages', '-g', '*.txt', '-f', patternFile, dir];
  const run = (threads: string[]) => {
    const start = nowMs();
    const result = spawnSync('rg', args(threads), { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    const ms = nowMs() - start;
    const matches = result.stdout.split('\n').reduce((sum, line) => sum + (Number(line.slice(line.lastIndexOf(':') + 1)) || 0), 0);
    return { ms, mbPerS: bytes / MB / (ms / 1000), matches };
  };
  run(['-j1']); // the page cache is now warm for both timed runs
  const oneThread = run(['-j1']);
  const allThreads = run([]);
  fs.rmSync(path.dirname(patternFile), { recursive: true, force: true });
  return {
    installed: true,
    version: probe.stdout.split('\n')[0],
    patterns: new Set(names).size,
    bytes,
    matches: oneThread.matches,
    oneThread: { ms: oneThread.ms, mbPerS: oneThread.mbPerS },
    allThreads: { ms: allThreads.ms, mbPerS: allThreads.mbPerS },
  };
}
