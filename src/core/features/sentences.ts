// The sentence around a mention, for showing it in context (the timeline's
// events, the hover's mention snippets). A line break always ends a sentence
// (headlines, datelines); a full stop, "!" or "?" does when a space
// follows, so "U.S." inside a word run does not, while "Mr. Smith" may be
// cut: a snippet, not a parse.

import type { Span } from '../model';
import type { TextMap } from '../text/offsets';

/** Longer sentences are cut around the mention, with an ellipsis (by default: the timeline's events). */
const MAX_SIDE = 200;

export interface Sentence extends Span {
  /** The sentence's text before and after the mention, cut to a number of characters each side. */
  readonly before: string;
  readonly after: string;
}

/** The sentence containing `span` (code points of `map`'s text), with its words either side of it, at most `maxSide` characters each. */
export function sentenceAround(map: TextMap, span: Span, maxSide = MAX_SIDE): Sentence {
  const text = map.text;
  const bounds = sentenceBounds(map, span);
  const [start, end] = [map.toUtf16(bounds.start), map.toUtf16(bounds.end)];
  const [from, to] = [map.toUtf16(span.start), map.toUtf16(span.end)];
  // a cut side loses its broken word, unless that word is all there is
  const head = from - start > maxSide ? '…' + text.slice(from - maxSide, from).replace(/^\S*\s+(?=\S)/, '') : text.slice(start, from);
  const tail = end - to > maxSide ? text.slice(to, to + maxSide).replace(/(?<=\S)\s+\S*$/, '') + '…' : text.slice(to, end);
  return { ...bounds, before: head, after: tail };
}

/** Where the sentence containing `span` starts and ends (code points), without the text. */
export function sentenceBounds(map: TextMap, span: Span): Span {
  const text = map.text;
  const from = map.toUtf16(span.start);
  const to = map.toUtf16(span.end);
  let start = from;
  while (start > 0 && !endsSentenceBefore(text, start)) start--;
  let end = to;
  while (end < text.length && !endsSentenceBefore(text, end + 1)) end++;
  end = Math.min(end + 1, text.length);
  while (start < from && /\s/.test(text[start])) start++;
  while (end > to && /\s/.test(text[end - 1])) end--;
  return { start: map.toCodePoint(start), end: map.toCodePoint(end) };
}

/** Whether a sentence ends just before UTF-16 index `i` (by character codes: it runs for every character scanned). */
function endsSentenceBefore(text: string, i: number): boolean {
  const previous = text.charCodeAt(i - 1);
  if (previous === 10) return true;
  if (previous !== 32 && previous !== 9) return false;
  let j = i - 2;
  if (j >= 0 && CLOSERS.includes(text[j])) j--;
  return j >= 0 && (text[j] === '.' || text[j] === '!' || text[j] === '?');
}

/** Quotes and brackets that may stand between a sentence's full stop and the space after it. */
const CLOSERS = '"\'”’)';
