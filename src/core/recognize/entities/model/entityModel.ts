// The learnt part of the entity recogniser: two linear models over hashed
// features (features.ts), trained by scripts/train from ../shared/data/train
// and shipped as data/entities-model.json. The first ("local") types a
// candidate from its own text and context; the second ("article") again,
// knowing what the first made of the rest of the article.

/** What a candidate can turn out to be; 'none' drops it. */
export const LABELS = ['none', 'person', 'organization', 'location', 'other'] as const;
export type Label = (typeof LABELS)[number];

/** One linear model: for each used slot, one weight per label. */
export interface LinearModel {
  /** Slot -> offset of its LABELS.length weights in `weights`. */
  readonly offsetOf: ReadonlyMap<number, number>;
  readonly weights: Float32Array;
}

export interface EntityModel {
  /** Features are hashed into 2^bits slots. */
  readonly bits: number;
  readonly local: LinearModel;
  readonly article: LinearModel;
}

/** FNV-1a over UTF-16 code units, folded into `bits` bits. */
export function slotOf(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

/** Adds the weights of one feature slot to the label scores. */
export function addSlot(model: LinearModel, slot: number, scores: Float64Array): void {
  const at = model.offsetOf.get(slot);
  if (at === undefined) return;
  for (let l = 0; l < LABELS.length; l++) scores[l] += model.weights[at + l];
}

export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let l = 1; l < scores.length; l++) if (scores[l] > scores[best]) best = l;
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
  const linear = (name: string): LinearModel => {
    const part = m[name] as { slots?: unknown; weights?: unknown } | undefined;
    if (!part || !Array.isArray(part.slots) || !Array.isArray(part.weights)) return fail(`"${name}" needs slots and weights lists`);
    const { slots, weights } = part as { slots: unknown[]; weights: unknown[] };
    if (weights.length !== slots.length * LABELS.length) fail(`"${name}" has ${weights.length} weights for ${slots.length} slots`);
    const offsetOf = new Map<number, number>();
    let slot = 0;
    slots.forEach((delta, i) => {
      if (typeof delta !== 'number' || !Number.isInteger(delta) || (i > 0 && delta <= 0)) fail(`"${name}" slot ${i} is not an ascending whole number`);
      slot += delta as number;
      if (slot >= 2 ** bits) fail(`"${name}" slot ${slot} is outside ${bits} bits`);
      offsetOf.set(slot, i * LABELS.length);
    });
    const out = new Float32Array(weights.length);
    weights.forEach((w, i) => {
      if (typeof w !== 'number' || !Number.isFinite(w)) fail(`"${name}" weight ${i} is not a number`);
      out[i] = (w as number) / scale;
    });
    return { offsetOf, weights: out };
  };
  return { bits, local: linear('local'), article: linear('article') };
}
