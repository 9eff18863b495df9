// Builds the entity model from the training documents: the first pass on all
// of them; the article pass on what a first pass trained on the other half
// made of each document, so that it learns how far to trust a first pass on
// text that pass never saw (as the shipped one will be used).

import { parseRecognizerData, type RecognizerData } from '../../src/core/recognize/entities';
import { LABELS } from '../../src/core/recognize/entities/model/entityModel';
import { slotsOf } from '../../src/core/recognize/entities/model/classify';
import { spanFeatures } from '../../src/core/recognize/entities/model/features';
import type { GoldDoc } from '../eval/types';
import { articleExamples, forEachArticle, localExamples, type LabelledExample } from './examples';
import { train, withoutRare } from './perceptron';

export interface Settings {
  readonly bits: number;
  readonly epochs: number;
  /** Weights are stored as integers: weight * scale, rounded. */
  readonly scale: number;
  readonly seed: number;
  /**
   * Models trained on as many orders of the examples (seeds seed, seed + 1...)
   * and averaged: one order's luck moved F1 by two points on text unlike the
   * training data; five agree within half a point.
   */
  readonly runs: number;
  readonly minCount: number;
  readonly minWordCount: number;
}

export const SETTINGS: Settings = { bits: 20, epochs: 5, scale: 100, seed: 1996, runs: 5, minCount: 2, minWordCount: 30 };

const L = LABELS.length;

function fit(examples: readonly LabelledExample[], s: Settings): Float32Array {
  const kept = withoutRare(examples, s.minCount, s.minWordCount);
  const sum = new Float32Array((1 << s.bits) * L);
  for (let r = 0; r < s.runs; r++) {
    const w = train(kept, s.bits, s.epochs, s.seed + r);
    for (let i = 0; i < w.length; i++) sum[i] += w[i] / s.runs;
  }
  return sum;
}

/** Adds the weights of the slots to scores[from, from + L). */
function addScores(weights: Float32Array, slots: readonly number[], scores: Float64Array, from: number): void {
  for (const slot of slots) for (let l = 0; l < L; l++) scores[from + l] += weights[slot * L + l];
}

/** Used slots as ascending differences, and their integer weights (entityModel.ts `parseEntityModel`). */
function pack(weights: Float32Array, s: Settings): { slots: number[]; weights: number[] } {
  const slots: number[] = [];
  const out: number[] = [];
  let previous = 0;
  for (let slot = 0; slot < 1 << s.bits; slot++) {
    const ints = Array.from(weights.subarray(slot * L, slot * L + L), (w) => Math.round(w * s.scale) + 0);
    if (ints.every((w) => w === 0)) continue;
    slots.push(slot - previous);
    previous = slot;
    out.push(...ints);
  }
  return { slots, weights: out };
}

/** The `entityModel` JSON value for data/entities-model.json. */
export function buildModel(docs: readonly GoldDoc[], wordLists: RecognizerData, s: Settings = SETTINGS): object {
  const data = parseRecognizerData(wordLists);
  const half = (i: number): number => i % 2;
  const local: LabelledExample[][] = [[], []];
  forEachArticle(docs, data, (article, i) => local[half(i)].push(...localExamples(article, s.bits)));
  const localModel = fit([...local[0], ...local[1]], s);
  // Each half's first pass, trained on the other half.
  const halfModels = [fit(local[1], s), fit(local[0], s)];
  const article: LabelledExample[] = [];
  forEachArticle(docs, data, (a, i) => {
    const scores = new Float64Array(a.spans.length * L);
    a.spans.forEach((span, k) => addScores(halfModels[half(i)], slotsOf(s.bits, (emit) => spanFeatures(a.af, span, emit)), scores, k * L));
    article.push(...articleExamples(a, scores, s.bits));
  });
  const articleModel = fit(article, s);
  return { format: 1, labels: LABELS, bits: s.bits, scale: s.scale, local: pack(localModel, s), article: pack(articleModel, s) };
}
