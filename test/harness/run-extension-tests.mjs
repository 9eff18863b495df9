#!/usr/bin/env node
// Runs a mocha suite (its index.js exporting run()) inside a real VS Code
// extension host without downloading VS Code: code-server (VS Code server + web
// workbench, from npm) opened in headless Chromium through playwright-core.
//
//   node test/harness/run-extension-tests.mjs --code-server <dir|entry.js>
//        --extension <path> --tests <suite/index.js> --workspace <folder>
//        [--timeout 300] [--port N] [--chromium path] [--logs dir] [--verbose]
//        [--install-extension <file.vsix>]
//
// Prints the extension host's output (mocha's reporter), then as last line
// "N passed, N failed". Exit 0 only if the workbench reported exit code 0, no
// test failed and at least one passed; 1 otherwise, 124 on timeout, 130 on a
// signal, 2 on bad usage. Code-server, Chromium and the temp dir are removed on
// every path.
//
// Also a small library (scripts/start.mjs uses it): startCodeServer,
// stopProcessGroup, workbenchUrl, launchChromium, resolveCodeServerEntry.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '../..');
export const DEFAULT_CODE_SERVER_DIR = path.join(REPO_ROOT, '.vscode-test', 'code-server');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- library --

/** entry.js from an install dir, the code-server package dir, or entry.js itself. */
export function resolveCodeServerEntry(base) {
  const abs = path.resolve(base);
  return [path.join(abs, 'node_modules/code-server/out/node/entry.js'), path.join(abs, 'out/node/entry.js'), abs]
    .find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
}

// There is no internet: keep the workbench from calling the gallery, updates, telemetry.
const OFFLINE_SETTINGS = {
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'workbench.tips.enabled': false,
};

/**
 * Starts code-server bound to 127.0.0.1 as its own process group (so the
 * extension host, pty host and watchers can be killed together), with config,
 * user data, extensions, XDG dirs and TMPDIR isolated under stateDir.
 * Resolves once it listens: { proc, port, authority }.
 */
