// Entity scoring as the eval README specifies: strict (exact span + type)
// per type and micro, untyped strict, relaxed (overlap + type); predictions
// at or after annotatedUpTo, and those overlapping only optional spans, are
// not scored. Only docs whose layers include "entities" take part.

import { addCounts, zeroCounts, type Counts } from './counts';
import { anyOverlap, exactSpan, matchOneToOne } from './matching';
import { overlaps, sameSpan, type EntitySpan, type EntityType, type GoldDoc, type SystemOutput } from './types';

export type EntityErrorClass = 'boundary' | 'type' | 'boundary+type' | 'missing' | 'spurious';

/** One strict-scoring mistake; a boundary or type error is one FP and one FN. */
export interface EntityError {
  readonly class: EntityErrorClass;
  readonly docId: string;
  readonly gold?: EntitySpan;
  readonly predicted?: EntitySpan;
}

export interface TypeCounts {
  strict: Counts;
  relaxed: Counts;
}

export interface EntityScores {
  docs: number;
  /** 'other' has only false positives: the gold has no such type. */
  byType: Record<EntityType, TypeCounts>;
  untyped: Counts;
  ignored: { optionalOnly: number; afterAnnotatedUpTo: number };
  errors: EntityError[];
}

const sameType = (g: EntitySpan, p: EntitySpan): boolean => g.type === p.type;

export function scoreEntities(docs: readonly GoldDoc[], output: SystemOutput): EntityScores {
  const scores: EntityScores = {
    docs: 0,
    byType: {
      person: { strict: zeroCounts(), relaxed: zeroCounts() },
      organization: { strict: zeroCounts(), relaxed: zeroCounts() },
      location: { strict: zeroCounts(), relaxed: zeroCounts() },
      other: { strict: zeroCounts(), relaxed: zeroCounts() },
    },
    untyped: zeroCounts(),
    ignored: { optionalOnly: 0, afterAnnotatedUpTo: 0 },
    errors: [],
  };
  for (const doc of docs) {
    if (!doc.hasEntities) continue;
    scores.docs++;
    scoreDoc(doc, output.get(doc.id)?.entities ?? [], scores);
  }
  return scores;
}

function scoreDoc(doc: GoldDoc, all: readonly EntitySpan[], scores: EntityScores): void {
  const gold = doc.entities;
  const predicted: EntitySpan[] = [];
  for (const p of all) {
    if (doc.annotatedUpTo !== null && p.start >= doc.annotatedUpTo) scores.ignored.afterAnnotatedUpTo++;
    // a name the gold deliberately leaves open (product, demonym premodifier...)
    else if (!gold.some((g) => overlaps(g, p)) && doc.optional.some((o) => overlaps(o, p))) scores.ignored.optionalOnly++;
    else predicted.push(p);
  }

  const strict = matchOneToOne(gold, predicted, (g, p) => exactSpan(g, p) && sameType(g, p));
  countTyped(strict, gold, predicted, (type) => scores.byType[type].strict);
  const relaxed = matchOneToOne(gold, predicted, (g, p) => anyOverlap(g, p) && sameType(g, p));
  countTyped(relaxed, gold, predicted, (type) => scores.byType[type].relaxed);
  const untyped = matchOneToOne(gold, predicted, exactSpan);
  addCounts(scores.untyped, {
    tp: untyped.pairs.length,
    fp: untyped.unmatchedPredicted.length,
    fn: untyped.unmatchedGold.length,
  });

  scores.errors.push(...classifyErrors(doc.id, strict.unmatchedGold.map((i) => gold[i]), strict.unmatchedPredicted.map((i) => predicted[i])));
}

function countTyped(
  matching: ReturnType<typeof matchOneToOne>,
  gold: readonly EntitySpan[],
  predicted: readonly EntitySpan[],
  countsOf: (type: EntityType) => Counts,
): void {
  for (const [gi] of matching.pairs) countsOf(gold[gi].type).tp++;
  for (const gi of matching.unmatchedGold) countsOf(gold[gi].type).fn++;
  for (const pi of matching.unmatchedPredicted) countsOf(predicted[pi].type).fp++;
}

/**
 * Pairs the strict misses that overlap each other (one-to-one again), so a
 * near miss reads as one boundary or type error instead of an unexplained
 * FP plus an unexplained FN.
 */
export function classifyErrors(docId: string, missed: readonly EntitySpan[], wrong: readonly EntitySpan[]): EntityError[] {
  const near = matchOneToOne(missed, wrong, anyOverlap);
  const errors: EntityError[] = near.pairs.map(([gi, pi]) => {
    const gold = missed[gi];
    const predicted = wrong[pi];
    const errorClass: EntityErrorClass = sameSpan(gold, predicted) ? 'type' : sameType(gold, predicted) ? 'boundary' : 'boundary+type';
    return { class: errorClass, docId, gold, predicted };
  });
  for (const gi of near.unmatchedGold) errors.push({ class: 'missing', docId, gold: missed[gi] });
  for (const pi of near.unmatchedPredicted) errors.push({ class: 'spurious', docId, predicted: wrong[pi] });
  return errors;
}
