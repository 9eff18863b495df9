// Parent side of the extension-host measurement: bundles bench/host/index.ts
// (vscode external, like esbuild.js does for test/integration), stages a copy
// of the extension, runs the suite on a generated corpus through the project's
// harness (code-server + headless Chromium) and reads the figures back. Every
// reason not to run is returned as a sentence for the report, never thrown.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import type { HostFigures } from './measure';

export type HostResult =
  | ({ readonly ran: true; readonly harnessMs: number } & HostFigures)
  | { readonly ran: false; readonly why: string };

const TIMEOUT_S = 300;

export async function measureInHost(repo: string, corpusDir: string): Promise<HostResult> {
  const codeServer = path.join(repo, '.vscode-test', 'code-server');
  const runner = path.join(repo, 'test', 'harness', 'run-extension-tests.mjs');
  if (!fs.existsSync(runner)) return { ran: false, why: 'test/harness/run-extension-tests.mjs not found' };
  if (!fs.existsSync(path.join(codeServer, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) {
    return { ran: false, why: 'code-server is not installed (run: bash test/harness/install-code-server.sh)' };
  }
  if (!fs.existsSync(path.join(repo, 'dist', 'extension.js'))) return { ran: false, why: 'dist/extension.js not built' };

  const suiteDir = path.join(repo, 'out', 'bench-host');
  fs.rmSync(suiteDir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(repo, 'bench', 'host', 'index.ts')],
    outfile: path.join(suiteDir, 'index.js'),
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], logLevel: 'warning',
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-bench-host-'));
  const extension = path.join(tmp, 'extension');
  const out = path.join(tmp, 'figures.json');
  try {
    stageExtension(repo, extension);
    const started = Date.now();
    const { code, output } = await runHarness(process.execPath, [runner, '--code-server', codeServer, '--extension', extension,
      '--tests', path.join(suiteDir, 'index.js'), '--workspace', corpusDir, '--timeout', String(TIMEOUT_S)],
      { ...process.env, CORPUS_LENS_BENCH_OUT: out });
    const harnessMs = Date.now() - started;
    if (!fs.existsSync(out)) return { ran: false, why: `the harness exited ${code} without figures: ${lastLines(output)}` };
    const figures = JSON.parse(fs.readFileSync(out, 'utf8')) as HostFigures | { error: string };
    if ('error' in figures) return { ran: false, why: `measurement failed in the host: ${figures.error.split('\n')[0]}` };
    return { ran: true, harnessMs, ...figures };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * A copy of the extension (package.json, dist/, media/) that declares no
 * activation events. The workbench fires onLanguage:plaintext at startup,
 * which would activate the real package before the suite runs and leave
 * nothing to time; without events the extension activates only when the
 * suite calls ext.activate(). The code that runs is the same dist/extension.js.
 */
function stageExtension(repo: string, dir: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...manifest, activationEvents: [] }, null, 2));
  for (const folder of ['dist', 'media']) {
    if (fs.existsSync(path.join(repo, folder))) fs.cpSync(path.join(repo, folder), path.join(dir, folder), { recursive: true });
  }
}

/** Its own process group, so an interrupted benchmark takes code-server and Chromium down with it. */
function runHarness(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    };
    process.once('SIGINT', stop);
    child.on('error', (e) => resolve({ code: 127, output: e.message }));
    child.on('exit', (code) => {
      process.removeListener('SIGINT', stop);
      resolve({ code: code ?? 1, output });
    });
  });
}

function lastLines(output: string): string {
  return output.trim().split('\n').slice(-5).join(' | ');
}
