// Precision / recall / F1 from counts. Counts are summed over documents
// before dividing, so every figure is micro-averaged.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

/** An empty denominator gives 0 rather than NaN so JSON stays valid. */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function prf(counts: Counts): Prf {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  return { ...counts, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}
