// npm run train: rebuilds data/entities-model.json from ../shared/data/train
// (deterministic: the same data give the same file), then reports strict F1
// on the cross-check documents held out of training (split.ts).

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { compileCatalog, parseRecognizerData, recognizeEntities, type RecognizerData } from '../../src/core/recognize/entities';
import { entityReport } from '../eval/report';
import { scoreEntities } from '../eval/scoreEntities';
import type { DocPredictions, GoldDoc } from '../eval/types';
import { loadRecognizerData } from '../../src/node/recognizerData';
import { buildModel } from './model';
import { readTrainingSet, TRAIN_DIR } from './split';

const DATA_DIR = path.resolve(__dirname, '../../data');
export const MODEL_FILE = 'entities-model.json';

const ABOUT =
  'Weights of the entity typer (src/core/recognize/entities/model), written by `npm run train` from ' +
  'the CoNLL-2003 English training set (Tjong Kim Sang & De Meulder 2003; Reuters RCV1 text, distributed ' +
  'for research: no text of it is in this file or this product, only learnt weights of hashed features) and ' +
  'the Broad Twitter Corpus (Derczynski, Bontcheva & Roberts 2016, COLING, CC BY 4.0).';

/** The word lists the model is trained with: every data file but the model itself. */
export function wordLists(): RecognizerData {
  const { entityModel: _shipped, ...lists } = loadRecognizerData(DATA_DIR).data;
  return lists;
}

export function modelFileText(entityModel: object): string {
  // One line per model part keeps the file diffable by part and small.
  return JSON.stringify({ about: ABOUT, entityModel }) + '\n';
}

/** Strict micro F1 of the word lists plus `entityModel` on gold documents, in memory. */
export function strictF1(docs: readonly GoldDoc[], lists: RecognizerData, entityModel: object): number {
  const data = parseRecognizerData(lists, { entityModel });
  const empty = compileCatalog({ entities: [], ignore: [] });
  const output = new Map<string, DocPredictions>();
  for (const doc of docs) {
    const entities = recognizeEntities(doc.text, empty, data).map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type }));
    output.set(doc.id, { entities, dates: [] });
  }
  return entityReport(scoreEntities(docs, output)).micro.strict.f1;
}

function main(): number {
  const set = readTrainingSet();
  if (!set) {
    process.stderr.write(`train: no training data at ${TRAIN_DIR}\n`);
    return 1;
  }
  const started = Date.now();
  const lists = wordLists();
  const model = buildModel(set.train, lists);
  writeFileSync(path.join(DATA_DIR, MODEL_FILE), modelFileText(model));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`train: ${set.train.length} documents in ${seconds} s -> data/${MODEL_FILE}`);
  console.log(`cross-check (${set.crossCheck.length} held-out documents): strict F1 ${(100 * strictF1(set.crossCheck, lists, model)).toFixed(1)}`);
  return 0;
}

if (require.main === module) process.exitCode = main();
