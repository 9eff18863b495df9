// The training documents (../shared/data/train, read as the eval reads its
// gold) and the cross-check: every tenth document, held out of training so
// that `npm run eval` can measure on text the model never saw.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { readGoldFile } from '../eval/gold';
import type { GoldDoc } from '../eval/types';

export const TRAIN_DIR = path.resolve(__dirname, '../../../shared/data/train');
const FILES = ['conll2003-train.jsonl', 'btc.jsonl'];

export const isCrossCheck = (index: number): boolean => index % 10 === 0;

export interface TrainingSet {
  readonly train: GoldDoc[];
  readonly crossCheck: GoldDoc[];
}

/** null when ../shared is not beside the repository (a user's clone). */
export function readTrainingSet(): TrainingSet | null {
  if (!FILES.every((f) => existsSync(path.join(TRAIN_DIR, f)))) return null;
  const set: TrainingSet = { train: [], crossCheck: [] };
  for (const f of FILES) {
    readGoldFile(path.join(TRAIN_DIR, f)).forEach((doc, i) => (isCrossCheck(i) ? set.crossCheck : set.train).push(doc));
  }
  return set;
}
