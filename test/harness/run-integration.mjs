#!/usr/bin/env node
// `npm run test:integration` (after `node esbuild.js --tests` bundled the suite
// to out/integration/): runs the integration suite in a real VS Code extension
// host, on a FRESH TEMP COPY of sample-corpus/ (tests write sidecars; the repo
// must stay clean and every run must start from the same files).
//
//   1. desktop VS Code via @vscode/test-electron, where the download works (under
//      xvfb-run when there is no display), else
//   2. code-server + headless Chromium (install-code-server.sh, run-extension-tests.mjs).
//
// Env: VSCODE_TEST_MODE=electron|code-server forces a path; VSCODE_VERSION
//      (default 1.100.3, the engine we build against) for the Electron path.
// Flags: --keep (keep the temp workspace and print its path), --timeout <s> (test run),
//        --vsix <file.vsix>: install that package (--install-extension) and run the suite of
//        test/vsix/ (bundled to out/vsix/) against it, with a probe as the development extension.
// Last line: "N passed, N failed". Exit 0 only if nothing failed and something passed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const VSIX_ARG = process.argv.indexOf('--vsix');
const VSIX = VSIX_ARG >= 0 ? path.resolve(process.argv[VSIX_ARG + 1]) : undefined;
const SUITE = path.join(REPO, VSIX ? 'out/vsix/index.js' : 'out/integration/index.js');
// with --vsix the extension under test is the installed package; the development extension only carries the tests
const DEVELOPMENT_EXTENSION = VSIX ? path.join(REPO, 'test/vsix/probe') : REPO;
const CORPUS = path.join(REPO, 'sample-corpus');
const CACHE = path.join(REPO, '.vscode-test');
const CODE_SERVER_DIR = path.join(CACHE, 'code-server');
const ELECTRON_CHILD_ENV = 'CORPUS_LENS_ELECTRON_RUN'; // internal: this script re-run as the Electron driver

const requireCjs = createRequire(import.meta.url);
const log = (msg) => console.error(`[integration] ${msg}`);

if (process.env[ELECTRON_CHILD_ENV]) await electronChild(JSON.parse(process.env[ELECTRON_CHILD_ENV]));
else await main();

