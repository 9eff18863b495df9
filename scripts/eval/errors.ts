// Error analysis for the recogniser engineers: mistakes grouped by class,
// then by a key that makes repeated patterns visible (a possessive "'s"
// left on every name, every "last week" missed) rather than single docs.

import type { EntityError } from './scoreEntities';
import type { TimexError } from './scoreTimex';
import type { GoldDoc, Span } from './types';

export interface ErrorExample {
  readonly docId: string;
  readonly gold?: string;
  readonly predicted?: string;
  /** The surrounding text, gold span in [brackets], prediction in {braces}. */
  readonly context: string;
}

export interface ErrorGroup {
  readonly key: string;
  readonly count: number;
  readonly examples: readonly ErrorExample[];
}

export interface ErrorClassSummary {
  readonly class: string;
  readonly count: number;
  /** The most frequent groups, at most the N asked for. */
  readonly top: readonly ErrorGroup[];
}

const EXAMPLES_PER_GROUP = 2;
const CONTEXT_CHARS = 40;

export function summarizeEntityErrors(errors: readonly EntityError[], docs: readonly GoldDoc[], top: number): ErrorClassSummary[] {
  const textOf = textsById(docs);
  return summarize(errors, top, (e) => {
    const text = textOf.get(e.docId) ?? '';
    const g = e.gold;
    const p = e.predicted;
    switch (e.class) {
      case 'type':
        return `${g!.type} -> ${p!.type}: ${quote(g!.text)}`;
      case 'boundary':
        return `${g!.type} ${edgeDifference(text, g!, p!)}`;
      case 'boundary+type':
        return `${g!.type} -> ${p!.type}, ${edgeDifference(text, g!, p!)}`;
      case 'missing':
        return `${g!.type} ${quote(g!.text)}`;
      case 'spurious':
        return `${p!.type} ${quote(p!.text)}`;
    }
  }, textOf);
}

export function summarizeTimexErrors(errors: readonly TimexError[], docs: readonly GoldDoc[], top: number): ErrorClassSummary[] {
  const textOf = textsById(docs);
  return summarize(errors, top, (e) => {
    const text = textOf.get(e.docId) ?? '';
    const g = e.gold;
    const p = e.predicted;
    switch (e.class) {
      case 'span':
        return shape(edgeDifference(text, g!, p!).toLowerCase());
      case 'type':
        return `${g!.type} -> ${p!.type}`;
      case 'value':
        // the shape of the values groups "day where gold has a month" etc.
        return `${g!.type} ${shape(g!.value)} -> ${shape(p!.value)}${shape(g!.value) === shape(p!.value) ? ' (other value)' : ''}`;
      case 'missing':
        return `${g!.type} ${quote(shape(g!.text.toLowerCase()))}`;
      case 'spurious':
        return `${quote(shape(p!.text.toLowerCase()))}`;
    }
  }, textOf);
}

type AnyError = { class: string; docId: string; gold?: Span & { text: string; value?: string }; predicted?: Span & { text: string; value?: string } };

function summarize<E extends AnyError>(errors: readonly E[], top: number, keyOf: (e: E) => string, textOf: Map<string, string>): ErrorClassSummary[] {
  const byClass = new Map<string, Map<string, E[]>>();
  for (const e of errors) {
    const groups = byClass.get(e.class) ?? new Map<string, E[]>();
    byClass.set(e.class, groups);
    const key = keyOf(e);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...byClass.entries()]
    .map(([errorClass, groups]) => ({
      class: errorClass,
      count: [...groups.values()].reduce((n, g) => n + g.length, 0),
      top: [...groups.entries()]
        .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .slice(0, top)
        .map(([key, members]) => ({
          key,
          count: members.length,
          examples: members.slice(0, EXAMPLES_PER_GROUP).map((e) => example(e, textOf.get(e.docId) ?? '')),
        })),
    }))
    .sort((a, b) => b.count - a.count);
}

function example(e: AnyError, text: string): ErrorExample {
  const describe = (s: AnyError['gold']) => (s ? `${s.text}${s.value !== undefined ? ` = ${s.value}` : ''}` : undefined);
  return { docId: e.docId, gold: describe(e.gold), predicted: describe(e.predicted), context: context(text, e.gold, e.predicted) };
}

/** A window of the text with the gold span bracketed and the prediction braced. */
export function context(text: string, gold?: Span, predicted?: Span): string {
  const spans = [gold, predicted].filter((s): s is Span => s !== undefined);
  const from = Math.max(0, Math.min(...spans.map((s) => s.start)) - CONTEXT_CHARS);
  const to = Math.min(text.length, Math.max(...spans.map((s) => s.end)) + CONTEXT_CHARS);
  const marks: Array<[number, string]> = [];
  if (gold) marks.push([gold.start, '['], [gold.end, ']']);
  if (predicted) marks.push([predicted.start, '{'], [predicted.end, '}']);
  // closing marks before opening ones at one index, so "[a]{b}" not "[a{]b}"
  marks.sort((a, b) => a[0] - b[0] || Number('[{'.includes(a[1])) - Number('[{'.includes(b[1])));
  let out = '';
  let at = from;
  for (const [index, mark] of marks) {
    out += text.slice(at, index) + mark;
    at = index;
  }
  out += text.slice(at, to);
  return `${from > 0 ? '…' : ''}${out.replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/** How a prediction's edges differ from the gold's: +"x" = extra text taken, -"x" = text left out. */
export function edgeDifference(text: string, gold: Span, predicted: Span): string {
  const parts: string[] = [];
  if (predicted.start < gold.start) parts.push(`left +${quote(text.slice(predicted.start, gold.start))}`);
  if (predicted.start > gold.start) parts.push(`left -${quote(text.slice(gold.start, Math.min(predicted.start, gold.end)))}`);
  if (predicted.end > gold.end) parts.push(`right +${quote(text.slice(gold.end, predicted.end))}`);
  if (predicted.end < gold.end) parts.push(`right -${quote(text.slice(Math.max(predicted.end, gold.start), gold.end))}`);
  return parts.join(', ') || 'same span';
}

/** Digits become 9, so "3 days" and "10 days", or 2004-11 and 2005-02, fall in one group. */
function shape(s: string): string {
  return s.replace(/\d/g, '9');
}

function quote(s: string): string {
  return JSON.stringify(s);
}

function textsById(docs: readonly GoldDoc[]): Map<string, string> {
  return new Map(docs.map((d) => [d.id, d.text]));
}
