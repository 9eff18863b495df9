// "Northern Ireland", "Western Cape", "Southern California": the rules drop a
// leading demonym ("Western diplomats", "Russian President ..."), and the
// compass adjectives are demonyms there, so the place kept only its last word.

import type { Candidate, Doc } from './names';
import { CAP, GAP_SPACE, UNCERTAIN } from './tokens';

const COMPASS = new Set(['northern', 'southern', 'eastern', 'western']);

/**
 * The candidate with the compass adjective capitalised just before it, when
 * the capital is the writer's (mid-sentence, not a headline or a sentence
 * start). After the model: what it learnt to type is the rules' span.
 */
export function withCompassWord(d: Doc, c: Candidate): Candidate {
  const { t } = d;
  const p = c.a - 1;
  if (p < 0 || t.gap[c.a] !== GAP_SPACE || d.taken[p] || (t.flags[p] & (CAP | UNCERTAIN)) !== CAP || !COMPASS.has(d.key(p))) return c;
  return { ...c, a: p };
}
