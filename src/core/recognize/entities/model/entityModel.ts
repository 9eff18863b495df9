// The learnt part of the entity recogniser: two linear models over hashed
// features (features.ts), trained by scripts/train from ../shared/data/train
// and shipped as data/entities-model.json. The first ("local") types a
// candidate from its own text and context; the second ("article") again,
// knowing what the first made of the rest of the article.

/** What a candidate can turn out to be; 'none' drops it. */
export const LABELS = ['none', 'person', 'organization', 'location', 'other'] as const;
export type Label = (typeof LABELS)[number];

/**
 * Both models' weights by slot, in one open-addressing table of the used
 * slots (a few tens of thousands of 2^bits): one lookup serves both models.
 */
export interface EntityModel {
  /** Features are hashed into 2^bits slots. */
  readonly bits: number;
  /**
   * Per probe position, slot + 1 (0 where empty); the number of positions is
   * a power of two. Only keys here, so that probing (most features miss)
   * reads a small array that stays in the CPU cache.
   */
  readonly keys: Int32Array;
  /**
   * Per probe position, LABELS.length weights of the first model, then as
   * many of the second: a hit reads its weights at its own position, without
   * an index to follow (that indirection cost a cache miss per hit).
   */
  readonly weights: Float32Array;
}

const L = LABELS.length;
const probeStart = (slot: number, mask: number): number => Math.imul(slot, 0x9e3779b1) >>> 0 & mask;

/** The probe position of a slot, or -1 if the models never learnt a weight for it. */
export function entryOf(model: EntityModel, slot: number): number {
  const { keys } = model;
  const mask = keys.length - 1;
  for (let p = probeStart(slot, mask); ; p = (p + 1) & mask) {
    const at = keys[p];
    if (at === 0) return -1;
    if (at === slot + 1) return p;
  }
}

/**
 * Adds to scores[at, at + LABELS.length) the weights of one model (`offset`
 * 0: the first, LABELS.length: the second) at the first n probe positions of
 * `entries`. Summed in locals, not into the buffer per feature: a load and a
 * store per label and feature cost more than the lookups. The order of the
 * additions does not change a bit of the scores: each weight is a float32 of
 * at least 1 / scale = 0.01 in size, so a multiple of 2^-30, and below 2^6, so
 * sums of fewer than 2^17 of them are exact in float64 (entityModel.test.ts
 * checks the shipped model keeps to this).
 */
export function addWeights(model: EntityModel, entries: Int32Array, n: number, offset: number, scores: Float64Array, at: number): void {
  const w = model.weights;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  for (let j = 0; j < n; j++) {
    const p = entries[j] * 2 * L + offset;
    s0 += w[p]; s1 += w[p + 1]; s2 += w[p + 2]; s3 += w[p + 3]; s4 += w[p + 4];
  }
  scores[at] += s0; scores[at + 1] += s1; scores[at + 2] += s2; scores[at + 3] += s3; scores[at + 4] += s4;
}

/** The best label's index, of the LABELS.length scores from `from` in a buffer of several. */
export function argmaxAt(scores: ArrayLike<number>, from: number): number {
  let best = 0;
  for (let l = 1; l < L; l++) if (scores[from + l] > scores[from + best]) best = l;
  return best;
}

/**
 * The model file's JSON: `{format: 1, labels, bits, scale, local, article}`,
 * each model `{slots, weights}` with the used slots in ascending order as
 * differences from the previous one (smaller file), and LABELS.length
 * integer weights per slot, to be divided by `scale`. Throws on anything else.
 */
export function parseEntityModel(json: unknown, where: string): EntityModel {
  const fail = (why: string): never => { throw new Error(`${where}: entity model ${why}`); };
  if (typeof json !== 'object' || json === null) return fail('is not an object');
  const m = json as Record<string, unknown>;
  if (m.format !== 1) fail(`format ${String(m.format)} is not supported (expected 1)`);
  if (!Array.isArray(m.labels) || m.labels.join() !== LABELS.join()) fail(`labels must be ${LABELS.join(', ')}`);
  const bits = m.bits;
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 8 || bits > 24) return fail('bits must be a whole number from 8 to 24');
  const scale = m.scale;
  if (typeof scale !== 'number' || !(scale > 0)) return fail('scale must be a positive number');
  const parts = ['local', 'article'].map((name) => {
    const part = m[name] as { slots?: unknown; weights?: unknown } | undefined;
    if (!part || !Array.isArray(part.slots) || !Array.isArray(part.weights)) return fail(`"${name}" needs slots and weights lists`);
    const { slots: deltas, weights } = part as { slots: unknown[]; weights: unknown[] };
    if (weights.length !== deltas.length * L) fail(`"${name}" has ${weights.length} weights for ${deltas.length} slots`);
    const slots = new Int32Array(deltas.length);
    let slot = 0;
    deltas.forEach((delta, i) => {
      if (typeof delta !== 'number' || !Number.isInteger(delta) || (i > 0 && delta <= 0)) fail(`"${name}" slot ${i} is not an ascending whole number`);
      slot += delta as number;
      if (slot >= 2 ** bits) fail(`"${name}" slot ${slot} is outside ${bits} bits`);
      slots[i] = slot;
    });
    weights.forEach((w, i) => {
      if (typeof w !== 'number' || !Number.isFinite(w)) fail(`"${name}" weight ${i} is not a number`);
    });
    return { slots, weights: weights as number[] };
  });
  let size = 16;
  while (size < unionSize(parts[0].slots, parts[1].slots) * 2) size *= 2;
  const keys = new Int32Array(size);
  const out = new Float32Array(size * 2 * L);
  // straight into the table, without a map per model: loading is part of every client's start
  parts.forEach(({ slots, weights }, k) => {
    slots.forEach((slot, i) => {
      const p = placeOf(keys, slot);
      for (let l = 0; l < L; l++) out[p * 2 * L + k * L + l] = weights[i * L + l] / scale;
    });
  });
  return { bits, keys, weights: out };
}

/** The probe position of a slot in a table being filled, taking an empty one for a new slot. */
function placeOf(keys: Int32Array, slot: number): number {
  const mask = keys.length - 1;
  let p = probeStart(slot, mask);
  while (keys[p] !== 0 && keys[p] !== slot + 1) p = (p + 1) & mask;
  keys[p] = slot + 1;
  return p;
}

/** How many slots two ascending lists hold together. */
function unionSize(a: Int32Array, b: Int32Array): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) { common++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return a.length + b.length - common;
}
