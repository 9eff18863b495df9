// What re-anchoring costs on the largest sample article: every recognised
// mention annotated, then the text unchanged, shifted by an inserted
// paragraph, and edited so that some quotes only match fuzzily.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotation } from '../src/core/model';
import { TextMap } from '../src/core/text/offsets';
import { normalizeText } from '../src/core/text/normalize';
import { quoteSelector, reanchor } from '../src/core/annotations';
import type { CorpusService } from '../src/core/service';
import { latencyOf, time, type Latency } from './timing';

export interface ReanchorCost {
  readonly article: string;
  readonly bytes: number;
  readonly annotations: number;
  readonly unchanged: Latency;
  readonly shifted: Latency;
  readonly fuzzy: Latency;
  /** How the annotations ended up after the fuzzy edit. */
  readonly fuzzyOutcome: Record<string, number>;
}

const RUNS = 50;

export function measureReanchor(repo: string, service: CorpusService): ReanchorCost {
  const dir = path.join(repo, 'sample-corpus');
  const largest = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ f, text: normalizeText(fs.readFileSync(path.join(dir, f), 'utf8')) }))
    .reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const map = new TextMap(largest.text);
  const annotations: Annotation[] = service.recognize(largest.text).entities.map((m, i) => ({
    id: `a${i}`,
    start: m.start,
    end: m.end,
    ...quoteSelector(map, m),
    created: '2026-11-23T10:00:00Z',
  }));
  const shifted = new TextMap(`A new first paragraph, inserted by an editor.\n\n${largest.text}`);
  // every other "a" becomes "á": quotes that contain one no longer match exactly
  let n = 0;
  const fuzzy = new TextMap(shifted.text.replace(/a/g, (c) => (n++ % 2 ? 'á' : c)));
  const runs = (text: TextMap) => latencyOf(Array.from({ length: RUNS }, () => time(() => reanchor(text, annotations))));
  const outcome: Record<string, number> = {};
  for (const a of reanchor(fuzzy, annotations)) outcome[a.status] = (outcome[a.status] ?? 0) + 1;
  return {
    article: largest.f,
    bytes: Buffer.byteLength(largest.text),
    annotations: annotations.length,
    unchanged: runs(map),
    shifted: runs(shifted),
    fuzzy: runs(fuzzy),
    fuzzyOutcome: outcome,
  };
}
