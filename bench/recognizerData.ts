// The recogniser data (data/*.json) the extension and the CLI ship, loaded
// the way test/unit/support/corpus.ts loads it. Without it the recognisers
// still run, on empty word lists, and the report says so.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRecognizerData, type RecognizerData } from '../src/core/recognize/entities';

export interface LoadedData {
  readonly data: RecognizerData;
  /** The files read, e.g. ["entities-names.json"]; empty when data/ is missing. */
  readonly files: readonly string[];
}

export function loadRecognizerData(repo: string): LoadedData {
  const dir = path.join(repo, 'data');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  const json = files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown);
  return { data: parseRecognizerData(...json), files };
}
