// Runs in a fresh node process per corpus size (started by indexing.ts), so
// "cold" means what it means for a user opening the folder: no JIT warm-up,
// an empty heap, nothing cached but the OS page cache. Writes its figures as
// JSON to the file named in the job.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeWorkspace } from '../src/cli/nodeWorkspace';
import { loadSourceTexts } from './corpus';
import { featureLatency, reindexLatency } from './latency';
import { loadRecognizerData } from './recognizerData';
import { corpusService } from './services';
import { memoryAfterGc, time, timeAsync } from './timing';
import type { IndexJob, IndexRun } from './indexing';

async function main(job: IndexJob): Promise<IndexRun> {
  const baseline = memoryAfterGc();
  let loaded!: ReturnType<typeof loadRecognizerData>;
  const dataLoadMs = time(() => (loaded = loadRecognizerData(job.repo)));
  const files = fs.readdirSync(job.dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(job.dir, f));
  const catalog = path.join(job.dir, 'entities.yaml');

  const service = corpusService(files, catalog, loaded.data);
  const coldMs = await timeAsync(() => service.indexAll());
  const indexed = memoryAfterGc();
  // No persisted cache exists yet: a second indexAll re-reads and re-analyses
  // everything, with the JIT and the page cache warm.
  const secondMs = await timeAsync(() => service.indexAll());
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
    secondMs,
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
  };
}

/** The reads indexAll does, sequentially like it: catalog, then each article and its (missing) sidecar. */
async function readLikeTheIndex(files: readonly string[], catalog: string): Promise<void> {
  const workspace = new NodeWorkspace(files, catalog);
  await workspace.readFile(catalog);
  for (const f of files) {
    await workspace.readFile(f);
    await workspace.readFile(`${f}.annotations.yaml`);
  }
}

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as IndexJob;
main(job).then(
  (run) => fs.writeFileSync(job.out, JSON.stringify(run)),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exitCode = 1;
  },
);
