// Editor-feature latency on an indexed corpus: hover, definition and
// references at seeded random mention positions, and the cost of re-indexing
// one edited article (from disk, and from an editor buffer).

import * as fs from 'node:fs';
import type { Position } from '../src/core/model';
import type { CorpusService } from '../src/core/service';
import { generateArticle, type SourceTexts } from './corpus';
import { pick, seeded } from './prng';
import { latencyOf, nowMs, timeAsync, type Latency } from './timing';

export interface FeatureLatency {
  readonly hover: Latency;
  readonly definition: Latency;
  readonly references: Latency & { readonly meanLocations: number };
}

export interface ReindexLatency {
  /** service.fileChanged after the file was rewritten on disk (read + decode + sidecar + analyse + index). */
  readonly fileChanged: Latency;
  /** service.syncEditor with a new version: what every keystroke batch costs. */
  readonly syncEditor: Latency;
  readonly meanArticleBytes: number;
}

interface Probe {
  readonly uri: string;
  readonly position: Position;
}

const WARMUP_PROBES = 100;

/** Positions one character inside randomly chosen mentions of randomly chosen articles. */
function probes(service: CorpusService, count: number, seed: number): Probe[] {
  const random = seeded(seed);
  const uris = service.articles().filter((uri) => (service.analysis(uri)?.entities.length ?? 0) > 0);
  if (uris.length === 0) return [];
  return Array.from({ length: count }, () => {
    const analysis = service.analysis(pick(random, uris))!;
    const mention = pick(random, analysis.entities);
    const start = analysis.text.rangeOf(mention).start;
    return { uri: analysis.uri, position: { line: start.line, character: start.character + 1 } };
  });
}

export function featureLatency(service: CorpusService, count: number, seed: number): FeatureLatency | undefined {
  const all = probes(service, count + WARMUP_PROBES, seed);
  if (all.length === 0) return undefined;
  for (const p of all.slice(0, WARMUP_PROBES)) {
    service.hover(p.uri, p.position);
    service.definition(p.uri, p.position);
    service.references(p.uri, p.position, true);
  }
  const hover: number[] = [];
  const definition: number[] = [];
  const references: number[] = [];
  let locations = 0;
  const timed = <T>(samples: number[], run: () => T): T => {
    const start = nowMs();
    const result = run();
    samples.push(nowMs() - start);
    return result;
  };
  for (const p of all.slice(WARMUP_PROBES)) {
    timed(hover, () => service.hover(p.uri, p.position));
    timed(definition, () => service.definition(p.uri, p.position));
    locations += timed(references, () => service.references(p.uri, p.position, true)).length;
  }
  return {
    hover: latencyOf(hover),
    definition: latencyOf(definition),
    references: { ...latencyOf(references), meanLocations: locations / references.length },
  };
}

/**
 * Rewrites `count` seeded articles with other generated text of the same kind
 * and times the re-index of each; the original text is put back afterwards.
 */
export async function reindexLatency(service: CorpusService, source: SourceTexts, count: number, seed: number): Promise<ReindexLatency> {
  const random = seeded(seed);
  const uris = service.articles();
  const fileChanged: number[] = [];
  const syncEditor: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const uri = pick(random, uris);
    const original = fs.readFileSync(uri);
    const edited = generateArticle(source, seed + 1, i);
    bytes += Buffer.byteLength(edited);
    fs.writeFileSync(uri, edited);
    fileChanged.push(await timeAsync(() => service.fileChanged(uri)));
    const start = nowMs();
    service.syncEditor({ uri, version: i + 1, getText: () => edited + ' Edited by Vladimir Putin.\n' });
    syncEditor.push(nowMs() - start);
    service.closeEditor(uri);
    fs.writeFileSync(uri, original);
    await service.fileChanged(uri);
  }
  return { fileChanged: latencyOf(fileChanged), syncEditor: latencyOf(syncEditor), meanArticleBytes: bytes / count };
}
