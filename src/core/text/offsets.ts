// Conversion between the offsets the program exchanges (Unicode code points
// over the normalised text) and the UTF-16 code units JavaScript strings and
// VS Code positions use. Every conversion in the product goes through here.

import type { Position, Range, Span } from '../model';
import { Utf8Text } from './utf8Text';

/**
 * An index over one normalised text. Built once per document version; all
 * lookups are O(log n) or O(1) for texts without astral characters. Its
 * tables, and even its text, are made on the first lookup: a warm start
 * makes a map for every article of the corpus and looks up none (at 10,000
 * articles the scans were ~0.1 s of it, and decoding the texts, then the
 * collector copying them, ~0.5 s). An article read from disk whose string
 * would take two bytes a character is kept as its UTF-8 bytes (utf8Text.ts).
 */
export class TextMap {
  private source: string | (() => string) | Utf8Text;
  private astralIndices: number[] | undefined;
  private lineStartIndices: number[] | undefined;

  /** `text`, what makes it when first asked for (a warm start's article, read and known unchanged), or its UTF-8 bytes. */
  constructor(text: string | (() => string) | Utf8Text) {
    this.source = text;
  }

  /** Whether the text is there without its loader (a map given a loader has not been asked for it yet); kept as UTF-8 counts as there. */
  get loaded(): boolean {
    return typeof this.source !== 'function';
  }

  get text(): string {
    const source = this.source;
    if (typeof source === 'string') return source;
    if (source instanceof Utf8Text) return source.text;
    return (this.source = source());
  }

  /** Length of the text in UTF-16 units (a text kept as UTF-8 is not decoded for it). */
  private get utf16Length(): number {
    return this.source instanceof Utf8Text ? this.source.length : this.text.length;
  }

  /** Sorted UTF-16 indices of the high surrogates of astral characters. */
  private get astral(): number[] {
    return (this.astralIndices ??= astralOf(this.text));
  }

  /** UTF-16 index where each line starts. */
  private get lineStarts(): number[] {
    if (this.lineStartIndices) return this.lineStartIndices;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.lineStartIndices = starts);
  }

  /** Whether some character takes two UTF-16 units, so that offsets differ between the two counts. */
  get hasAstral(): boolean {
    return this.astral.length > 0;
  }

  /** Length of the text in code points. */
  get length(): number {
    return this.utf16Length - this.astral.length;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** UTF-16 index -> code point offset. An index inside a surrogate pair maps to its character. */
  toCodePoint(utf16: number): number {
    if (this.astral.length === 0) return utf16;
    // each astral character starting before utf16 took one extra code unit
    return utf16 - countBelow(this.astral, utf16);
  }

  /** Code point offset -> UTF-16 index. */
  toUtf16(codePoint: number): number {
    if (this.astral.length === 0) return codePoint;
    // each astral character before the target adds one code unit
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }

  /** Code point offset -> line and UTF-16 character. */
  positionAt(codePoint: number): Position {
    const utf16 = Math.max(0, Math.min(this.toUtf16(codePoint), this.utf16Length));
    const line = countBelow(this.lineStarts, utf16 + 1) - 1;
    return { line, character: utf16 - this.lineStarts[line] };
  }

  /** Line and UTF-16 character -> code point offset (clamped to the text). */
  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.length;
    const line = Math.max(0, position.line);
    const lineEnd = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.utf16Length;
    const utf16 = Math.min(this.lineStarts[line] + Math.max(0, position.character), lineEnd);
    return this.toCodePoint(utf16);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

function astralOf(text: string): number[] {
  const astral: number[] = [];
  // a native search first: most texts have no astral character at all
  if (!HIGH_SURROGATE.test(text)) return astral;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  return astral;
}

/** Number of entries of a sorted array that are < value. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
