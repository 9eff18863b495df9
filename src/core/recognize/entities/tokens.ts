// One pass over the UTF-16 string with charCode tests. Tokens are words
// only; what lies between two words is summarised as a gap kind, which is all
// the name rules need. Hyphens split words ("al-Assad" -> al | Assad) so that
// "Al Assad", "al-Assad" and "Al-Assad" become the same token keys.

export const CAP = 1; // first letter upper case
export const ALLCAPS = 2; // two or more letters, none lower case
export const HAS_UPPER = 4; // McCain, iPhone, ISWNews
export const POSS = 8; // followed by a possessive ’s / s’, which is outside the token
export const SENT_START = 16; // first word of a sentence or line
export const INITIAL = 32; // "F." in "John F. Kennedy", "U.S.": the dot belongs to the token
export const DIGIT = 64; // starts with a digit
export const UNCERTAIN = 128; // capitalised by position (sentence start, headline), not by being a name
export const HAS_DIGIT = 256; // A330, G7

export const GAP_SPACE = 0; // spaces or tabs only (or nothing)
export const GAP_HYPHEN = 1;
export const GAP_COMMA = 2;
export const GAP_AMP = 3; // " & " as in "Procter & Gamble"
export const GAP_SENTENCE = 4; // . ! ? … ending a sentence
export const GAP_NEWLINE = 5;
export const GAP_OTHER = 6; // quotes, brackets, dashes, colons...

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly flags: Uint16Array;
  /** Gap kind between the previous token (or text start) and this one. */
  readonly gap: Uint8Array;
}

/**
 * Typed arrays rather than growing JS arrays: no per-token boxing or
 * reallocation, which showed in the profile at corpus scale. Capacity starts
 * at a guess (news prose has a word every ~6 characters) and doubles.
 */
class TokenBuffer {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Uint16Array;
  gap: Uint8Array;

  constructor(textLength: number) {
    const capacity = Math.max(16, (textLength >> 2) + 1);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Uint16Array(capacity);
    this.gap = new Uint8Array(capacity);
  }

  push(s: number, e: number, f: number, g: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = s; this.end[i] = e; this.flags[i] = f; this.gap[i] = g;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size); start.set(this.start); this.start = start;
    const end = new Int32Array(size); end.set(this.end); this.end = end;
    const flags = new Uint16Array(size); flags.set(this.flags); this.flags = flags;
    const gap = new Uint8Array(size); gap.set(this.gap); this.gap = gap;
  }

  tokens(): Tokens {
    return { count: this.count, start: this.start, end: this.end, flags: this.flags, gap: this.gap };
  }
}

const C_LOWER = 1;
const C_UPPER = 2;
const C_DIGIT = 3;
const C_OTHERLETTER = 4;
const CASED_LIMIT = 0x530; // Latin, Greek, Cyrillic: scripts with letter case

// The class of every UTF-16 code unit, so that the per-char test is one load.
const charClass = new Uint8Array(0x10000);
for (let c = 0; c < CASED_LIMIT; c++) {
  const s = String.fromCharCode(c);
  if (c >= 48 && c <= 57) charClass[c] = C_DIGIT;
  else if (s.toLowerCase() !== s) charClass[c] = C_UPPER;
  else if (s.toUpperCase() !== s || c === 0xdf) charClass[c] = C_LOWER;
}
// Letters of scripts without case (Arabic, CJK...) still make words; general
// punctuation, quotes and symbols do not, nor do lone surrogate halves.
charClass.fill(C_OTHERLETTER, CASED_LIMIT);
charClass.fill(0, 0x2000, 0x2c00);
charClass.fill(0, 0x3000, 0x3040);
charClass.fill(0, 0xd800, 0xe000);

/** Class of a char code (0: not part of a word). */
function classOf(c: number): number {
  return charClass[c];
}

export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Words after which a full stop does not end the sentence. */
const NO_BREAK_AFTER = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'prof', 'vs', 'no', 'mt', 'ft', 'sgt', 'capt', 'rev', 'inc', 'corp', 'co', 'ltd']);

export function tokenize(text: string): Tokens {
  return tokenizeInto(text, new TokenBuffer(text.length));
}

// Typed arrays over 64 bytes live outside the JS heap and cost microseconds
// each to allocate: per article that showed in the profile. The recogniser
// handles one article at a time, to completion, so it reuses one buffer (which
// keeps the size of the longest article seen).
let shared: TokenBuffer | undefined;