async function main() {
  const argv = process.argv.slice(2);
  const keep = argv.includes('--keep');
  const timeoutIdx = argv.indexOf('--timeout');
  const timeoutSec = timeoutIdx >= 0 ? Number(argv[timeoutIdx + 1]) : 300;
  const mode = process.env.VSCODE_TEST_MODE || 'auto';
  if (!['auto', 'electron', 'code-server'].includes(mode)) return fail(2, `VSCODE_TEST_MODE must be electron or code-server, not "${mode}"`);
  if (!fs.existsSync(SUITE)) return fail(2, `${path.relative(REPO, SUITE)} missing: run \`node esbuild.js ${VSIX ? '--vsix-tests' : '--tests'}\` first`);
  if (VSIX && !fs.existsSync(VSIX)) return fail(2, `${VSIX} missing: run \`npm run package\` first`);

  // The workspace folder keeps the name sample-corpus so titles and paths look as usual.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-it-'));
  const workspace = path.join(tmp, 'sample-corpus');
  fs.cpSync(CORPUS, workspace, { recursive: true });

  let child; // the running step (installer, Electron driver or code-server runner)
  let exiting = false;
  const finish = async (code) => {
    if (exiting) return;
    exiting = true;
    if (child) await stopChild(child);
    if (keep) log(`kept the test workspace: ${workspace}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { log(`${sig}: cleaning up`); finish(130); });

  try {
    const run = async (cmd, args, opts) => { child = spawnStep(cmd, args, opts); const code = await child.done; child = undefined; return code; };
    let code;
    const electron = mode === 'code-server' ? undefined : await electronLaunch(mode);
    if (electron) {
      const resultsFile = path.join(tmp, 'results.json');
      const job = { vscodeExecutablePath: electron.executable, workspace, resultsFile, cachePath: CACHE, vsix: VSIX, extensionsDir: path.join(tmp, 'extensions'),
        suite: SUITE, developmentExtension: DEVELOPMENT_EXTENSION };
      log(`desktop VS Code ${electron.executable}${electron.xvfb ? ' under xvfb-run' : ''}`);
      const [cmd, ...args] = [...(electron.xvfb ? ['xvfb-run', '-a'] : []), process.execPath, fileURLToPath(import.meta.url)];
      // Own process group, so a timeout or signal can take VS Code (and Xvfb) down with it.
      const watchdog = setTimeout(() => { log(`timeout after ${timeoutSec}s`); finish(124); }, timeoutSec * 1000);
      code = await run(cmd, args, { group: true, env: { [ELECTRON_CHILD_ENV]: JSON.stringify(job) } });
      clearTimeout(watchdog);
      const counts = readCounts(resultsFile);
      if (code === 0 && counts.passes === 0) code = 1;
      console.log(`${counts.passes} passed, ${Math.max(counts.failures, code === 0 ? 0 : 1)} failed`);
    } else {
      const started = Date.now();
      code = await run('bash', [path.join(HERE, 'install-code-server.sh'), CODE_SERVER_DIR], { group: true, stdout: 'ignore' });
      if (code !== 0) return finish(code === 130 ? 130 : 1);
      if (Date.now() - started > 3000) log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
      // Own process group: on Ctrl+C we, not the terminal, tell it to clean up.
      code = await run(process.execPath, [path.join(HERE, 'run-extension-tests.mjs'), '--code-server', CODE_SERVER_DIR,
        '--extension', DEVELOPMENT_EXTENSION, '--tests', SUITE, '--workspace', workspace, '--timeout', String(timeoutSec),
        ...(VSIX ? ['--install-extension', VSIX] : [])], { group: true });
    }
    if (code !== 0 && keep) log(`failed; the workspace is kept for inspection: ${workspace}`);
    await finish(code);
  } catch (e) {
    log(`error: ${e?.expected ? e.message : e?.stack || e}`);
    await finish(1);
  }
}

/** Where desktop VS Code can run: { executable, xvfb } or undefined (use code-server). */
async function electronLaunch(mode) {
  const unavailable = (why) => {
    if (mode === 'electron') throw Object.assign(new Error(`VSCODE_TEST_MODE=electron but ${why}`), { expected: true });
    log(`${why}; using code-server + headless Chromium`);
    return undefined;
  };
  let executable;
  try {
    const { downloadAndUnzipVSCode } = requireCjs('@vscode/test-electron');
    executable = await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION || '1.100.3', cachePath: CACHE, timeout: 30_000 });
  } catch (e) {
    return unavailable(`VS Code download unavailable (${String(e?.message || e).split('\n')[0]})`);
  }
  const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (!needsDisplay) return { executable, xvfb: false };
  if (onPath('xvfb-run')) return { executable, xvfb: true };
  return unavailable('no display and no xvfb-run (apt-get install xvfb)');
}

/** Child side of the Electron path: @vscode/test-electron's runTests, exit code = VS Code's. */
async function electronChild(job) {
  const { runTests, resolveCliArgsFromVSCodeExecutablePath } = requireCjs('@vscode/test-electron');
  try {
    if (job.vsix) {
      // into a folder of its own, which the test run then uses as its only extensions
      const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(job.vscodeExecutablePath);
      const cliArgs = [...args.filter((a) => !a.startsWith('--extensions-dir')), `--extensions-dir=${job.extensionsDir}`, '--install-extension', job.vsix];
      const install = spawnSync(cli, cliArgs, { encoding: 'utf8', stdio: 'inherit', shell: process.platform === 'win32' });
      if (install.status !== 0) throw new Error(`--install-extension ${job.vsix} failed (${install.status})`);
    }
    await runTests({
      vscodeExecutablePath: job.vscodeExecutablePath,
      cachePath: job.cachePath,
      extensionDevelopmentPath: job.developmentExtension,
      extensionTestsPath: job.suite,
      extensionTestsEnv: { VSCODE_TEST_RESULTS: job.resultsFile },
      // --disable-extensions: only built-ins + ours, as in the code-server host; with a .vsix, only the one installed
      launchArgs: job.vsix
        ? [job.workspace, `--extensions-dir=${job.extensionsDir}`, '--disable-workspace-trust']
        : [job.workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
    process.exit(0);
  } catch (e) {
    console.error(`[integration] ${e?.message || e}`);
    process.exit(typeof e?.code === 'number' && e.code !== 0 ? e.code : 1);
  }
}

function spawnStep(cmd, args, { group = false, env = {}, stdout = 'inherit' } = {}) {
  const proc = spawn(cmd, args, { cwd: REPO, detached: group, env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'inherit'] });
  const done = new Promise((resolve) => {
    proc.on('error', (e) => { log(`${cmd}: ${e.message}`); resolve(127); });
    proc.on('exit', (code, sig) => resolve(code ?? (sig === 'SIGINT' || sig === 'SIGTERM' ? 130 : 1)));
  });
  return { proc, group, done };
}

/** SIGTERM (to the group if it has one), give it time to clean up, then SIGKILL. */
async function stopChild({ proc, group, done }) {
  const kill = (sig) => { try { if (group) process.kill(-proc.pid, sig); else proc.kill(sig); } catch { /* gone */ } };
  kill('SIGTERM');
  const timer = new Promise((r) => setTimeout(r, 15_000, 'timeout'));
  if ((await Promise.race([done, timer])) === 'timeout') kill('SIGKILL');
  else if (group) kill('SIGKILL'); // leftovers in the group (the leader's exit does not end them)
}

function readCounts(file) {
  try { const { passes = 0, failures = 0 } = JSON.parse(fs.readFileSync(file, 'utf8')); return { passes, failures }; }
  catch { return { passes: 0, failures: 0 }; }
}

function onPath(bin) {
  return (process.env.PATH || '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, bin)));
}

function fail(code, msg) {
  log(msg);
  process.exit(code);
}
