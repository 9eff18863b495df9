// `corpus-lens recognize`: files and folders, or JSONL lines {"id","text","dct"}.

import { promises as fs, existsSync } from 'node:fs';
import * as path from 'node:path';
import { createCorpusService, type RecognizerData } from '../core/service';
import { NodeWorkspace } from '../node/nodeWorkspace';
import { findArticles } from './articles';
import { toRecord } from './jsonl';

export interface RecognizeOptions {
  readonly paths: readonly string[];
  readonly catalog?: string;
  readonly inputJsonl?: string;
  readonly data: RecognizerData;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Returns the exit code: 0, or 1 when an input could not be read. */
export async function recognize(options: RecognizeOptions): Promise<number> {
  const found = options.inputJsonl ? { files: [], missing: [], folders: [] } : await findArticles(options.paths);
  let failed = false;
  for (const missing of found.missing) {
    options.err(`corpus-lens: ${missing}: no such file or folder`);
    failed = true;
  }
  const catalog = options.catalog ? path.resolve(options.catalog) : defaultCatalog(found.folders, found.files.map((f) => f.absolute));
  const service = createCorpusService({
    workspace: new NodeWorkspace(found.files.map((f) => f.absolute), catalog),
    data: options.data,
  });
  await service.indexAll();
  if (options.catalog && !existsSync(catalog!)) {
    options.err(`corpus-lens: ${options.catalog}: no such catalog`);
    failed = true;
  }
  for (const problem of service.problems()) {
    options.err(`corpus-lens: ${problem.uri}:${problem.line + 1}:${problem.column + 1}: ${problem.message}`);
    failed ||= problem.severity === 'error' || problem.message.startsWith('Skipped');
  }

  if (options.inputJsonl) return (await recognizeJsonl(options, service)) || failed ? 1 : 0;
  for (const file of found.files) {
    const analysis = service.analysis(file.absolute);
    if (analysis) options.out(toRecord({ file: file.display }, analysis));
  }
  return failed ? 1 : 0;
}

/** Returns true when a line could not be read. */
async function recognizeJsonl(options: RecognizeOptions, service: ReturnType<typeof createCorpusService>): Promise<boolean> {
  const input = options.inputJsonl === '-' ? await readStdin() : await fs.readFile(options.inputJsonl!, 'utf8');
  let failed = false;
  input.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const { id, text, dct } = JSON.parse(line) as { id?: unknown; text?: unknown; dct?: unknown };
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      if (dct !== undefined && dct !== null && (typeof dct !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dct))) {
        throw new Error('"dct" must be YYYY-MM-DD');
      }
      options.out(toRecord({ id: id ?? null }, service.recognize(text, (dct as string | null) ?? undefined)));
    } catch (e) {
      options.err(`corpus-lens: ${options.inputJsonl}:${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
      failed = true;
    }
  });
  return failed;
}

function defaultCatalog(folders: readonly string[], files: readonly string[]): string | undefined {
  const candidates = [...folders, ...files.map((f) => path.dirname(f))].map((dir) => path.resolve(dir, 'entities.yaml'));
  return candidates.find((c) => existsSync(c));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
