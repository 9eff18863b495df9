// Anchoring annotations to a text that may have changed since they were
// made (DESIGN.md, "Sidecar"): position, then exact quote, then a fuzzy
// match; what cannot be found is kept as orphaned, never dropped.
//
// Searching works on UTF-16 (JavaScript strings) and converts to code
// points only at the end, through the TextMap.

import search from 'approx-string-match';
import type { AnchoredAnnotation, Annotation, Span } from '../model';
import type { TextMap } from '../text/offsets';

export const CONTEXT_LENGTH = 32;

/** The W3C TextQuoteSelector of a span: the quote and up to 32 code points either side. */
export function quoteSelector(text: TextMap, span: Span): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, Math.min(text.length, span.end + CONTEXT_LENGTH)),
  };
}

// Weights after Hypothesis' anchoring (client/src/annotator/anchoring/match-quote):
// the quote decides, the context separates identical quotes, and the old
// position only breaks near-ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/**
 * A place is the annotation's only when the quote is mostly intact and its
 * surroundings agree: the same words elsewhere, in another sentence, are
 * another mention, not this annotation moved (Hypothesis weighs context the
 * same way). Below these the annotation stays orphaned and the place is only
 * offered as a candidate.
 */
const MIN_QUOTE_SIMILARITY = 0.75;
const MIN_CONTEXT_SIMILARITY = 0.6;

export function reanchor(text: TextMap, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  return annotations.map((annotation) => anchorOne(text, annotation));
}

/**
 * Annotations saved against this very text (the sidecar's sha256) are where
 * they say; an orphan stays an orphan, since the text it lost is not back.
 */
export function placeOnSavedText(text: TextMap, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  return annotations.map((annotation) =>
    annotation.status === 'orphaned'
      ? orphan(text, annotation)
      : { annotation, span: { start: annotation.start, end: annotation.end }, status: 'anchored' },
  );
}

function anchorOne(text: TextMap, a: Annotation): AnchoredAnnotation {
  // an empty quote has nothing to search for: its position is all there is
  if (a.exact.length === 0) {
    return a.end <= text.length && a.status !== 'orphaned'
      ? { annotation: a, span: { start: a.start, end: a.end }, status: 'anchored' }
      : { annotation: a, status: 'orphaned' };
  }
  if (a.end <= text.length && text.slice(a.start, a.end) === a.exact && hasContext(text.text, a, text.toUtf16(a.start))) {
    return { annotation: a, span: { start: a.start, end: a.end }, status: a.status === 'orphaned' ? 'moved' : 'anchored' };
  }
  const hint = text.toUtf16(Math.min(a.start, text.length));
  const exact = bestExact(text.text, a, hint);
  const found = exact && exact.context >= MIN_CONTEXT_SIMILARITY ? exact : bestFuzzy(text.text, a, hint, MIN_CONTEXT_SIMILARITY);
  if (!found) return orphan(text, a, exact);
  const span = { start: text.toCodePoint(found.start), end: text.toCodePoint(found.end) };
  const unchanged = span.start === a.start && span.end === a.end && a.status !== 'orphaned';
  return { annotation: a, span, status: unchanged ? 'anchored' : 'moved' };
}

/** Orphaned, with the best place of its quote (found without its context) as a candidate. */
function orphan(text: TextMap, a: Annotation, exact?: Candidate): AnchoredAnnotation {
  if (a.exact.length === 0) return { annotation: a, status: 'orphaned' };
  const hint = text.toUtf16(Math.min(a.start, text.length));
  const best = exact ?? bestExact(text.text, a, hint) ?? bestFuzzy(text.text, a, hint, 0);
  if (!best) return { annotation: a, status: 'orphaned' };
  return { annotation: a, status: 'orphaned', candidate: { start: text.toCodePoint(best.start), end: text.toCodePoint(best.end) } };
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** 0..1, how well the context around it agrees with the annotation's. */
  readonly context: number;
}

/**
 * Every occurrence of the quote, ranked by how well its context agrees and
 * then by nearness to the old position. The quote still at its old position
 * wins unless another occurrence clearly has the annotation's context: text
 * of the same length may have been moved around it.
 */
