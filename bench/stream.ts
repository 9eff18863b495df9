// `npm run bench:stream [-- --mb 500] [--jobs 2]`
//
// `corpus-lens recognize --input-jsonl -` as the map step of a pipeline:
// streams a JSONL file of at least --mb MB (articles of the benchmark
// corpus, cycled) through the built CLI, reporting throughput and peak
// memory (max RSS, from /usr/bin/time), beside `wc -l` on the same file as
// the I/O floor, and split by GNU parallel --pipepart (when installed).
// Writes bench/stream-results.json. Never part of `npm test`.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticle, loadSourceTexts } from './corpus';
import { describeMachine } from './machine';
import { MB } from './timing';

const REPO = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const log = (message: string) => process.stderr.write(`[bench:stream] ${message}\n`);

interface Run {
  readonly command: string;
  readonly seconds: number;
  readonly mbPerS: number;
  /** Peak resident memory of the process (for parallel: the largest of its jobs), MiB. */
  readonly maxRssMiB: number | null;
  readonly outputLines: number;
}

function main(): void {
  const { values } = parseArgs({ options: { mb: { type: 'string', default: '500' }, jobs: { type: 'string', default: String(os.availableParallelism()) } } });
  const targetBytes = Number(values.mb) * MB;
  const jobs = Number(values.jobs);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-stream-'));
  try {
    const input = path.join(tmp, 'input.jsonl');
    const { bytes, lines } = writeInput(input, targetBytes);
    log(`input: ${lines} lines, ${(bytes / MB).toFixed(0)} MB`);
    const runs: Run[] = [];
    runs.push(measure('wc -l', `wc -l < ${input}`, bytes));
    runs.push(measure('corpus-lens recognize --input-jsonl -', `${process.execPath} ${CLI} recognize --input-jsonl - < ${input}`, bytes));
    if (spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0) {
      runs.push(
        measure(
          `parallel --pipepart -a input.jsonl --block -1 --keep-order -j${jobs} corpus-lens recognize --input-jsonl -`,
          `parallel --pipepart -a ${input} --block -1 --keep-order -j${jobs} ${process.execPath} ${CLI} recognize --input-jsonl -`,
          bytes,
        ),
      );
    } else log('GNU parallel not installed: the parallel run is left out');
    const results = { machine: describeMachine(), loadAverageAtEnd: os.loadavg(), date: new Date().toISOString(), input: { bytes, lines }, runs };
    fs.writeFileSync(path.join(REPO, 'bench', 'stream-results.json'), JSON.stringify(results, null, 2) + '\n');
    console.log('| command | time | throughput | peak RSS | output lines |\n|---|---|---|---|---|');
    for (const r of runs) {
      console.log(`| \`${r.command}\` | ${r.seconds.toFixed(1)} s | ${r.mbPerS.toFixed(1)} MB/s | ${r.maxRssMiB === null ? '?' : `${r.maxRssMiB.toFixed(0)} MiB`} | ${r.outputLines} |`);
    }
    console.log('\nwritten: bench/stream-results.json');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** JSONL lines {"id", "text", "dct"} from the benchmark corpus's articles, cycled until the file has targetBytes. */
function writeInput(file: string, targetBytes: number): { bytes: number; lines: number } {
  const source = loadSourceTexts(REPO);
  const texts = Array.from({ length: 2_000 }, (_, i) => generateArticle(source, 1, i));
  const out = fs.openSync(file, 'w');
  let bytes = 0;
  let lines = 0;
  let chunk: string[] = [];
  while (bytes < targetBytes) {
    const line = JSON.stringify({ id: lines, text: texts[lines % texts.length], dct: null }) + '\n';
    chunk.push(line);
    bytes += Buffer.byteLength(line);
    lines++;
    if (chunk.length === 1_000) {
      fs.writeSync(out, chunk.join(''));
      chunk = [];
    }
  }
  fs.writeSync(out, chunk.join(''));
  fs.closeSync(out);
  return { bytes, lines };
}

/** Wall time of a shell pipeline, its output lines counted by wc, its peak RSS by /usr/bin/time. */
function measure(command: string, shell: string, bytes: number): Run {
  log(`running: ${command}`);
  const rssFile = path.join(os.tmpdir(), `corpus-lens-rss-${process.pid}`);
  const timed = fs.existsSync('/usr/bin/time') ? `/usr/bin/time -f %M -o ${rssFile} sh -c '${shell}'` : shell;
  const start = performance.now();
  const r = spawnSync('sh', ['-c', `${timed} | wc -l`], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  const rss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : null;
  fs.rmSync(rssFile, { force: true });
  return { command, seconds, mbPerS: bytes / MB / seconds, maxRssMiB: rss, outputLines: Number(r.stdout.trim()) };
}

main();
