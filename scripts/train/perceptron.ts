// A multi-class averaged perceptron (Collins 2002; Freund & Schapire 1999)
// over hashed feature slots: the learner behind data/entities-model.json.
// Averaging keeps a running sum of each update weighted by when it happened,
// so the average of all weight vectors costs no more than the last one.

import { LABELS } from '../../src/core/recognize/entities/model/entityModel';
import { seeded, type Random } from '../../bench/prng';

export interface Example {
  readonly slots: Int32Array;
  readonly label: number;
}

const L = LABELS.length;

function shuffled<T>(items: readonly T[], next: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function best(weights: Float32Array, slots: Int32Array): number {
  const scores = new Float64Array(L);
  for (const s of slots) for (let l = 0; l < L; l++) scores[l] += weights[s * L + l];
  let top = 0;
  for (let l = 1; l < L; l++) if (scores[l] > scores[top]) top = l;
  return top;
}

/** Averaged weights, LABELS.length per slot of 2^bits. */
export function train(examples: readonly Example[], bits: number, epochs: number, seed: number): Float32Array {
  const w = new Float32Array((1 << bits) * L);
  const u = new Float64Array((1 << bits) * L);
  // seeded: the same model from the same data, run after run
  const next = seeded(seed);
  let c = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const x of shuffled(examples, next)) {
      const guess = best(w, x.slots);
      if (guess !== x.label) {
        for (const s of x.slots) {
          w[s * L + x.label] += 1; u[s * L + x.label] += c;
          w[s * L + guess] -= 1; u[s * L + guess] -= c;
        }
      }
      c++;
    }
  }
  const avg = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) if (w[i] !== 0 || u[i] !== 0) avg[i] = w[i] - u[i] / c;
  return avg;
}

/**
 * The examples without the slots seen in fewer than `minCount` of them (or,
 * for word identities, `minWordCount`): a weight learnt from a handful of
 * sightings memorises those documents rather than the kind of text.
 */
export function withoutRare(examples: readonly (Example & { readonly words: ReadonlySet<number> })[], minCount: number, minWordCount: number): Example[] {
  const seen = new Map<number, number>();
  for (const x of examples) for (const s of new Set(x.slots)) seen.set(s, (seen.get(s) ?? 0) + 1);
  return examples.map((x) => ({
    label: x.label,
    slots: x.slots.filter((s) => (seen.get(s) ?? 0) >= (x.words.has(s) ? minWordCount : minCount)),
  }));
}