/** tokenize, into a buffer that the next call reuses: the tokens are valid until then. */
export function tokenizeReusing(text: string): Tokens {
  const out = shared ??= new TokenBuffer(text.length);
  out.count = 0;
  return tokenizeInto(text, out);
}

function tokenizeInto(text: string, out: TokenBuffer): Tokens {
  const n = text.length;
  let i = 0;
  let gapKind = GAP_SPACE;
  let sentence = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === 0) {
      // Most gaps are one space: settle it before the rarer characters.
      if (c === 0x20) {
        if (gapKind === GAP_HYPHEN) gapKind = GAP_OTHER; // "Kiev - Moscow": a dash, not a joiner
        i++;
        continue;
      }
      if (c === 10) { gapKind = GAP_NEWLINE; sentence = true; }
      else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) {
        if (gapKind < GAP_SENTENCE) gapKind = GAP_SENTENCE;
        sentence = true;
      } else if (c === 0x2c) { if (gapKind === GAP_SPACE) gapKind = GAP_COMMA; }
      else if (c === 0x26) { if (gapKind === GAP_SPACE) gapKind = GAP_AMP; }
      else if (isHyphen(c) && gapKind === GAP_SPACE && i > 0 && classOf(text.charCodeAt(i - 1)) !== 0) gapKind = GAP_HYPHEN;
      else if (c !== 0x20 && c !== 9 && c !== 0xa0) { if (gapKind < GAP_OTHER && gapKind !== GAP_SENTENCE && gapKind !== GAP_NEWLINE) gapKind = GAP_OTHER; }
      else if (gapKind === GAP_HYPHEN) gapKind = GAP_OTHER; // "Kiev - Moscow": a dash, not a joiner
      i++;
      continue;
    }
    const s = i;
    let upper = 0;
    let lower = 0;
    i++;
    if (cls === C_UPPER) upper++; else if (cls === C_LOWER) lower++;
    let f = cls === C_UPPER ? CAP : cls === C_DIGIT ? DIGIT | HAS_DIGIT : 0;
    let e = -1;
    while (i < n) {
      const d = text.charCodeAt(i);
      const dc = classOf(d);
      if (dc !== 0) {
        if (dc === C_UPPER) upper++; else if (dc === C_LOWER) lower++; else if (dc === C_DIGIT) f |= HAS_DIGIT;
        i++;
        continue;
      }
      if (isApostrophe(d)) {
        const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if ((nx === 0x73 || nx === 0x53) && (i + 2 >= n || classOf(text.charCodeAt(i + 2)) === 0)) {
          e = i; f |= POSS; i += 2; break;
        }
        if (classOf(nx) !== 0) { i++; continue; }
        if (text.charCodeAt(i - 1) === 0x73) { e = i; f |= POSS; i++; break; }
        break;
      }
      if (d === 0x2e && i - s === 1 && cls === C_UPPER && (s === 0 || (classOf(text.charCodeAt(s - 1)) === 0 && text.charCodeAt(s - 1) !== 0x26))) {
        // "F." and "U.S.": initials keep their dots and end no sentence.
        let j = i + 1;
        while (j + 1 < n && classOf(text.charCodeAt(j)) === C_UPPER && text.charCodeAt(j + 1) === 0x2e) j += 2;
        e = j; i = j; f |= INITIAL;
        if (j - s > 2) upper = 2;
        break;
      }
      break;
    }
    if (e < 0) e = i;
    if (upper > 0) f |= HAS_UPPER;
    if (upper >= 2 && lower === 0) f |= ALLCAPS;
    if (sentence) {
      f |= SENT_START;
      const last = out.count - 1;
      const prevEnd = last >= 0 ? out.end[last] : 0;
      if (gapKind === GAP_SENTENCE && last >= 0 && isNoBreak(text, out.start[last], prevEnd)) {
        f &= ~SENT_START;
        // "Mr. Assad" reads as "Mr Assad"; "Inc., Apple" keeps its comma.
        gapKind = text.charCodeAt(prevEnd) === 0x2e && s - prevEnd === 2 ? GAP_SPACE : GAP_OTHER;
      }
    }
    out.push(s, e, f, gapKind);
    gapKind = GAP_SPACE;
    sentence = false;
  }
  return out.tokens();
}

function isNoBreak(text: string, s: number, e: number): boolean {
  if (e - s > 4) return false;
  return NO_BREAK_AFTER.has(text.slice(s, e).toLowerCase());
}
