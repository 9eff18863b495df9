// The one loader of the recogniser data (gazetteers, word lists: the *.json
// files of data/, shipped in dist/data/) for every Node client: the
// extension, the CLI, the tests, the bench. The core gets plain values.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRecognizerData, type RecognizerData } from '../core/service';

export interface LoadedRecognizerData {
  readonly data: RecognizerData;
  /** The files read, sorted, e.g. ["entities-cities.json", ...]; empty when the folder is missing. */
  readonly files: readonly string[];
}

/** The data files of `dir`: every *.json, in name order; none when the folder is missing. */
export function recognizerDataFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : [];
}

/** Reads every data file of `dir`; a missing folder gives empty data (the recognisers still run). */
export function loadRecognizerData(dir: string): LoadedRecognizerData {
  const files = recognizerDataFiles(dir);
  const texts = files.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
  return { data: parseRecognizerData(...texts.map((t) => JSON.parse(t) as unknown)), files };
}
