// Inter-annotator agreement between two annotators of one corpus (issue
// 14): span F1 (exact and overlapping, label included) and Cohen's kappa
// over tokens, per article, per type and overall, with the list of places
// where the two disagree. A is taken as the reference for precision and
// recall; F1 itself is symmetric.

import { parseSidecar } from '../annotations/sidecar-read';
import { placeAnnotations } from '../features/sidecarEdit';
import type { Annotation } from '../model';
import { TextMap } from '../text/offsets';

export interface AgreementArticle {
  /** The article's path, relative to its corpus folder. */
  readonly file: string;
  /** Normalised text of the article (A's, when the two differ). */
  readonly text: string;
  /** The two annotators' sidecars; undefined when one has none (no annotations). */
  readonly a?: string;
  readonly b?: string;
}

/** An annotation as agreement sees it: a span with a label (its type; `untyped` without one). */
export interface Labelled {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly label: string;
}

export interface SpanScore {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export interface Scores {
  /** Annotations of A and of B counted. */
  readonly a: number;
  readonly b: number;
  readonly exact: SpanScore;
  readonly overlap: SpanScore;
  /** Cohen's kappa over tokens; null when chance agreement is total (nothing to tell apart). */
  readonly kappa: number | null;
  readonly tokens: number;
}

export interface Disagreement {
  readonly file: string;
  readonly a: Labelled | null;
  readonly b: Labelled | null;
}

export interface AgreementReport {
  readonly articles: readonly (Scores & { readonly file: string })[];
  readonly overall: Scores;
  readonly types: Readonly<Record<string, Scores>>;
  readonly disagreements: readonly Disagreement[];
  /** Sidecars left out (they do not parse), and orphans not counted: `file: why`. */
  readonly notes: readonly string[];
}

const UNTYPED = 'untyped';
const OUTSIDE = 'O';

interface Counts {
  a: number;
  b: number;
  exact: number;
  overlap: number;
  /** Token label pairs: `${labelA}\u0000${labelB}` -> count. */
  readonly pairs: Map<string, number>;
}

export function computeAgreement(articles: readonly AgreementArticle[]): AgreementReport {
  const notes: string[] = [];
  const total = emptyCounts();
  const byType = new Map<string, Counts>();
  const perArticle: (Scores & { file: string })[] = [];
  const disagreements: Disagreement[] = [];
  for (const article of articles) {
    const text = new TextMap(article.text);
    const a = labelled(article.file, 'A', article.a, text, notes);
    const b = labelled(article.file, 'B', article.b, text, notes);
    const tokens = tokenize(text);
    const counts = emptyCounts();
    addSpans(counts, a, b);
    addTokens(counts, tokens, a, b);
    for (const label of new Set([...a, ...b].map((x) => x.label))) {
      const typed = byType.get(label) ?? emptyCounts();
      const [ta, tb] = [a.filter((x) => x.label === label), b.filter((x) => x.label === label)];
      addSpans(typed, ta, tb);
      addTokens(typed, tokens, ta, tb, label);
      byType.set(label, typed);
    }
    merge(total, counts);
    perArticle.push({ file: article.file, ...scores(counts) });
    disagreements.push(...disagreementsOf(article.file, a, b));
  }
  const types = Object.fromEntries([...byType.keys()].sort().map((label) => [label, scores(byType.get(label)!)]));
  return { articles: perArticle, overall: scores(total), types, disagreements, notes };
}

function labelled(file: string, who: string, sidecarText: string | undefined, text: TextMap, notes: string[]): Labelled[] {
  if (sidecarText === undefined) return [];
  const parsed = parseSidecar(sidecarText);
  if (!parsed.sidecar) {
    const error = parsed.problems.find((p) => p.severity === 'error');
    notes.push(`${file}: ${who}'s annotations left out: ${error ? `line ${error.line + 1}: ${error.message}` : 'the sidecar does not parse'}`);
    return [];
  }
  // offsets saved against another version of the text are placed on this one first
  const placed = placeAnnotations(parsed.sidecar, text).annotations;
  const orphans = placed.filter((x) => x.status === 'orphaned').length;
  if (orphans > 0) notes.push(`${file}: ${orphans} of ${who}'s annotations are orphaned (their text is not in the article) and not counted`);
  return placed
    .filter((x: Annotation) => x.status !== 'orphaned')
    .map((x) => ({ start: x.start, end: x.end, text: text.slice(x.start, x.end), label: x.type ?? UNTYPED }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
}

function emptyCounts(): Counts {
  return { a: 0, b: 0, exact: 0, overlap: 0, pairs: new Map() };
}

function merge(into: Counts, from: Counts): void {
  into.a += from.a;
  into.b += from.b;
  into.exact += from.exact;
  into.overlap += from.overlap;
  for (const [k, n] of from.pairs) into.pairs.set(k, (into.pairs.get(k) ?? 0) + n);
}

/** One-to-one matches: each annotation of B counts for at most one of A. */
function matches(a: readonly Labelled[], b: readonly Labelled[], same: (x: Labelled, y: Labelled) => boolean): Map<Labelled, Labelled> {
  const used = new Set<Labelled>();
  const out = new Map<Labelled, Labelled>();
  for (const x of a) {
    const y = b.find((c) => !used.has(c) && same(x, c));
    if (y) {
      used.add(y);
      out.set(x, y);
    }
  }
  return out;
}

const exactly = (x: Labelled, y: Labelled) => x.start === y.start && x.end === y.end && x.label === y.label;
const overlapping = (x: Labelled, y: Labelled) => x.start < y.end && y.start < x.end && x.label === y.label;

function addSpans(counts: Counts, a: readonly Labelled[], b: readonly Labelled[]): void {
  counts.a += a.length;
  counts.b += b.length;
  // exact matches first, so that an exact pair is never split by a looser one
  const exact = matches(a, b, exactly);
  const matchedB = new Set(exact.values());
  const rest = matches(a.filter((x) => !exact.has(x)), b.filter((y) => !matchedB.has(y)), overlapping);
  counts.exact += exact.size;
  counts.overlap += exact.size + rest.size;
}

/** Words, numbers and single punctuation marks, as code point spans. */
function tokenize(text: TextMap): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.text.matchAll(/[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu)) {
    out.push({ start: text.toCodePoint(m.index), end: text.toCodePoint(m.index + m[0].length) });
  }
  return out;
}

/**
 * Each token takes the label of the first annotation (by start) that
 * covers part of it, else O. With `only`, labels are binary: that type or O.
 */
function addTokens(counts: Counts, tokens: readonly { start: number; end: number }[], a: readonly Labelled[], b: readonly Labelled[], only?: string): void {
  const labelOf = (spans: readonly Labelled[], t: { start: number; end: number }) => {
    const hit = spans.find((s) => s.start < t.end && t.start < s.end);
    return hit && (only === undefined || hit.label === only) ? hit.label : OUTSIDE;
  };
  for (const t of tokens) {
    const key = `${labelOf(a, t)}\u0000${labelOf(b, t)}`;
    counts.pairs.set(key, (counts.pairs.get(key) ?? 0) + 1);
  }
}

function scores(counts: Counts): Scores {
  return {
    a: counts.a,
    b: counts.b,
    exact: spanScore(counts.exact, counts.a, counts.b),
    overlap: spanScore(counts.overlap, counts.a, counts.b),
    kappa: kappa(counts.pairs),
    tokens: [...counts.pairs.values()].reduce((s, n) => s + n, 0),
  };
}

function spanScore(matched: number, a: number, b: number): SpanScore {
  return {
    precision: b === 0 ? null : matched / b,
    recall: a === 0 ? null : matched / a,
    f1: a + b === 0 ? null : (2 * matched) / (a + b),
  };
}

/** κ = (p_o − p_e) / (1 − p_e), p_e from each annotator's own label frequencies. */
function kappa(pairs: ReadonlyMap<string, number>): number | null {
  let n = 0;
  let agreed = 0;
  const [ofA, ofB] = [new Map<string, number>(), new Map<string, number>()];
  for (const [key, count] of pairs) {
    const [la, lb] = key.split('\u0000');
    n += count;
    if (la === lb) agreed += count;
    ofA.set(la, (ofA.get(la) ?? 0) + count);
    ofB.set(lb, (ofB.get(lb) ?? 0) + count);
  }
  if (n === 0) return null;
  let chance = 0;
  for (const [label, count] of ofA) chance += (count / n) * ((ofB.get(label) ?? 0) / n);
  return chance === 1 ? null : (agreed / n - chance) / (1 - chance);
}

function disagreementsOf(file: string, a: readonly Labelled[], b: readonly Labelled[]): Disagreement[] {
  const exact = matches(a, b, exactly);
  const matchedB = new Set(exact.values());
  const out: Disagreement[] = [];
  const pairedB = new Set<Labelled>();
  for (const x of a) {
    if (exact.has(x)) continue;
    const y = b.find((c) => !matchedB.has(c) && !pairedB.has(c) && c.start < x.end && x.start < c.end);
    if (y) pairedB.add(y);
    out.push({ file, a: x, b: y ?? null });
  }
  for (const y of b) if (!matchedB.has(y) && !pairedB.has(y)) out.push({ file, a: null, b: y });
  return out.sort((p, q) => start(p) - start(q));
}

function start(d: Disagreement): number {
  return Math.min(d.a?.start ?? Infinity, d.b?.start ?? Infinity);
}
