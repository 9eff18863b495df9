// Turns gold documents into the perceptron's examples: every candidate name
// the rules find, labelled by the gold, with the hashed slots of its features.

import { ruleCandidates, type RecognizerData } from '../../src/core/recognize/entities';
import { LABELS, slotOf, type Label } from '../../src/core/recognize/entities/model/entityModel';
import { articleEvidence } from '../../src/core/recognize/entities/model/classify';
import { articleFeatures, spanFeatures, type Span } from '../../src/core/recognize/entities/model/features';
import type { Doc } from '../../src/core/recognize/entities/names';
import { overlaps, type GoldDoc } from '../eval/types';

export interface LabelledExample {
  readonly slots: Int32Array;
  /** Slots of features naming a word: they must be seen more often to be kept. */
  readonly words: ReadonlySet<number>;
  readonly label: number;
}

const WORD_FEATURE = /^(?:form|first|last|mid|p1w|n1w|p2|n2)=/;

/**
 * A candidate's label: the gold type of the name it is; 'other' for a name of
 * another kind (the gold's optional spans); the type of the gold name it
 * overlaps when its bounds are off (the type is still what it should learn);
 * null when it only overlaps a name of another kind; else 'none'.
 */
export function labelOf(doc: GoldDoc, start: number, end: number): Label | null {
  const span = { start, end };
  const exact = doc.entities.find((g) => g.start === start && g.end === end);
  if (exact) return exact.type as Label;
  if (doc.optional.some((o) => o.start === start && o.end === end)) return 'other';
  const near = doc.entities.find((g) => overlaps(g, span));
  if (near) return near.type as Label;
  return doc.optional.some((o) => overlaps(o, span)) ? null : 'none';
}

export interface Article {
  readonly doc: Doc;
  readonly spans: readonly Span[];
  readonly labels: readonly (Label | null)[];
}

/** Each document's rule candidates and their labels, one article at a time (the Doc is reused). */
export function forEachArticle(docs: readonly GoldDoc[], data: RecognizerData, visit: (article: Article, index: number) => void): void {
  docs.forEach((gold, index) => {
    const { doc, candidates, endOf } = ruleCandidates(gold.text, data);
    const labels = candidates.map((c) => labelOf(gold, doc.t.start[c.a], endOf(c.b)));
    visit({ doc, spans: candidates, labels }, index);
  });
}

function collect(bits: number): { emit: (f: string) => void; take: (label: number) => LabelledExample } {
  let slots: number[] = [];
  let words = new Set<number>();
  return {
    emit: (f) => {
      const s = slotOf(f, bits);
      slots.push(s);
      if (WORD_FEATURE.test(f)) words.add(s);
    },
    take: (label) => {
      const x = { slots: Int32Array.from(slots), words, label };
      slots = [];
      words = new Set();
      return x;
    },
  };
}

export function localExamples(article: Article, bits: number): LabelledExample[] {
  const out: LabelledExample[] = [];
  const c = collect(bits);
  article.spans.forEach((span, i) => {
    const label = article.labels[i];
    if (label === null) return;
    spanFeatures(article.doc, span, c.emit);
    out.push(c.take(LABELS.indexOf(label)));
  });
  return out;
}

/** Examples of the article pass, given the first pass's scores of each span (from a model that never saw this article). */
export function articleExamples(article: Article, localScores: readonly Float64Array[], bits: number): LabelledExample[] {
  const evidence = articleEvidence(article.doc, article.spans, localScores);
  const out: LabelledExample[] = [];
  const c = collect(bits);
  article.spans.forEach((span, i) => {
    const label = article.labels[i];
    if (label === null) return;
    let top = 0;
    for (let l = 1; l < LABELS.length; l++) if (localScores[i][l] > localScores[i][top]) top = l;
    spanFeatures(article.doc, span, c.emit);
    articleFeatures(article.doc, span, LABELS[top], evidence, c.emit);
    out.push(c.take(LABELS.indexOf(label)));
  });
  return out;
}
