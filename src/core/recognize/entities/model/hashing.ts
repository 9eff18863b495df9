// Features are hashed into the model's slots without building their strings:
// a feature is a kind and up to two numbers (a word's hash, a label, a
// count), mixed into one slot. Building and hashing a string per feature made
// the model cost four times the rules it types.

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function strHash(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Folds one more number into a running hash (words of a name, in order). */
export function combine(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x01000193);
  return (h ^ (h >>> 15)) | 0;
}

/** The slot of feature (kind, x, y) among 2^bits: Fibonacci hashing keeps the well-mixed top bits. */
export function slotOf(kind: number, x: number, y: number, bits: number): number {
  const h = Math.imul(Math.imul(kind ^ x, 0x01000193) ^ y, 0x9e3779b1);
  return h >>> (32 - bits);
}
