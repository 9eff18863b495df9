// Cold index, memory, second index and (on the largest corpus) editor
// latency, each corpus size measured in its own node process (indexChild.ts).

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FeatureLatency, ReindexLatency } from './latency';
import type { Blocking } from './blocking';
import type { Memory } from './timing';

export interface IndexJob {
  readonly repo: string;
  readonly dir: string;
  readonly seed: number;
  readonly out: string;
  readonly latency?: { readonly probes: number; readonly edits: number };
}

export interface IndexRun {
  readonly articles: number;
  /** Reading and parsing data/*.json (the extension does it on activation). */
  readonly dataLoadMs: number;
  /** createCorpusService + the first indexAll in a fresh process, recognising on worker threads as the extension does. */
  readonly coldMs: number;
  /** Reopening the corpus with the first run's warm-start snapshot (JSON parse included). */
  readonly warmMs: number;
  /** Size of that snapshot as JSON. */
  readonly snapshotMB: number;
  /** The file reads of one indexAll alone (articles + sidecar probes), sequential like indexAll. */
  readonly ioMs: number;
  readonly mentions: number;
  readonly dates: number;
  readonly memory: { readonly baseline: Memory; readonly indexed: Memory };
  readonly features?: FeatureLatency;
  readonly reindex?: ReindexLatency;
  /** Longest event-loop block during a catalog edit, an article save and a re-index (largest corpus only). */
  readonly blocking?: Blocking;
}

/**
 * `node --expose-gc out/bench/indexChild.js job.json`: the bundled child, so
 * that the core runs as the product ships it (tsx turns every imported
 * constant into a getter call and slows the hot loops several times).
 */
export async function measureIndex(job: Omit<IndexJob, 'out'>): Promise<IndexRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-index-'));
  const jobFile = path.join(tmp, 'job.json');
  const out = path.join(tmp, 'run.json');
  fs.writeFileSync(jobFile, JSON.stringify({ ...job, out }));
  try {
    const child = spawn(process.execPath, ['--expose-gc', path.join(__dirname, 'indexChild.js'), jobFile], {
      cwd: job.repo,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
    if (code !== 0 || !fs.existsSync(out)) throw new Error(`index run over ${job.dir} failed (exit ${code})`);
    return JSON.parse(fs.readFileSync(out, 'utf8')) as IndexRun;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
