// Turns gold documents into the perceptron's examples: every candidate name
// the rules find, labelled by the gold, with the hashed slots of its features.

import { ruleCandidates, type RecognizerData } from '../../src/core/recognize/entities';
import { LABELS, argmaxAt, type Label } from '../../src/core/recognize/entities/model/entityModel';
import { articleEvidence } from '../../src/core/recognize/entities/model/classify';
import { ArticleFeatures, WORD_KINDS, articleFeatures, spanFeatures, type Emit, type Span } from '../../src/core/recognize/entities/model/features';
import { slotOf } from '../../src/core/recognize/entities/model/hashing';
import { overlaps, type GoldDoc } from '../eval/types';

export interface LabelledExample {
  readonly slots: Int32Array;
  /** Slots of features naming a word: they must be seen more often to be kept. */
  readonly words: ReadonlySet<number>;
  readonly label: number;
}


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
  readonly af: ArticleFeatures;
  readonly spans: readonly Span[];
  readonly labels: readonly (Label | null)[];
}

/** Each document's rule candidates and their labels, one article at a time (the Doc is reused). */
export function forEachArticle(docs: readonly GoldDoc[], data: RecognizerData, visit: (article: Article, index: number) => void): void {
  docs.forEach((gold, index) => {
    const { doc, candidates, endOf } = ruleCandidates(gold.text, data);
    const labels = candidates.map((c) => labelOf(gold, doc.t.start[c.a], endOf(c.b)));
    visit({ af: new ArticleFeatures(doc), spans: candidates, labels }, index);
  });
}

/** One example per labelled span, with the slots of what `emitAll` emits for it. */
function examplesOf(article: Article, bits: number, emitAll: (span: Span, i: number, emit: Emit) => void): LabelledExample[] {
  const out: LabelledExample[] = [];
  article.spans.forEach((span, i) => {
    const label = article.labels[i];
    if (label === null) return;
    const slots: number[] = [];
    const words = new Set<number>();
    emitAll(span, i, (kind, x, y) => {
      const s = slotOf(kind, x, y, bits);
      slots.push(s);
      if (WORD_KINDS.has(kind)) words.add(s);
    });
    out.push({ slots: Int32Array.from(slots), words, label: LABELS.indexOf(label) });
  });
  return out;
}

export function localExamples(article: Article, bits: number): LabelledExample[] {
  return examplesOf(article, bits, (span, _i, emit) => spanFeatures(article.af, span, emit));
}

/**
 * Examples of the article pass, given the first pass's scores of each span
 * (from a model that never saw this article), LABELS.length from `i * LABELS.length`.
 */
export function articleExamples(article: Article, localScores: Float64Array, bits: number): LabelledExample[] {
  const evidence = articleEvidence(article.af, article.spans, localScores, LABELS.length);
  return examplesOf(article, bits, (span, i, emit) => {
    spanFeatures(article.af, span, emit);
    articleFeatures(article.af, span, i, argmaxAt(localScores, i * LABELS.length), evidence, emit);
  });
}
