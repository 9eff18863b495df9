// Types the rules' candidate names with the learnt model, in two passes over
// one article: each name on its own, then each name again knowing what the
// first pass made of the whole article, so that one name keeps one type
// within an article ("Feyenoord" the club, in every line of a results table)
// and a later surname takes the type of the full name.

import type { EntityType } from '../../../model';
import { FROM_CUE, type Candidate, type Doc } from '../names';
import { UNCERTAIN } from '../tokens';
import { LABELS, addSlot, argmaxAt, type EntityModel } from './entityModel';
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

/**
 * What the first pass's scores say across the article (features.ts
 * `ArticleEvidence`): `scores` holds each span's first-pass scores,
 * LABELS.length of them from `i * stride`. Maps from hashes to small numbers
 * and per-token arrays, not an object per name: this runs for every article.
 */
export function articleEvidence(af: ArticleFeatures, spans: readonly Span[], scores: Float64Array, stride: number): ArticleEvidence {
  const formIndex = new Map<number, number>();
  const totals = new Float64Array(spans.length * L);
  /** Per word hash: label * MAX_PART + the length of the longest name it was part of. */
  const partOf = new Map<number, number>();
  const confirmed = new Set<number>();
  const counts = new Array<number>(L).fill(0);
  const count = af.d.t.count;
  const labelEndingAt = new Int8Array(count + 1).fill(-1);
  const labelStartingAt = new Int8Array(count + 1).fill(-1);
  spans.forEach((span, i) => {
    const form = af.formHash(span.a, span.b);
    let f = formIndex.get(form);
    if (f === undefined) formIndex.set(form, (f = formIndex.size));
    const label = argmaxAt(scores, i * stride);
    for (let l = 0; l < L; l++) totals[f * L + l] += scores[i * stride + l];
    counts[label]++;
    labelEndingAt[span.b] = label;
    labelStartingAt[span.a] = label;
    if (!(af.d.t.flags[span.a] & UNCERTAIN)) confirmed.add(form);
    const n = span.b - span.a;
    if (n > 1 && label !== 0) {
      for (let k = span.a; k < span.b; k++) {
        const word = af.keyHash(k);
        const seen = partOf.get(word);
        if (seen === undefined || seen % MAX_PART < n) partOf.set(word, label * MAX_PART + n);
      }
    }
  });
  const labelOfForm = new Map<number, number>();
  for (const [form, f] of formIndex) labelOfForm.set(form, argmaxAt(totals, f * L));
  const labelOfPart = new Map<number, number>();
  for (const [word, packed] of partOf) labelOfPart.set(word, Math.floor(packed / MAX_PART));
  const names = counts.reduce((x, y) => x + y, 0) - counts[0];
  let mix = names < MIN_NAMES_FOR_MIX ? FEW_NAMES : MIXED;
  for (let l = 1; l < L && names >= MIN_NAMES_FOR_MIX; l++) if (counts[l] >= names * MIN_SHARE_OF_MIX) mix = l;
  return { labelOfForm, labelOfPart, confirmed, mix, labelEndingAt, labelStartingAt };
}

/** Above the number of tokens of any name, so that a label and a length pack into one number. */
const MAX_PART = 1 << 16;

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
  const evidence = articleEvidence(af, candidates, all, 2 * L);
  local = false;
  candidates.forEach((c, i) => { target = i * 2 * L; articleFeatures(af, c, argmaxAt(all, i * 2 * L), evidence, score); });
  // One name, one type within an article: every mention of a form takes the
  // label its mentions' second-pass scores add up to.
  const formIndex = new Map<number, number>();
  const totals = new Float64Array(candidates.length * L);
  const forms = candidates.map((c, i) => {
    const form = af.formHash(c.a, c.b);
    let f = formIndex.get(form);
    if (f === undefined) formIndex.set(form, (f = formIndex.size));
    for (let l = 0; l < L; l++) totals[f * L + l] += all[i * 2 * L + L + l];
    return f;
  });
  const out: Candidate[] = [];
  candidates.forEach((c, i) => {
    const label = LABELS[argmaxAt(totals, forms[i] * L)];
    if (label === 'none') return;
    const strength = label === c.type ? Math.max(c.strength, FROM_CUE) : FROM_CUE;
    out.push({ a: c.a, b: c.b, type: label as EntityType, strength });
  });
  return out;
}
