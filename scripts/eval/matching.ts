// One-to-one matching of gold spans to predicted spans: each gold span and
// each prediction takes part in at most one pair, as TempEval-3 requires,
// so two predictions inside one gold span give one hit and one false
// positive rather than two hits.

import { overlaps, sameSpan, type Span } from './types';

export interface Matching {
  /** [gold index, prediction index] */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly unmatchedGold: readonly number[];
  readonly unmatchedPredicted: readonly number[];
}

/**
 * A maximum-cardinality matching over the pairs `compatible` allows
 * (Kuhn's augmenting paths; documents hold tens of spans, so the cubic
 * worst case does not matter). Each gold span tries its candidates best
 * first: exact span, then larger overlap, then nearer start, so the pairs
 * are the natural ones whenever the count allows.
 */
export function matchOneToOne<G extends Span, P extends Span>(
  gold: readonly G[],
  predicted: readonly P[],
  compatible: (g: G, p: P) => boolean,
): Matching {
  const candidates = gold.map((g) =>
    predicted
      .map((p, pi) => ({ p, pi }))
      .filter(({ p }) => compatible(g, p))
      .sort((a, b) => preference(g, a.p, b.p) || a.pi - b.pi)
      .map(({ pi }) => pi),
  );
  const goldOfPredicted = new Array<number>(predicted.length).fill(-1);

  const augment = (gi: number, visited: boolean[]): boolean => {
    for (const pi of candidates[gi]) {
      if (visited[pi]) continue;
      visited[pi] = true;
      if (goldOfPredicted[pi] === -1 || augment(goldOfPredicted[pi], visited)) {
        goldOfPredicted[pi] = gi;
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) augment(gi, new Array<boolean>(predicted.length).fill(false));

  const pairs: Array<readonly [number, number]> = [];
  goldOfPredicted.forEach((gi, pi) => {
    if (gi !== -1) pairs.push([gi, pi]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const matchedGold = new Set(pairs.map(([gi]) => gi));
  return {
    pairs,
    unmatchedGold: gold.map((_, gi) => gi).filter((gi) => !matchedGold.has(gi)),
    unmatchedPredicted: goldOfPredicted.flatMap((gi, pi) => (gi === -1 ? [pi] : [])),
  };
}

/** Negative when `a` is the better partner for `g`. */
function preference(g: Span, a: Span, b: Span): number {
  const exact = Number(sameSpan(g, b)) - Number(sameSpan(g, a));
  if (exact) return exact;
  const overlap = overlapLength(g, b) - overlapLength(g, a);
  if (overlap) return overlap;
  return Math.abs(a.start - g.start) - Math.abs(b.start - g.start);
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export const exactSpan = (g: Span, p: Span): boolean => sameSpan(g, p);
export const anyOverlap = (g: Span, p: Span): boolean => overlaps(g, p);
