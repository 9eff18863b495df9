// Types the rules' candidate names with the learnt model, in two passes over
// one article: each name on its own, then each name again knowing what the
// first pass made of the whole article, so that one name keeps one type
// within an article ("Feyenoord" the club, in every line of a results table)
// and a later surname takes the type of the full name.

import type { EntityType } from '../../../model';
import { FROM_CUE, type Candidate, type Doc } from '../names';
import { UNCERTAIN } from '../tokens';
import { LABELS, addSlot, argmax, type EntityModel } from './entityModel';
import {
  ArticleFeatures, FEW_NAMES, MIXED, articleFeatures, spanFeatures, type ArticleEvidence, type Emit, type Span,
} from './features';
import { slotOf } from './hashing';

const L = LABELS.length;

/** Collects the slots of the features a function emits. */
export function slotsOf(bits: number, emitAll: (emit: Emit) => void): number[] {
  const slots: number[] = [];
  emitAll((kind, x, y) => slots.push(slotOf(kind, x, y, bits)));
  return slots;
}

const MIN_SHARE_OF_MIX = 0.6;
const MIN_NAMES_FOR_MIX = 3;

/** What the first pass's scores say across the article (features.ts `ArticleEvidence`). */
export function articleEvidence(af: ArticleFeatures, spans: readonly Span[], scores: readonly Float64Array[]): ArticleEvidence {
  const totals = new Map<number, Float64Array>();
  const partOf = new Map<number, [label: number, length: number]>();
  const confirmed = new Set<number>();
  const counts = new Array<number>(LABELS.length).fill(0);
  const labelEndingAt = new Map<number, number>();
  const labelStartingAt = new Map<number, number>();
  spans.forEach((span, i) => {
    const form = af.formHash(span.a, span.b);
    let total = totals.get(form);
    if (!total) totals.set(form, (total = new Float64Array(LABELS.length)));
    for (let l = 0; l < LABELS.length; l++) total[l] += scores[i][l];
    const label = argmax(scores[i]);
    counts[label]++;
    labelEndingAt.set(span.b, label);
    labelStartingAt.set(span.a, label);
    if (!(af.d.t.flags[span.a] & UNCERTAIN)) confirmed.add(form);
    const n = span.b - span.a;
    if (n > 1 && label !== 0) {
      for (let k = span.a; k < span.b; k++) {
        const word = af.keyHash(k);
        const seen = partOf.get(word);
        if (!seen || seen[1] < n) partOf.set(word, [label, n]);
      }
    }
  });
  const labelOfForm = new Map<number, number>();
  for (const [form, total] of totals) labelOfForm.set(form, argmax(total));
  const labelOfPart = new Map<number, number>();
  for (const [word, [label]] of partOf) labelOfPart.set(word, label);
  const names = counts.reduce((x, y) => x + y, 0) - counts[0];
  let mix = names < MIN_NAMES_FOR_MIX ? FEW_NAMES : MIXED;
  for (let l = 1; l < LABELS.length && names >= MIN_NAMES_FOR_MIX; l++) if (counts[l] >= names * MIN_SHARE_OF_MIX) mix = l;
  return { labelOfForm, labelOfPart, confirmed, mix, labelEndingAt, labelStartingAt };
}

/**
 * The candidates the model keeps, retyped. Its type is as sure as a cue, or as
 * the rules' when they agree, so that when coref.ts gives every mention of a
 * name its best-supported type, a mention the model read alone does not
 * outvote the others it agreed with.
 */
export function classifyCandidates(d: Doc, candidates: readonly Candidate[], model: EntityModel): Candidate[] {
  const af = new ArticleFeatures(d);
  // Per candidate, the first pass's scores then the second's, all in one
  // buffer: a small typed array per candidate showed in the profile (each
  // gets its own backing store), views into one do not.
  const all = new Float64Array(candidates.length * 2 * L);
  let target = 0;
  let local = true;
  const score: Emit = (kind, x, y) => addSlot(model, slotOf(kind, x, y, model.bits), all, target, local);
  candidates.forEach((c, i) => { target = i * 2 * L; spanFeatures(af, c, score); });
  const localScores = candidates.map((_, i) => all.subarray(i * 2 * L, i * 2 * L + L));
  const evidence = articleEvidence(af, candidates, localScores);
  local = false;
  candidates.forEach((c, i) => { target = i * 2 * L; articleFeatures(af, c, argmax(localScores[i]), evidence, score); });
  // One name, one type within an article: every mention of a form takes the
  // label its mentions' second-pass scores add up to.
  const byForm = new Map<number, Float64Array>();
  const forms = candidates.map((c, i) => {
    const form = af.formHash(c.a, c.b);
    let total = byForm.get(form);
    if (!total) byForm.set(form, (total = new Float64Array(L)));
    for (let l = 0; l < L; l++) total[l] += all[i * 2 * L + L + l];
    return form;
  });
  const out: Candidate[] = [];
  candidates.forEach((c, i) => {
    const label = LABELS[argmax(byForm.get(forms[i])!)];
    if (label === 'none') return;
    const strength = label === c.type ? Math.max(c.strength, FROM_CUE) : FROM_CUE;
    out.push({ a: c.a, b: c.b, type: label as EntityType, strength });
  });
  return out;
}
