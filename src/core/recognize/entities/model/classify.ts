// Types the rules' candidate names with the learnt model, in two passes over
// one article: each name on its own, then each name again knowing what the
// first pass made of the whole article, so that one name keeps one type
// within an article ("Feyenoord" the club, in every line of a results table)
// and a later surname takes the type of the full name.

import type { EntityType } from '../../../model';
import { FROM_CUE, type Candidate, type Doc } from '../names';
import { UNCERTAIN } from '../tokens';
import { LABELS, addScores, argmax, slotOf, type EntityModel, type Label } from './entityModel';
import { articleFeatures, formOf, spanFeatures, type ArticleEvidence, type Span } from './features';

/** The hashed slots of a span's text features (features.ts `spanFeatures`). */
export function spanSlots(d: Doc, span: Span, bits: number): number[] {
  const slots: number[] = [];
  spanFeatures(d, span, (f) => slots.push(slotOf(f, bits)));
  return slots;
}

/** The hashed slots of a span's article features, given the first pass's label. */
export function articleSlots(d: Doc, span: Span, local: Label, evidence: ArticleEvidence, bits: number): number[] {
  const slots: number[] = [];
  articleFeatures(d, span, local, evidence, (f) => slots.push(slotOf(f, bits)));
  return slots;
}


const MIN_SHARE_OF_MIX = 0.6;

/** What the first pass's scores say across the article (features.ts `ArticleEvidence`). */
export function articleEvidence(d: Doc, spans: readonly Span[], scores: readonly Float64Array[]): ArticleEvidence {
  const totals = new Map<string, Float64Array>();
  const partOf = new Map<string, [Label, number]>();
  const confirmed = new Set<string>();
  const counts = new Array<number>(LABELS.length).fill(0);
  const labelEndingAt = new Map<number, string>();
  const labelStartingAt = new Map<number, string>();
  spans.forEach((span, i) => {
    const form = formOf(d, span.a, span.b);
    let total = totals.get(form);
    if (!total) totals.set(form, (total = new Float64Array(LABELS.length)));
    for (let l = 0; l < LABELS.length; l++) total[l] += scores[i][l];
    const label = argmax(scores[i]);
    counts[label]++;
    labelEndingAt.set(span.b, LABELS[label]);
    labelStartingAt.set(span.a, LABELS[label]);
    if (!(d.t.flags[span.a] & UNCERTAIN)) confirmed.add(form);
    const n = span.b - span.a;
    if (n > 1 && label !== 0) {
      for (let k = span.a; k < span.b; k++) {
        const word = d.key(k);
        const seen = partOf.get(word);
        if (!seen || seen[1] < n) partOf.set(word, [LABELS[label], n]);
      }
    }
  });
  const typeOfForm = new Map<string, string>();
  for (const [form, total] of totals) typeOfForm.set(form, LABELS[argmax(total)]);
  const typeOfPart = new Map<string, string>();
  for (const [word, [label]] of partOf) typeOfPart.set(word, label);
  const names = counts.reduce((x, y) => x + y, 0) - counts[0];
  let mix = names < 3 ? 'few' : 'mixed';
  for (let l = 1; l < LABELS.length && names >= 3; l++) if (counts[l] >= names * MIN_SHARE_OF_MIX) mix = LABELS[l];
  return { typeOfForm, typeOfPart, confirmed, mix, labelEndingAt, labelStartingAt };
}

/**
 * The candidates the model keeps, retyped. Its type is as sure as a cue, or as
 * the rules' when they agree, so that when coref.ts gives every mention of a
 * name its best-supported type, a mention the model read alone does not
 * outvote the others it agreed with.
 */
export function classifyCandidates(d: Doc, candidates: readonly Candidate[], model: EntityModel): Candidate[] {
  const localScores = candidates.map(() => new Float64Array(LABELS.length));
  const scores = candidates.map(() => new Float64Array(LABELS.length));
  candidates.forEach((c, i) => addScores(model, spanSlots(d, c, model.bits), localScores[i], scores[i]));
  const evidence = articleEvidence(d, candidates, localScores);
  candidates.forEach((c, i) =>
    addScores(model, articleSlots(d, c, LABELS[argmax(localScores[i])], evidence, model.bits), null, scores[i]));
  // One name, one type within an article: every mention of a form takes the
  // label its mentions' scores add up to.
  const byForm = new Map<string, Float64Array>();
  const forms = candidates.map((c, i) => {
    const form = formOf(d, c.a, c.b);
    let total = byForm.get(form);
    if (!total) byForm.set(form, (total = new Float64Array(LABELS.length)));
    for (let l = 0; l < LABELS.length; l++) total[l] += scores[i][l];
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
