// The real sample corpus and the real recogniser data, loaded for tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RecognizerData } from '../../../src/core/recognize/entities';
import { loadRecognizerData } from '../../../src/node/recognizerData';
import { createCorpusService, type CorpusService } from '../../../src/core/service';
import { InMemoryWorkspace } from './inMemoryWorkspace';

export const ROOT = path.resolve(__dirname, '../../..');
export const SAMPLE = path.join(ROOT, 'sample-corpus');

let data: RecognizerData | undefined;

export function recognizerData(): RecognizerData {
  return (data ??= loadRecognizerData(path.join(ROOT, 'data')).data);
}

/** The sample corpus as `mem:/corpus/<file name>`, catalog included. */
export function sampleFiles(): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(SAMPLE).map((name) => [`mem:/corpus/${name}`, fs.readFileSync(path.join(SAMPLE, name), 'utf8')]),
  );
}

export const ARTICLE = (n: number) =>
  `mem:/corpus/${fs.readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort()[n]}`;

export async function sampleService(
  overrides: Record<string, string | Uint8Array> = {},
): Promise<{ service: CorpusService; workspace: InMemoryWorkspace }> {
  const workspace = new InMemoryWorkspace({ ...sampleFiles(), ...overrides });
  const service = createCorpusService({
    workspace,
    data: recognizerData,
    now: () => new Date('2026-11-23T10:00:00.123Z'),
    random: seededRandom(42),
  });
  await service.indexAll();
  return { service, workspace };
}

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
