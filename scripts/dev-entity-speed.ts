// Development benchmark of the entity recogniser (and, for comparison, the
// date recogniser and both together): MB/s on one core over the texts of
// ../shared/data/eval/*.jsonl, with the sample catalog compiled. Warm (one
// untimed pass first), best of N passes in CPU time, because the machine is
// shared.
// Usage, from the repository root: npx tsx scripts/dev-entity-speed.ts [--runs 7]
// (tsx reads imported constants through getters; for figures like the
// shipped bundle's: npx esbuild scripts/dev-entity-speed.ts --bundle
// --platform=node --outfile=/tmp/speed.js && node /tmp/speed.js)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from '../src/core/catalog/parse';
import { detectPublished, recognizeDates } from '../src/core/recognize/dates';
import { compileCatalog, parseRecognizerData, recognizeEntities } from '../src/core/recognize/entities';

const root = process.cwd(); // run from the repository root
const evalDir = join(root, '..', 'shared', 'data', 'eval');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7;

const texts: string[] = [];
for (const f of readdirSync(evalDir).filter((n) => n.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) {
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
}
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
const dataDir = join(root, 'data');
const data = parseRecognizerData(
  ...readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as unknown),
);
const catalog = compileCatalog(parseCatalog(readFileSync(join(root, 'sample-corpus', 'entities.yaml'), 'utf8')).catalog);

function bestMbPerS(work: (text: string) => number): { mbps: number; found: number } {
  let found = 0;
  for (const t of texts) found += work(t);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    // CPU time, not wall time: on a shared machine the wall clock also
    // counts the time other processes held the core.
    const start = process.cpuUsage();
    for (const t of texts) work(t);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { mbps: bytes / 1048576 / (best / 1000), found };
}

const entities = (t: string) => recognizeEntities(t, catalog, data).length;
const dates = (t: string) => recognizeDates(t, detectPublished(t)?.value).length;
console.log(`${texts.length} texts, ${(bytes / 1048576).toFixed(2)} MB, best of ${runs}`);
for (const [name, work] of [['entities', entities], ['dates', dates], ['entities + dates', (t: string) => entities(t) + dates(t)]] as const) {
  const { mbps, found } = bestMbPerS(work);
  console.log(`${name.padEnd(17)} ${mbps.toFixed(1).padStart(6)} MB/s  (${found} found)`);
}
