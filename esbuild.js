// Builds the extension and the CLI into one file each under dist/, copies
// the recogniser data beside them, and (with --tests) bundles the
// integration suite into out/integration/ for the extension host.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');
const withBench = process.argv.includes('--bench');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // minified (the extension loads faster) but with source maps for stack traces
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // the recogniser threads of the CLI and of the extension's first indexing, found beside dist/cli.js and dist/extension.js
  { ...common, entryPoints: ['src/node/recognizeWorker.ts'], outfile: 'dist/recognizeWorker.js' },
  // the Corpus Timeline's page script: runs in the webview, a browser
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/extension/views/timeline/webview.ts'], outfile: 'dist/webview/timeline.js' },
];
if (withTests) {
  const dir = 'test/integration';
  const entries = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
  // The runner loads every *.test.js in out/integration: drop bundles of deleted tests.
  fs.rmSync('out/integration', { recursive: true, force: true });
  builds.push({ ...common, entryPoints: entries, outdir: 'out/integration', external: ['vscode', 'mocha'] });
}

if (process.argv.includes('--vsix-tests')) {
  // the suite run against the installed .vsix: the same mocha entry point, its own test files
  fs.rmSync('out/vsix', { recursive: true, force: true });
  const tests = fs.readdirSync('test/vsix').filter((f) => f.endsWith('.test.ts')).map((f) => path.join('test/vsix', f));
  builds.push({ ...common, entryPoints: ['test/integration/index.ts'], outdir: 'out/vsix', external: ['vscode', 'mocha'] });
  builds.push({ ...common, entryPoints: tests, outdir: 'out/vsix', external: ['vscode', 'mocha'] });
}

if (withBench) {
  // the benchmark measures the core as it ships: bundled, not through tsx
  builds.push({ ...common, minify: false, entryPoints: ['bench/main.ts', 'bench/indexChild.ts', 'bench/stream.ts'], outdir: 'out/bench', packages: 'external' });
}

function copyData() {
  if (!fs.existsSync('data')) return;
  fs.mkdirSync('dist/data', { recursive: true });
  for (const f of fs.readdirSync('data')) fs.copyFileSync(path.join('data', f), path.join('dist/data', f));
}

async function main() {
  copyData();
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
