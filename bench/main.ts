// `npm run bench [-- --articles 10000] [--no-host] [--seed 1] [--keep]`
//
// Measures Corpus Lens at corpus scale (issue "Speed at corpus scale"):
// recognition throughput against compromise, chrono-node and ripgrep; cold
// and second index, memory and editor latency at 100, 1,000 and 10,000
// articles; activation and first hover in a real extension host; bundle size.
// Prints a report and writes bench/results.json. Never part of `npm test`.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSize } from './bundle';
import { cliThroughput } from './cli';
import { loadSourceTexts, writeCorpus, type GeneratedCorpus } from './corpus';
import { measureInHost, type HostResult } from './host/run';
import { measureIndex, type IndexRun } from './indexing';
import { describeMachine } from './machine';
import { loadRecognizerData } from '../src/node/recognizerData';
import { formatReport } from './report';
import { checkGoals, type Results } from './results';
import { ripgrepBaseline } from './ripgrep';
import { measureReanchor } from './reanchor';
import { recognitionService } from './services';
import { chronoNode, compromise, ours, readArticles, sampleOf } from './throughput';
import { MB } from './timing';

// bundled into out/bench/ by `node esbuild.js --bench`
const REPO = path.resolve(__dirname, '..', '..');
const SIZES = [100, 1_000, 10_000];
const SAMPLE_BYTES = 1 * MB;
const HOST_ARTICLES = 1_000;
const CLI_ARTICLES = 2_000;
const LATENCY = { probes: 1_000, edits: 20 };

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      'no-host': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const max = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(max) || max < 1 || !Number.isInteger(seed)) throw new Error('--articles and --seed take whole numbers');
  const sizes = [...SIZES.filter((n) => n < max), max];

  const machine = describeMachine();
  const source = loadSourceTexts(REPO);
  const { data, files: dataFiles } = loadRecognizerData(path.join(REPO, 'data'));
  if (!dataFiles.length) log('data/*.json not found: recognising with empty word lists (catalog only)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-bench-'));
  try {
    log(`writing corpora of ${sizes.join(', ')} articles under ${tmp}`);
    const corpora: GeneratedCorpus[] = sizes.map((n) => writeCorpus(source, seed, n, path.join(tmp, `corpus-${n}`)));
    const largest = corpora[corpora.length - 1];

    log('recognition throughput (ours, compromise, chrono-node)');
    const service = await recognitionService(source.catalogText, data);
    const articles = readArticles(largest.files);
    const sample = sampleOf(articles, SAMPLE_BYTES);
    const oursSample = ours(service, sample, { warmup: sample.length, passes: 5 });
    const oursLargest = ours(service, articles, { warmup: 0, passes: 1 });
    const compromiseSample = compromise(sample, REPO);
    const chronoSample = chronoNode(sample, REPO);

    log('re-anchoring on the largest sample article');
    const reanchorCost = measureReanchor(REPO, service);

    log('the command line, whole process, on 2,000 articles');
    const cli = cliThroughput(REPO, largest.files.slice(0, CLI_ARTICLES));

    log('ripgrep baseline');
    const rg = ripgrepBaseline(largest.dir, largest.bytes, source.catalogText);

    const index: IndexRun[] = [];
    for (const corpus of corpora) {
      log(`indexing ${corpus.files.length} articles in a fresh process`);
      index.push(await measureIndex({ repo: REPO, dir: corpus.dir, seed, latency: LATENCY }));
    }

    let host: HostResult;
    if (values['no-host']) host = { ran: false, why: '--no-host' };
    else {
      const hostCorpus = corpora.find((c) => c.files.length >= HOST_ARTICLES) ?? largest;
      log(`extension host on ${hostCorpus.files.length} articles (code-server + headless Chromium)`);
      host = await measureInHost(REPO, hostCorpus.dir).catch((e: unknown) => ({ ran: false as const, why: String(e) }));
    }

    const partial: Omit<Results, 'goals'> = {
      machine,
      date: new Date().toISOString(),
      options: { articles: max, seed, host: !values['no-host'] },
      source: source.origin,
      dataFiles,
      corpora: corpora.map((c) => ({ articles: c.files.length, bytes: c.bytes })),
      throughput: {
        sample: { ours: oursSample, compromise: compromiseSample, chrono: chronoSample },
        largestCorpus: oursLargest,
        oursOverCompromise: oursSample.mbPerS / compromiseSample.mbPerS,
        oursOverChrono: oursSample.mbPerS / chronoSample.mbPerS,
      },
      cli,
      ripgrep: rg.installed ? { ...rg, oursOverRipgrep: oursLargest.mbPerS / rg.oneThread.mbPerS } : rg,
      index,
      reanchor: reanchorCost,
      host,
      bundle: await bundleSize(REPO),
    };
    const results: Results = { ...partial, goals: checkGoals(partial) };
    fs.writeFileSync(path.join(REPO, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
    console.log(formatReport(results));
    console.log('\nwritten: bench/results.json');
  } finally {
    if (values.keep) log(`kept the corpora: ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exitCode = 1;
});
