// Types the rules' candidate names with the learnt model, in two passes over
// one article: each name on its own, then each name again knowing what the
// first pass made of the whole article, so that one name keeps one type
// within an article ("Feyenoord" the club, in every line of a results table)
// and a later surname takes the type of the full name.

import type { EntityType } from '../../../model';
import { FROM_CUE, type Candidate, type Doc } from '../names';
import { UNCERTAIN } from '../tokens';
import { LABELS, addWeights, argmaxAt, entryOf, type EntityModel } from './entityModel';
import {
  ArticleFeatures, FEW_NAMES, MIXED, articleFeatures, spanFeatures, type ArticleEvidence, type Emit, type Span,
} from './features';
import { slotOf } from './hashing';
import { IntTable } from './intTable';
import { Scratch } from './scratch';

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
 * LABELS.length of them from `i * stride`. Forms are numbered in order of
 * first mention and their facts kept in arrays by that number: a Map or Set
 * per fact showed in the profile, as did typed arrays allocated per article
 * (hence the scratch buffers and tables). Valid until the next call.
 */
export function articleEvidence(af: ArticleFeatures, spans: readonly Span[], scores: Float64Array, stride: number): ArticleEvidence {
  formIndex.clear();
  const formOf = formOfScratch.take(spans.length, 0);
  const totals = totalsScratch.take(spans.length * L, 0);
  const confirmed = confirmedScratch.take(spans.length, 0);
  /** Per word hash: label * MAX_PART + the length of the longest name it was part of. */
  partOf.clear();
  const counts = new Array<number>(L).fill(0);
  const count = af.d.t.count;
  const labelEndingAt = endingScratch.take(count + 1, -1);
  const labelStartingAt = startingScratch.take(count + 1, -1);
  spans.forEach((span, i) => {
    const form = af.formHash(span.a, span.b);
    let f = formIndex.get(form);
    if (f < 0) formIndex.set(form, (f = formIndex.size));
    formOf[i] = f;
    const label = argmaxAt(scores, i * stride);
    for (let l = 0; l < L; l++) totals[f * L + l] += scores[i * stride + l];
    counts[label]++;
    labelEndingAt[span.b] = label;
    labelStartingAt[span.a] = label;
    if (!(af.d.t.flags[span.a] & UNCERTAIN)) confirmed[f] = 1;
    const n = span.b - span.a;
    if (n > 1 && label !== 0) {
      for (let k = span.a; k < span.b; k++) {
        const word = af.d.keyHash(k);
        const seen = partOf.get(word);
        if (seen < 0 || seen % MAX_PART < n) partOf.set(word, label * MAX_PART + n);
      }
    }
  });
  const forms = formIndex.size;
  const labelOfForm = labelScratch.take(forms, 0);
  for (let f = 0; f < forms; f++) labelOfForm[f] = argmaxAt(totals, f * L);
  const names = counts.reduce((x, y) => x + y, 0) - counts[0];
  let mix = names < MIN_NAMES_FOR_MIX ? FEW_NAMES : MIXED;
  for (let l = 1; l < L && names >= MIN_NAMES_FOR_MIX; l++) if (counts[l] >= names * MIN_SHARE_OF_MIX) mix = l;
  const labelOfPart = (word: number): number | undefined => {
    const packed = partOf.get(word);
    return packed < 0 ? undefined : Math.floor(packed / MAX_PART);
  };
  return { forms, formOf, labelOfForm, labelOfPart, confirmed, mix, labelEndingAt, labelStartingAt };
}

// Number of each form (its hash), and partOf's packed labels by word hash.
const formIndex = new IntTable();
const partOf = new IntTable();
const formOfScratch = new Scratch((n) => new Int32Array(n));
const totalsScratch = new Scratch((n) => new Float64Array(n));
const confirmedScratch = new Scratch((n) => new Uint8Array(n));
const endingScratch = new Scratch((n) => new Int8Array(n));
const startingScratch = new Scratch((n) => new Int8Array(n));
const labelScratch = new Scratch((n) => new Int8Array(n));

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
  // Per candidate, the first pass's scores then the second's, all in one buffer.
  const all = scoresScratch.take(candidates.length * 2 * L, 0);
  // The probe positions of one candidate's features that have weights.
  let hits = hitsBuffer;
  let n = 0;
  const score: Emit = (kind, x, y) => {
    const e = entryOf(model, slotOf(kind, x, y, model.bits));
    if (e < 0) return;
    if (n === hits.length) hitsBuffer = hits = grown(hits);
    hits[n++] = e;
  };
  candidates.forEach((c, i) => {
    n = 0;
    spanFeatures(af, c, score);
    // the span's features are the second model's too
    addWeights(model, hits, n, 0, all, i * 2 * L);
    addWeights(model, hits, n, L, all, i * 2 * L + L);
  });
  const evidence = articleEvidence(af, candidates, all, 2 * L);
  candidates.forEach((c, i) => {
    n = 0;
    articleFeatures(af, c, i, argmaxAt(all, i * 2 * L), evidence, score);
    addWeights(model, hits, n, L, all, i * 2 * L + L);
  });
  // One name, one type within an article: every mention of a form takes the
  // label its mentions' second-pass scores add up to.
  const { formOf } = evidence;
  const totals = finalScratch.take(evidence.forms * L, 0);
  candidates.forEach((_c, i) => {
    for (let l = 0; l < L; l++) totals[formOf[i] * L + l] += all[i * 2 * L + L + l];
  });
  const out: Candidate[] = [];
  candidates.forEach((c, i) => {
    const label = LABELS[argmaxAt(totals, formOf[i] * L)];
    if (label === 'none') return;
    const strength = label === c.type ? Math.max(c.strength, FROM_CUE) : FROM_CUE;
    out.push({ a: c.a, b: c.b, type: label as EntityType, strength });
  });
  return out;
}

const scoresScratch = new Scratch((n) => new Float64Array(n));
let hitsBuffer: Int32Array = new Int32Array(256);
const grown = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
const finalScratch = new Scratch((n) => new Float64Array(n));
