// Runs the built CLI (dist/cli.js) as scripts outside this repository do.

import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './corpus';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let built = false;

/** Builds dist/ once per test run. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT });
  built = true;
}
