// Recognition throughput on one core (this process is single-threaded): ours
// (entities + dates + publication date, through service.recognize) against
// compromise (people/organisations/places with offsets) and chrono-node
// (dates), all on the SAME ~1 MB of articles, one call per article.

import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import type { CorpusService } from '../src/core/service';
import { MB, nowMs } from './timing';

export interface Throughput {
  readonly name: string;
  readonly version?: string;
  readonly bytes: number;
  readonly ms: number;
  readonly mbPerS: number;
  /** What it found, as a sanity check that it did the work. */
  readonly found: number;
}

export interface Article {
  readonly text: string;
  readonly bytes: number;
}

export function readArticles(files: readonly string[]): Article[] {
  return files.map((f) => {
    const buffer = fs.readFileSync(f);
    return { text: buffer.toString('utf8'), bytes: buffer.length };
  });
}

/** The first articles that together reach `bytes` (the ~1 MB sample). */
export function sampleOf(articles: readonly Article[], bytes: number): Article[] {
  const sample: Article[] = [];
  let total = 0;
  for (const a of articles) {
    if (total >= bytes) break;
    sample.push(a);
    total += a.bytes;
  }
  return sample;
}

type Recognize = (text: string) => number;

export interface Plan {
  /** Articles recognised before timing, so the JIT has compiled the hot paths. */
  readonly warmup: number;
  /** Timed passes over all articles; the median is reported (robust to a GC or a noisy neighbour). */
  readonly passes: number;
}

/** The slow competitors get a short warm-up and one pass: a pass over 1 MB already takes seconds. */
const ONE_PASS: Plan = { warmup: 20, passes: 1 };

function measure(name: string, articles: readonly Article[], recognize: Recognize, plan: Plan, version?: string): Throughput {
  const bytes = articles.reduce((sum, a) => sum + a.bytes, 0);
  for (const a of articles.slice(0, plan.warmup)) recognize(a.text);
  const passes = plan.passes;
  const runs: { ms: number; found: number }[] = [];
  for (let p = 0; p < passes; p++) {
    let found = 0;
    const start = nowMs();
    for (const a of articles) found += recognize(a.text);
    runs.push({ ms: nowMs() - start, found });
  }
  runs.sort((x, y) => x.ms - y.ms);
  const median = runs[Math.floor(runs.length / 2)];
  return { name, version, bytes, ms: median.ms, mbPerS: bytes / MB / (median.ms / 1000), found: median.found };
}

export function ours(service: CorpusService, articles: readonly Article[], plan: Plan): Throughput {
  return measure('corpus-lens (entities + dates)', articles, (text) => {
    const r = service.recognize(text);
    return r.entities.length + r.dates.length;
  }, plan);
}

/** compromise's own tagger over the whole text, then the three entity views with offsets. */
export function compromise(articles: readonly Article[], repo: string): Throughput {
  return measure('compromise people/orgs/places', articles, (text) => {
    const doc = nlp(text);
    return doc.people().json({ offset: true }).length
      + doc.organizations().json({ offset: true }).length
      + doc.places().json({ offset: true }).length;
  }, ONE_PASS, versionOf(repo, 'compromise'));
}

/** chrono-node's parse with the publication date unknown, as most relative dates would be resolved against "now". */
export function chronoNode(articles: readonly Article[], repo: string): Throughput {
  const reference = new Date('2022-10-17T12:00:00Z');
  return measure('chrono-node parse', articles, (text) => chrono.parse(text, reference).length, ONE_PASS, versionOf(repo, 'chrono-node'));
}

/** Read from the file: neither package exports its package.json. */
function versionOf(repo: string, name: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}
