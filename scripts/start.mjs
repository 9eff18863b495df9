#!/usr/bin/env node
// `npm start` (after `node esbuild.js`): opens sample-corpus/ in VS Code with
// this extension loaded from the repo, like F5's "Extension Development Host".
//
//  - VS Code desktop's `code` CLI on PATH: `code --new-window
//    --extensionDevelopmentPath=<repo> <repo>/sample-corpus`, then exit.
//  - otherwise: code-server (installed into .vscode-test/ on first use) on
//    127.0.0.1, and the LAST line printed is the URL that opens the workbench on
//    the sample corpus with the extension loaded. Runs until Ctrl+C.
//
// Options: --code-server (skip the desktop check; also START_MODE=code-server)
//          --port N (or $PORT; default: a free port)
//          --state-dir DIR (user data/extensions; default .vscode-test/start, kept
//          between starts so settings survive; scripts/screenshot.mjs uses a temp one)
//          --folder DIR (default sample-corpus/)
// After editing the source: `npm run build` (or keep `npm run watch` running), then
// "Developer: Reload Window" in the workbench.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT, DEFAULT_CODE_SERVER_DIR, resolveCodeServerEntry, startCodeServer, stopProcessGroup, workbenchUrl,
} from '../test/harness/run-extension-tests.mjs';

const log = (msg) => console.error(`[start] ${msg}`);
const opts = parseArgs(process.argv.slice(2));
const folder = path.resolve(opts.folder || path.join(REPO_ROOT, 'sample-corpus'));
if (!fs.existsSync(path.join(REPO_ROOT, 'dist/extension.js'))) log('dist/extension.js missing: run `node esbuild.js` (npm start does)');

if (!opts.codeServer && process.env.START_MODE !== 'code-server' && onPath('code')) {
  // The desktop CLI hands the window to VS Code and returns.
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${REPO_ROOT}`, folder], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
await serveCodeServer();

async function serveCodeServer() {
  const install = spawnSync('bash', [path.join(REPO_ROOT, 'test/harness/install-code-server.sh'), DEFAULT_CODE_SERVER_DIR],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  if (install.status !== 0) process.exit(install.status ?? 1);
  const entry = resolveCodeServerEntry(DEFAULT_CODE_SERVER_DIR);

  const stateDir = path.resolve(opts.stateDir || path.join(REPO_ROOT, '.vscode-test/start'));
  const serverLog = path.join(stateDir, 'server.log');
  fs.mkdirSync(stateDir, { recursive: true });
  const logStream = fs.createWriteStream(serverLog);
  let server;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await stopProcessGroup(server?.proc);
    await new Promise((r) => logStream.end(r));
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { log(`${sig}: stopping code-server`); stop(0); });
  process.on('exit', () => { if (server?.proc?.pid) try { process.kill(-server.proc.pid, 'SIGKILL'); } catch { /* gone */ } });

  try {
    server = await startCodeServer({
      entry, stateDir, port: opts.port || process.env.PORT || 0,
      onOutput: (chunk) => logStream.write(chunk),
    });
  } catch (e) {
    log(`${e.message}`);
    return stop(1);
  }
  server.proc.on('exit', (c, s) => { if (!stopping) { log(`code-server exited (${c ?? s}); log: ${serverLog}`); stop(1); } });
  log(`code-server ${server.authority} serving ${folder}; log: ${path.relative(process.cwd(), serverLog)}; Ctrl+C to stop`);
  log('after a rebuild (npm run build / npm run watch) run "Developer: Reload Window" in the workbench');
  console.log(workbenchUrl(server.authority, folder, { extensionDevelopmentPath: REPO_ROOT }));
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--code-server') o.codeServer = true;
    else if (['--port', '--state-dir', '--folder'].includes(a) && i + 1 < argv.length) o[a.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = argv[++i];
    else { console.error(`usage: node scripts/start.mjs [--code-server] [--port N] [--state-dir DIR] [--folder DIR] (unknown: ${a})`); process.exit(2); }
  }
  return o;
}

function onPath(bin) {
  return (process.env.PATH || '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, bin)));
}
