// TIMEX scoring in the TempEval-3 manner: strict and relaxed (overlap) span
// P/R/F1 with one-to-one matching, then type and value accuracy over the
// relaxed pairs; the TE3 attribute F1 is relaxed F1 x attribute accuracy.

import { addCounts, zeroCounts, type Counts } from './counts';
import { anyOverlap, exactSpan, matchOneToOne } from './matching';
import { sameSpan, TIMEX_TYPES, type GoldDoc, type SystemOutput, type TimexSpan, type TimexType } from './types';

export type TimexErrorClass = 'missing' | 'spurious' | 'span' | 'type' | 'value';

/** One mistake; a relaxed pair may carry a span, a type and a value error at once. */
export interface TimexError {
  readonly class: TimexErrorClass;
  readonly docId: string;
  readonly gold?: TimexSpan;
  readonly predicted?: TimexSpan;
}

export interface TimexTypeCounts {
  gold: number;
  predicted: number;
  strictMatched: number;
  relaxedMatched: number;
  /** Among this gold type's relaxed pairs. */
  valueCorrect: number;
}

export interface TimexScores {
  docs: number;
  strict: Counts;
  relaxed: Counts;
  typeCorrect: number;
  valueCorrect: number;
  byType: Record<TimexType, TimexTypeCounts>;
  ignored: { afterAnnotatedUpTo: number };
  errors: TimexError[];
}

export function sameValue(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export function scoreTimex(docs: readonly GoldDoc[], output: SystemOutput): TimexScores {
  const byType = Object.fromEntries(
    TIMEX_TYPES.map((t) => [t, { gold: 0, predicted: 0, strictMatched: 0, relaxedMatched: 0, valueCorrect: 0 }]),
  ) as Record<TimexType, TimexTypeCounts>;
  const scores: TimexScores = {
    docs: 0,
    strict: zeroCounts(),
    relaxed: zeroCounts(),
    typeCorrect: 0,
    valueCorrect: 0,
    byType,
    ignored: { afterAnnotatedUpTo: 0 },
    errors: [],
  };
  for (const doc of docs) {
    if (!doc.hasTimex) continue;
    scores.docs++;
    scoreDoc(doc, output.get(doc.id)?.dates ?? [], scores);
  }
  return scores;
}

function scoreDoc(doc: GoldDoc, all: readonly TimexSpan[], scores: TimexScores): void {
  const gold = doc.timex;
  const cut = doc.annotatedUpTo;
  const predicted = all.filter((p) => cut === null || p.start < cut);
  scores.ignored.afterAnnotatedUpTo += all.length - predicted.length;
  for (const g of gold) scores.byType[g.type].gold++;
  for (const p of predicted) scores.byType[p.type].predicted++;

  const strict = matchOneToOne(gold, predicted, exactSpan);
  addCounts(scores.strict, { tp: strict.pairs.length, fp: strict.unmatchedPredicted.length, fn: strict.unmatchedGold.length });
  for (const [gi] of strict.pairs) scores.byType[gold[gi].type].strictMatched++;

  const relaxed = matchOneToOne(gold, predicted, anyOverlap);
  addCounts(scores.relaxed, { tp: relaxed.pairs.length, fp: relaxed.unmatchedPredicted.length, fn: relaxed.unmatchedGold.length });
  const docId = doc.id;
  for (const [gi, pi] of relaxed.pairs) {
    const g = gold[gi];
    const p = predicted[pi];
    scores.byType[g.type].relaxedMatched++;
    if (!sameSpan(g, p)) scores.errors.push({ class: 'span', docId, gold: g, predicted: p });
    if (g.type === p.type) scores.typeCorrect++;
    else scores.errors.push({ class: 'type', docId, gold: g, predicted: p });
    if (sameValue(g.value, p.value)) {
      scores.valueCorrect++;
      scores.byType[g.type].valueCorrect++;
    } else scores.errors.push({ class: 'value', docId, gold: g, predicted: p });
  }
  for (const gi of relaxed.unmatchedGold) scores.errors.push({ class: 'missing', docId, gold: gold[gi] });
  for (const pi of relaxed.unmatchedPredicted) scores.errors.push({ class: 'spurious', docId, predicted: predicted[pi] });
}
