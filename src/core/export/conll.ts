// CoNLL-2003 style IOB2 for NER training tools: `-DOCSTART- O` and a blank
// line before each article, then one `token tag` per line and a blank line
// after each sentence. Tokens are split at span edges, so every span is a
// whole number of tokens; a span that overlaps an earlier one cannot be
// written in IOB2 and is left out (counted).

import type { ExportArticle, ExportSpan } from './article';
import { NER_LABEL } from './labels';

/** Words (with inner apostrophes, hyphens and dots: "al-Assad", "U.S"), numbers, or one other character. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
const SENTENCE_END = /^[.!?]$/;

export interface ConllDocument {
  readonly text: string;
  /** Spans not written because they overlap an earlier one (dates, having no label, are never written). */
  readonly overlapping: number;
}

export function conllDocument(article: ExportArticle): ConllDocument {
  const spans: ExportSpan[] = [];
  let overlapping = 0;
  for (const s of article.spans) {
    if (NER_LABEL[s.type] === undefined) continue;
    if (spans.some((k) => k.start < s.end && s.start < k.end)) overlapping++;
    else spans.push(s);
  }
  const lines = ['-DOCSTART- O', ''];
  const sentence: string[] = [];
  const endSentence = () => {
    if (sentence.length) lines.push(...sentence.splice(0), '');
  };
  let spanAt = 0;
  let inside: ExportSpan | undefined;
  let lastLine = 0;
  for (const token of tokens(article.text, spans)) {
    while (spanAt < spans.length && spans[spanAt].end <= token.start) spanAt++;
    const span = spans[spanAt] && spans[spanAt].start <= token.start ? spans[spanAt] : undefined;
    // a line break outside a name ends a sentence (headlines, datelines, paragraphs)
    if (token.line > lastLine && !(span && span === inside)) endSentence();
    lastLine = token.line;
    const tag = span ? `${span === inside ? 'I' : 'B'}-${NER_LABEL[span.type]}` : 'O';
    inside = span;
    sentence.push(`${token.text} ${tag}`);
    if (!span && SENTENCE_END.test(token.text)) endSentence();
  }
  endSentence();
  return { text: lines.map((l) => l + '\n').join(''), overlapping };
}

interface Token {
  readonly text: string;
  /** Code points. */
  readonly start: number;
  readonly line: number;
}

/** The tokens of `text`, each split where a span starts or ends inside it. */
function tokens(text: string, spans: readonly ExportSpan[]): Token[] {
  const edges = new Set(spans.flatMap((s) => [s.start, s.end]));
  const found: Token[] = [];
  let utf16 = 0;
  let point = 0;
  let line = 0;
  const advanceTo = (index: number) => {
    for (; utf16 < index; utf16++) {
      const c = text.charCodeAt(utf16);
      if (c === 0x0a) line++;
      if (c < 0xdc00 || c > 0xdfff) point++;
    }
  };
  for (const match of text.matchAll(TOKEN)) {
    advanceTo(match.index);
    let start = point;
    let piece = '';
    for (const ch of match[0]) {
      if (piece && edges.has(point)) {
        found.push({ text: piece, start, line });
        piece = '';
        start = point;
      }
      piece += ch;
      point++;
      utf16 += ch.length;
    }
    found.push({ text: piece, start, line });
  }
  return found;
}