function bestExact(text: string, a: Annotation, hint: number): Candidate | undefined {
  const occurrences: number[] = [];
  for (let at = text.indexOf(a.exact); at !== -1; at = text.indexOf(a.exact, at + 1)) {
    if (!splitsSurrogatePair(text, at) && !splitsSurrogatePair(text, at + a.exact.length)) occurrences.push(at);
  }
  // an occurrence with its whole context intact cannot be beaten but by a nearer one: skip the fuzzy scoring
  const intact = occurrences.filter((at) => hasContext(text, a, at));
  const candidates = intact.length > 0 ? intact : occurrences;
  let best: Candidate | undefined;
  for (const at of candidates) {
    const end = at + a.exact.length;
    const context = intact.length > 0 ? 1 : contextSimilarity(text, a, at, end);
    const score = CONTEXT_WEIGHT * context + POSITION_WEIGHT * nearness(text, at, hint);
    if (!best || score > best.score) best = { start: at, end, score, context };
  }
  return best;
}

/** Whether the stored prefix and suffix are exactly around the quote at `at`. */
function hasContext(text: string, a: Annotation, at: number): boolean {
  const end = at + a.exact.length;
  return at >= a.prefix.length && text.startsWith(a.prefix, at - a.prefix.length) && text.startsWith(a.suffix, end);
}

/**
 * Candidates come from two searches, because the matcher reports only the
 * lowest-cost matches: the quote alone (finds a lightly edited quote
 * anywhere) and quote plus context (finds the place whose surroundings
 * survived even when a closer copy of the quote exists elsewhere).
 */
function bestFuzzy(text: string, a: Annotation, hint: number, minContext: number): Candidate | undefined {
  const maxErrors = Math.min(256, Math.floor(a.exact.length * (1 - MIN_QUOTE_SIMILARITY)));
  const matches = search(text, a.exact, maxErrors);
  const withContext = a.prefix + a.exact + a.suffix;
  if (withContext.length > a.exact.length) {
    for (const around of search(text, withContext, Math.min(256, Math.floor(withContext.length / 2)))) {
      for (const m of search(text.slice(around.start, around.end), a.exact, maxErrors)) {
        matches.push({ start: around.start + m.start, end: around.start + m.end, errors: m.errors });
      }
    }
  }
  let best: Candidate | undefined;
  for (const match of matches) {
    const start = snapStart(text, match.start);
    const end = snapEnd(text, match.end);
    const quote = 1 - match.errors / a.exact.length;
    const context = contextSimilarity(text, a, start, end);
    if (quote < MIN_QUOTE_SIMILARITY || context < minContext) continue;
    const score = QUOTE_WEIGHT * quote + CONTEXT_WEIGHT * context + POSITION_WEIGHT * nearness(text, start, hint);
    if (!best || score > best.score) best = { start, end, score, context };
  }
  return best;
}

/**
 * 0..1: how well the text around [start, end) matches the stored prefix and
 * suffix. An empty prefix or suffix (the annotation was at an end of the
 * text) says nothing, like the part of a short context it lacks.
 */
function contextSimilarity(text: string, a: Annotation, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - a.prefix.length), start);
  const after = text.slice(end, end + a.suffix.length);
  return (similarity(before, a.prefix) + similarity(after, a.suffix)) / 2;
}

/** 1 - edit distance / length of the pattern, found anywhere in `window`; 0 when nothing fits. */
function similarity(window: string, pattern: string): number {
  if (window === pattern) return 1;
  if (window.length === 0) return 0;
  const matches = search(window, pattern, pattern.length);
  return matches.length === 0 ? 0 : 1 - Math.min(...matches.map((m) => m.errors)) / pattern.length;
}

function nearness(text: string, at: number, hint: number): number {
  return text.length === 0 ? 1 : 1 - Math.abs(at - hint) / text.length;
}

function splitsSurrogatePair(text: string, at: number): boolean {
  return isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
}

function snapStart(text: string, at: number): number {
  return splitsSurrogatePair(text, at) ? at - 1 : at;
}

function snapEnd(text: string, at: number): number {
  return splitsSurrogatePair(text, at) ? at + 1 : at;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

const ID_FIRST = 'abcdefghijklmnopqrstuvwxyz';
const ID_REST = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new annotation id: a letter then five letters or digits (36^5 * 26,
 * about 1.6e9, so a collision with ids handed out earlier and since deleted
 * is negligible). Starting with a letter keeps it from ever reading as a
 * number in YAML. `random` returns [0, 1) like Math.random, injectable for
 * tests.
 */
export function newAnnotationId(taken: ReadonlySet<string>, random: () => number): string {
  for (let attempt = 0; ; attempt++) {
    // a crowded id space (or a poor random source) gets longer ids rather than a loop
    const length = 6 + Math.floor(attempt / 100);
    let id = pick(ID_FIRST, random);
    while (id.length < length) id += pick(ID_REST, random);
    if (!taken.has(id)) return id;
  }
}

function pick(alphabet: string, random: () => number): string {
  return alphabet[Math.min(alphabet.length - 1, Math.floor(random() * alphabet.length))];
}
