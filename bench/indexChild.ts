// Runs in a fresh node process per corpus size (started by indexing.ts), so
// "cold" means what it means for a user opening the folder: no JIT warm-up,
// an empty heap, nothing cached but the OS page cache. Writes its figures as
// JSON to the file named in the job.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeWorkspace } from '../src/node/nodeWorkspace';
import { loadSourceTexts } from './corpus';
import { featureLatency, reindexLatency } from './latency';
import { measureBlocking } from './blocking';
import { loadRecognizerData } from '../src/node/recognizerData';
import { corpusService } from './services';
import { indexingThreads } from '../src/node/indexingThreads';
import { memoryAfterGc, time, timeAsync } from './timing';
import type { IndexJob, IndexRun } from './indexing';

async function main(job: IndexJob): Promise<IndexRun> {
  const baseline = memoryAfterGc();
  let loaded!: ReturnType<typeof loadRecognizerData>;
  const dataLoadMs = time(() => (loaded = loadRecognizerData(path.join(job.repo, 'data'))));
  const files = fs.readdirSync(job.dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(job.dir, f));
  const catalog = path.join(job.dir, 'entities.yaml');

  // the first indexing on worker threads, as the extension does it (dist/ is built by `npm run bench`)
  const service = corpusService(files, catalog, loaded.data, undefined, indexingThreads(path.join(job.repo, 'dist', 'recognizeWorker.js')));
  const coldMs = await timeAsync(() => service.indexAll());
  const indexed = memoryAfterGc();
  // Warm start: what reopening the folder costs, with the snapshot the
  // extension saves in its storage (JSON text, parsed as part of the start).
  const saved = JSON.stringify(service.warmStartSnapshot());
  const warmService = corpusService(files, catalog, loaded.data, async () => JSON.parse(saved));
  const warmMs = await timeAsync(() => warmService.indexAll());
  const ioMs = await timeAsync(() => readLikeTheIndex(files, catalog));

  let mentions = 0;
  let dates = 0;
  for (const uri of service.articles()) {
    const a = service.analysis(uri);
    mentions += a?.entities.length ?? 0;
    dates += a?.dates.length ?? 0;
  }
  const run: IndexRun = {
    articles: files.length,
    dataLoadMs,
    coldMs,
    warmMs,
    snapshotMB: saved.length / 1e6,
    ioMs,
    mentions,
    dates,
    memory: { baseline, indexed },
  };
  if (!job.latency) return run;
  return {
    ...run,
    features: featureLatency(service, job.latency.probes, job.seed),
    reindex: await reindexLatency(service, loadSourceTexts(job.repo), job.latency.edits, job.seed),
    blocking: await measureBlocking(service, catalog, (snapshot) => corpusService(files, catalog, loaded.data, async () => snapshot)),
  };
}

/** The reads indexAll does: the catalog, the sidecar listing, then every article, 16 in flight. */
async function readLikeTheIndex(files: readonly string[], catalog: string): Promise<void> {
  const workspace = new NodeWorkspace(files, catalog);
  await Promise.all([workspace.readFile(catalog, Infinity), workspace.listSidecars()]);
  let next = 0;
  const worker = async () => {
    while (next < files.length) await workspace.readFile(files[next++], Infinity);
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as IndexJob;
main(job).then(
  (run) => fs.writeFileSync(job.out, JSON.stringify(run)),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exitCode = 1;
  },
);
