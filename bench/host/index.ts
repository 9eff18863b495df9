// The extensionTestsPath entry of the benchmark (bundled to out/bench-host/index.js):
// the host calls run(); it measures, writes the figures to $CORPUS_LENS_BENCH_OUT
// and the pass/fail counts the harness expects to $VSCODE_TEST_RESULTS.
// Not mocha: there is one measurement and nothing to assert.

import * as fs from 'fs';
import { measureHost } from './measure';

export const OUT_ENV = 'CORPUS_LENS_BENCH_OUT';

export async function run(): Promise<void> {
  const out = process.env[OUT_ENV];
  const results = process.env.VSCODE_TEST_RESULTS;
  try {
    const figures = await measureHost();
    if (out) fs.writeFileSync(out, JSON.stringify(figures));
    console.log(`[bench-host] ${JSON.stringify(figures)}`);
    if (results) fs.writeFileSync(results, JSON.stringify({ passes: 1, failures: 0, pending: 0, tests: 1 }));
  } catch (e) {
    const message = e instanceof Error ? e.stack ?? e.message : String(e);
    if (out) fs.writeFileSync(out, JSON.stringify({ error: message }));
    if (results) fs.writeFileSync(results, JSON.stringify({ passes: 0, failures: 1, pending: 0, tests: 1 }));
    throw e;
  }
}
