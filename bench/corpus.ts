// Builds the benchmark corpora: articles of 2-4 KB made of paragraphs drawn
// (seeded) from the evaluation texts in ../shared/data/eval and the seed
// articles in sample-corpus/, each under a header like the seeds' (title,
// byline with a publication date), plus the sample catalog. Article i depends
// only on (seed, i), so the corpus of 1,000 is the first 1,000 of the 10,000
// and the scaling table compares like with like.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { intBetween, pick, seeded, type Random } from './prng';

export interface SourceTexts {
  readonly paragraphs: readonly string[];
  /** Paragraphs of the sample corpus: they carry the catalog's entities. */
  readonly seedParagraphs: readonly string[];
  readonly titles: readonly string[];
  readonly catalogText: string;
  /** Where the paragraphs came from, for the report. */
  readonly origin: string;
}

export interface GeneratedCorpus {
  readonly dir: string;
  readonly catalog: string;
  /** Absolute article paths, sorted. */
  readonly files: readonly string[];
  readonly bytes: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Share of paragraphs taken from the seed articles, so catalog entities recur across the corpus. */
const SEED_SHARE = 0.3;

export function loadSourceTexts(repo: string): SourceTexts {
  const sample = path.join(repo, 'sample-corpus');
  const seedArticles = fs.readdirSync(sample).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(sample, f), 'utf8'));
  const evalDir = path.resolve(repo, '../shared/data/eval');
  const evalTexts = fs.existsSync(evalDir)
    ? fs.readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort()
        .flatMap((f) => fs.readFileSync(path.join(evalDir, f), 'utf8').split('\n').filter(Boolean))
        .map((line) => (JSON.parse(line) as { text: string }).text)
    : [];
  const paragraphsOf = (texts: readonly string[]) =>
    texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length >= 60);
  const seedParagraphs = paragraphsOf(seedArticles.map((a) => a.split('\n').slice(3).join('\n')));
  const titles = [...seedArticles, ...evalTexts].map((t) => t.split('\n')[0].trim()).filter((t) => t.length > 10 && t.length < 140);
  return {
    paragraphs: evalTexts.length ? paragraphsOf(evalTexts) : seedParagraphs,
    seedParagraphs,
    titles,
    catalogText: fs.readFileSync(path.join(sample, 'entities.yaml'), 'utf8'),
    origin: evalTexts.length
      ? `${evalTexts.length} eval texts (${path.relative(repo, evalDir)}) + ${seedArticles.length} seed articles`
      : `${seedArticles.length} seed articles only (../shared/data/eval not found)`,
  };
}

/** Article i of the benchmark: the same text for the same seed on every machine. */
export function generateArticle(source: SourceTexts, seed: number, i: number): string {
  const random = seeded(seed * 1_000_003 + i);
  const target = intBetween(random, 2000, 4000);
  const parts = [pick(random, source.titles), byline(random)];
  let bytes = Buffer.byteLength(parts.join('\n\n'));
  while (bytes < target) {
    const pool = random() < SEED_SHARE ? source.seedParagraphs : source.paragraphs;
    const paragraph = pick(random, pool);
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  return parts.join('\n\n') + '\n';
}

/** The three date styles of the seeds, and sometimes none (the DCT must then come from elsewhere). */
function byline(random: Random): string {
  const year = intBetween(random, 2019, 2024);
  const month = intBetween(random, 0, 11);
  const day = intBetween(random, 1, 28);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()];
  switch (intBetween(random, 0, 3)) {
    case 0: return `By News Desk - ${MONTHS[month]} ${day} ${year}`;
    case 1: return `${day} ${MONTHS[month]}, ${year}`;
    case 2: return `${weekday} ${day} ${MONTHS[month]} ${year} - ${intBetween(random, 10, 23)}:${intBetween(random, 10, 59)}`;
    default: return 'From our correspondent';
  }
}

/** Writes articles 0..count-1 into dir (created fresh) with the catalog beside them. */
export function writeCorpus(source: SourceTexts, seed: number, count: number, dir: string): GeneratedCorpus {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const catalog = path.join(dir, 'entities.yaml');
  fs.writeFileSync(catalog, source.catalogText);
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = generateArticle(source, seed, i);
    const file = path.join(dir, `${String(i).padStart(5, '0')}_${(seed * 7919 + i).toString(16).padStart(8, '0')}.txt`);
    fs.writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, catalog, files: files.sort(), bytes };
}