export async function startCodeServer({ entry, stateDir, port = 0, env = {}, settings = {}, onOutput = () => {}, installExtension }) {
  const dir = (name) => { const p = path.join(stateDir, name); fs.mkdirSync(p, { recursive: true }); return p; };
  if (installExtension) {
    // code-server's own CLI, into the extensions folder the server below uses
    const install = spawnSync(process.execPath, [entry, '--user-data-dir', dir('user-data'), '--extensions-dir', dir('extensions'),
      '--install-extension', path.resolve(installExtension)], { encoding: 'utf8', timeout: 120_000 });
    onOutput(`${install.stdout ?? ''}${install.stderr ?? ''}`);
    if (install.status !== 0) throw new Error(`--install-extension ${installExtension} failed (${install.status}): ${install.stderr || install.stdout}`);
  }
  const config = path.join(stateDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const settingsFile = path.join(dir('user-data/User'), 'settings.json');
  // Keep a user's own edits (start.mjs reuses its state dir); enforce ours on top.
  let existing = {};
  try { existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8')); } catch { /* first start or not JSON */ }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...existing, ...OFFLINE_SETTINGS, ...settings }, null, 1));

  const childEnv = {
    ...process.env,
    XDG_CONFIG_HOME: dir('xdg/config'), XDG_DATA_HOME: dir('xdg/data'), XDG_CACHE_HOME: dir('xdg/cache'),
    XDG_STATE_HOME: dir('xdg/state'), TMPDIR: dir('tmp'),
    ...env,
  };
  // These would switch on a password, a proxy path, another config, or make node not node.
  for (const k of ['PASSWORD', 'HASHED_PASSWORD', 'VSCODE_PROXY_URI', 'CODE_SERVER_CONFIG', 'ELECTRON_RUN_AS_NODE']) delete childEnv[k];

  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', config,
    '--user-data-dir', dir('user-data'), '--extensions-dir', dir('extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--log', 'info'];
  const proc = spawn(process.execPath, args, { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

  // With port 0 the real port is only known from "HTTP server listening on ...".
  const actualPort = await new Promise((resolve, reject) => {
    let buf = '';
    const onData = (chunk) => {
      onOutput(chunk);
      if (buf.length < 100_000) buf += chunk;
      const m = buf.match(/HTTP server listening on https?:\/\/[^:\s]+:(\d+)/);
      if (m) { proc.removeListener('exit', onEarlyExit); resolve(Number(m[1])); }
    };
    const onEarlyExit = (code, sig) => reject(new Error(`code-server exited early (${code ?? sig}):\n${buf.slice(-3000)}`));
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', onEarlyExit);
    proc.on('error', reject);
  });
  return { proc, port: actualPort, authority: `127.0.0.1:${actualPort}` };
}

const isRunning = (proc) => proc && proc.exitCode === null && proc.signalCode === null;

/** SIGTERM to the whole process group, then SIGKILL for whatever is left. */
export async function stopProcessGroup(proc, graceMs = 5000) {
  if (!proc || !proc.pid) return;
  const kill = (sig) => { try { process.kill(-proc.pid, sig); } catch { /* already gone */ } };
  if (isRunning(proc)) {
    kill('SIGTERM');
    for (let waited = 0; waited < graceMs && isRunning(proc); waited += 100) await sleep(100);
  }
  kill('SIGKILL'); // stragglers (extension host, pty host, file watchers) share the group
}

/**
 * Workbench URL opening `workspace` with extra launch parameters. Paths in the
 * payload must be vscode-remote:// URIs with the server's host:port as authority
 * (file:// URIs never start the tests).
 */
export function workbenchUrl(authority, workspace, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://${authority}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const kind = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
  let url = `http://${authority}/?${kind}=${encodeURIComponent(path.resolve(workspace))}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export function findChromium(explicit) {
  const candidates = [explicit, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && fs.existsSync(p));
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Headless Chromium with a throwaway profile; playwright-core comes from the repo's devDependencies. */
export async function launchChromium({ executablePath, profileDir, viewport }) {
  const { chromium } = createRequire(path.join(REPO_ROOT, 'package.json'))('playwright-core');
  return chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport });
}

// ----------------------------------------------------------------- runner --

function parseArgs(argv) {
  const opts = { timeout: '300' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose') opts.verbose = true;
    else if (a.startsWith('--') && i + 1 < argv.length) opts[a.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = argv[++i];
    else usage(`unexpected argument ${a}`);
  }
  for (const k of ['codeServer', 'extension', 'tests', 'workspace']) {
    if (!opts[k]) usage(`missing --${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`);
  }
  return opts;
}

function usage(msg) {
  console.error(`[runner] ${msg}\nusage: node run-extension-tests.mjs --code-server <dir> --extension <path> ` +
    '--tests <suite/index.js> --workspace <folder> [--timeout 300] [--port N] [--chromium path] [--logs dir] [--verbose] ' +
    '[--install-extension <file.vsix>]');
  process.exit(2);
}

// Workbench log lines that share the extension host's console format (deny-list).
/** The suite's last line (test/integration/index.ts): every message before it has arrived. */
const SUITE_DONE = '[corpus-lens] integration suite done';
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore|Started local extension host|Extension host \(|getaddrinfo|Failed to fetch|\[Extension Host\] *$)/;

async function runTests(opts) {
  const extPath = path.resolve(opts.extension);
  const testsPath = path.resolve(opts.tests);
  const workspace = path.resolve(opts.workspace);
  const chromiumPath = findChromium(opts.chromium);
  const entry = resolveCodeServerEntry(opts.codeServer);
  for (const p of [extPath, testsPath, workspace]) if (!fs.existsSync(p)) usage(`not found: ${p}`);
  if (!chromiumPath) usage('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH / --chromium)');
  if (!entry) usage(`no code-server entry.js under ${opts.codeServer} (run test/harness/install-code-server.sh)`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-host-'));
  const resultsFile = path.join(tmp, 'results.json');
  const serverLog = fs.createWriteStream(path.join(tmp, 'server.log'));
  const consoleLog = fs.createWriteStream(path.join(tmp, 'console.log'));
  const hostLines = []; // extension-host output, for counts when there is no results file
  let server, browser, finishing = false, summarized = false;

  const summarize = (passes, failures) => { summarized = true; console.log(`${passes} passed, ${failures} failed`); };
  const countsFromOutput = () => {
    const all = hostLines.join('\n');
    return { passes: Number(all.match(/(\d+) passing/)?.[1] ?? 0), failures: Number(all.match(/(\d+) failing/)?.[1] ?? 0) };
  };

  async function cleanup() {
    if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
    await stopProcessGroup(server?.proc);
    await Promise.all([serverLog, consoleLog].map((s) => new Promise((r) => s.end(r))));
    if (opts.logs) keepLogs(tmp, path.resolve(opts.logs));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // Every exit goes through here: the summary line is always last and errors,
  // timeouts and signals count as at least one failure.
  async function finish(code, msg) {
    if (finishing) return;
    finishing = true;
    clearTimeout(watchdog);
    if (msg) console.error(msg);
    if (!summarized) { const c = countsFromOutput(); summarize(c.passes, Math.max(1, c.failures)); }
    await cleanup();
    process.exit(code);
  }
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130, `[runner] ${sig}: cleaning up`));
  // Last resort if something calls process.exit() around us: never leave the server behind.
  process.on('exit', () => { if (server?.proc?.pid) try { process.kill(-server.proc.pid, 'SIGKILL'); } catch { /* gone */ } });
  const watchdog = setTimeout(() => finish(124, `[runner] timeout after ${opts.timeout}s (keep logs with --logs <dir>)`),
    Number(opts.timeout) * 1000);

  try {
    server = await startCodeServer({
      entry, stateDir: tmp, port: opts.port || 0, installExtension: opts.installExtension,
      env: { VSCODE_TEST_RESULTS: resultsFile }, // the suite's index.js writes its counts there
      onOutput: (chunk) => { serverLog.write(chunk); if (opts.verbose) process.stderr.write(chunk); },
    });
    server.proc.on('exit', (c, s) => { if (!finishing) console.error(`[runner] code-server exited (${c ?? s})`); });
    if (opts.verbose) console.error(`[runner] code-server on ${server.authority}, temp ${tmp}`);

    browser = await launchChromium({ executablePath: chromiumPath, profileDir: path.join(tmp, 'chrome-profile') });
    const page = browser.pages()[0] || (await browser.newPage());

    // Extension-host output reaches the page console through the workbench log
    // service as console.log('%c INFO', 'color: ...', fmt, ...args): rebuild the
    // line with util.format. jsonValue() is async, so chain to keep the order.
    let printing = Promise.resolve();
    let suiteDone;
    const suiteDonePrinted = new Promise((resolve) => { suiteDone = resolve; });
    page.on('console', (msg) => {
      const text = msg.text();
      const handles = msg.args();
      consoleLog.write(`[${msg.type()}] ${text}\n`);
      printing = printing.then(async () => {
        const isLogService = /^%c\s*(INFO|WARN|ERR|TRACE|DEBUG)$/.test(text.split(' color:')[0].trim());
        const values = isLogService ? await Promise.all(handles.map((h) => h.jsonValue().catch(() => '?'))) : [];
        const line = values.length >= 3 ? util.format(...values.slice(2)) : null;
        if (line !== null && line.includes(SUITE_DONE)) suiteDone();
        else if (line !== null && !WORKBENCH_NOISE.test(line)) { hostLines.push(line); process.stdout.write(line + '\n'); }
        else if (opts.verbose) process.stderr.write(`[console.${msg.type()}] ${text}\n`);
      });
    });
    page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack || e}\n`));

    // The workbench calls window.codeAutomationExit(code) when the test run ends;
    // it must exist before the page loads.
    let onExit;
    const exitCode = new Promise((resolve) => { onExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
    await page.goto(workbenchUrl(server.authority, workspace, { extensionDevelopmentPath: extPath, extensionTestsPath: testsPath }),
      { waitUntil: 'domcontentloaded' });
    const code = await exitCode;
    // the last console messages may still be in flight: the suite's last line says they are all out
    // (a host that died without printing it gets a few seconds)
    const arrived = await Promise.race([suiteDonePrinted.then(() => true), sleep(5000).then(() => false)]);
    if (!arrived) console.error("[runner] the suite's last line did not arrive within 5 s; its last messages may be missing");
    await printing;

    let passes = 0, failures = 0;
    const reported = fs.existsSync(resultsFile);
    if (reported) ({ passes = 0, failures = 0 } = JSON.parse(fs.readFileSync(resultsFile, 'utf8')));
    else {
      ({ passes, failures } = countsFromOutput());
      console.error('[runner] the suite wrote no $VSCODE_TEST_RESULTS file; counts parsed from reporter output');
    }
    if (code !== 0) {
      console.error(`[runner] extension host exit code ${code}`);
      if (!reported && failures === 0) failures = 1; // the suite crashed or failed to load
    }
    if (passes === 0 && failures === 0) console.error('[runner] no test ran');
    summarize(passes, failures);
    await finish(code === 0 && failures === 0 && passes > 0 ? 0 : 1);
  } catch (e) {
    await finish(1, `[runner] error: ${e?.stack || e}`);
  }
}

function keepLogs(tmp, dest) {
  fs.mkdirSync(dest, { recursive: true });
  for (const n of ['server.log', 'console.log', 'results.json']) {
    if (fs.existsSync(path.join(tmp, n))) fs.copyFileSync(path.join(tmp, n), path.join(dest, n));
  }
  const vscodeLogs = path.join(tmp, 'user-data/logs');
  if (fs.existsSync(vscodeLogs)) fs.cpSync(vscodeLogs, path.join(dest, 'vscode-logs'), { recursive: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await runTests(parseArgs(process.argv.slice(2)));
}
