// The sample corpus copied into a fresh temporary folder, and services over
// it through the same Node workspace adapter the CLI uses: real files, real
// renames, real locks. Several services over one folder are two windows.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCorpusService, type CorpusService } from '../../../src/core/service';
import { NodeWorkspace } from '../../../src/node/nodeWorkspace';
import { nodeFileSystem, type FileSystemCalls } from '../../../src/node/files';
import { recognizerData, SAMPLE, seededRandom } from './corpus';

export interface CorpusFolder {
  readonly dir: string;
  /** Absolute paths of the articles, sorted. */
  readonly articles: string[];
  readonly catalog: string;
  article(n: number): string;
  sidecar(n: number): string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** A service over the folder, indexed: one window. */
  open(options?: { calls?: FileSystemCalls; seed?: number }): Promise<CorpusService>;
  remove(): void;
}

export function copySampleCorpus(extra: Record<string, string> = {}): CorpusFolder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-'));
  for (const name of fs.readdirSync(SAMPLE)) fs.copyFileSync(path.join(SAMPLE, name), path.join(dir, name));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  const articles = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => path.join(dir, f));
  const catalog = path.join(dir, 'entities.yaml');
  let seeds = 0;
  return {
    dir,
    articles,
    catalog,
    article: (n) => articles[n],
    sidecar: (n) => `${articles[n]}.annotations.yaml`,
    read: (file) => fs.readFileSync(file, 'utf8'),
    write: (file, text) => fs.writeFileSync(file, text),
    async open(options = {}) {
      const service = createCorpusService({
        workspace: new NodeWorkspace(articles, catalog, options.calls ?? nodeFileSystem),
        data: recognizerData,
        now: () => new Date('2026-11-23T10:00:00Z'),
        random: seededRandom(options.seed ?? 1000 + seeds++),
      });
      await service.indexAll();
      return service;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The span, in code points, of the n-th (0-based) occurrence of `needle` in the service's text of `uri`. */
export function spanOf(service: CorpusService, uri: string, needle: string, n = 0): { start: number; end: number } {
  const text = service.analysis(uri)!.text;
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${n} not in ${uri}`);
  }
  return { start: text.toCodePoint(at), end: text.toCodePoint(at + needle.length) };
}
