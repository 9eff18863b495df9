// Development guard for speed work on the recognisers: their output must stay
// byte-identical. Writes (--save) or compares against a reference JSON file
// the entities (with the sample catalog and with an empty one), dates and
// publication dates of every text of ../shared/data/eval/*.jsonl and
// sample-corpus/*.txt, plus upper- and lower-cased copies of each text (they
// walk the headline, acronym and lower-case paths that prose rarely takes).
// Usage, from the repository root:
//   npx tsx scripts/dev-speed-check.ts --save [/tmp/speed-ref.json]
//   npx tsx scripts/dev-speed-check.ts [/tmp/speed-ref.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from '../src/core/catalog/parse';
import { EMPTY_CATALOG } from '../src/core/model';
import { detectPublished, recognizeDates } from '../src/core/recognize/dates';
import { compileCatalog, parseRecognizerData, recognizeEntities } from '../src/core/recognize/entities';

const root = process.cwd(); // run from the repository root
const save = process.argv.includes('--save');
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/speed-ref.json';

const texts: string[] = [];
const evalDir = join(root, '..', 'shared', 'data', 'eval');
for (const f of readdirSync(evalDir).filter((n) => n.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) {
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
}
const corpusDir = join(root, 'sample-corpus');
for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort()) texts.push(readFileSync(join(corpusDir, f), 'utf8'));
for (const t of texts.slice()) texts.push(t.toUpperCase(), t.toLowerCase());

const dataDir = join(root, 'data');
const data = parseRecognizerData(
  ...readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as unknown),
);
const catalogs = {
  sample: compileCatalog(parseCatalog(readFileSync(join(corpusDir, 'entities.yaml'), 'utf8')).catalog),
  empty: compileCatalog(EMPTY_CATALOG),
};

// One line per text, so that a difference is easy to locate.
const lines = texts.map((text) => {
  const published = detectPublished(text);
  return JSON.stringify({
    sample: recognizeEntities(text, catalogs.sample, data),
    empty: recognizeEntities(text, catalogs.empty, data),
    published,
    dates: recognizeDates(text, published?.value),
  });
});

if (save) {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`saved ${lines.length} texts to ${file}`);
} else {
  const ref = readFileSync(file, 'utf8').split('\n');
  const differ = lines.map((l, i) => (l === ref[i] ? -1 : i)).filter((i) => i >= 0);
  if (ref.length !== lines.length + 1) console.log(`reference has ${ref.length - 1} texts, now ${lines.length}`);
  for (const i of differ.slice(0, 5)) console.log(`text ${i} differs:\n  ref ${ref[i].slice(0, 300)}\n  now ${lines[i].slice(0, 300)}`);
  console.log(differ.length === 0 && ref.length === lines.length + 1 ? `identical (${lines.length} texts)` : `${differ.length} texts differ`);
  if (differ.length > 0) process.exitCode = 1;
}
