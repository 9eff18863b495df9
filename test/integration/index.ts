// Mocha entry point loaded by the VS Code extension host (extensionTestsPath):
// VS Code calls run() and counts a rejection as a failed run. After
// `node esbuild.js --tests` this file is out/integration/index.js and the
// suites are the *.test.js files next to it.
//
// Mocha 11 on purpose: mocha 12 is ESM-only, and Electron builds of VS Code
// with an older node cannot require() it.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { observeActivation } from './activation';

/** The last line the suite prints; the code-server runner waits for it. */
const SUITE_DONE = '[corpus-lens] integration suite done';

export interface TestSummary {
  passes: number;
  failures: number;
  pending: number;
  tests: number;
}

export async function run(): Promise<void> {
  // before any suite can activate the extension through its API
  await observeActivation();
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 30_000 });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const s = runner.stats;
        const summary: TestSummary = { passes: s?.passes ?? 0, failures: s?.failures ?? 0, pending: s?.pending ?? 0, tests: s?.tests ?? 0 };
        // The harness reads this instead of parsing the reporter's text.
        const out = process.env.VSCODE_TEST_RESULTS;
        if (out) fs.writeFileSync(out, JSON.stringify(summary));
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        // A suite that silently ran nothing (no files found, everything skipped
        // by .only elsewhere, a bundling mistake) must not look green.
        else if (summary.passes === 0) reject(new Error(`No integration test ran (${files.length} file(s) in ${__dirname}).`));
        else resolve();
        // the runner waits for this line instead of sleeping until the last messages arrive
        console.log(SUITE_DONE);
      });
    } catch (e) {
      // A test file that throws while loading ends up here.
      console.log(SUITE_DONE);
      reject(e);
    }
  });
}
