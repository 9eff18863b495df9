// Non-negative integers packed into a string, one or two UTF-16 units each,
// for the warm-start snapshot: JSON.parse scans a string far faster than it
// builds an array of numbers (the number arrays of 10,000 articles took
// ~160 ms to parse and as much again in garbage collection). Units stay
// within U+0100..U+D7FF: no control character, quote or backslash that JSON
// escapes, no surrogate that JSON.stringify escapes or UTF-8 cannot encode.

const BASE = 0x100;
/** Values below this take one unit; the rest two, the first at TWO or above. */
const ONE_UNIT = 0x7f00;
const TWO = BASE + ONE_UNIT;
const LOW_BITS = 15;
/** 2^15 * (0xd800 - TWO) - 1: about 7e8, far beyond any offset or string index. */
export const MAX_PACKED = (0xd800 - TWO) * (1 << LOW_BITS) - 1;

export function packNumbers(values: ArrayLike<number>): string {
  const units: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const n = values[i];
    if (!(n >= 0 && n <= MAX_PACKED && Number.isInteger(n))) throw new RangeError(`cannot pack ${n}`);
    if (n < ONE_UNIT) units.push(BASE + n);
    else units.push(TWO + Math.floor(n / (1 << LOW_BITS)), BASE + (n & ((1 << LOW_BITS) - 1)));
  }
  let s = '';
  // in chunks: String.fromCharCode takes its units as arguments
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
  return s;
}

export function unpackNumbers(s: string): Int32Array {
  let count = 0;
  // the second unit of a pair may be at TWO or above too: it is skipped, not tested
  for (let i = 0; i < s.length; i++, count++) if (s.charCodeAt(i) >= TWO) i++;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[k++] = c < TWO ? c - BASE : (c - TWO) * (1 << LOW_BITS) + (s.charCodeAt(++i) - BASE);
  }
  return out;
}
