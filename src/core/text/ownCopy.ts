// A string that shares no memory with the text it was cut from. V8 makes a
// slice of 13 or more characters a view of its parent, which then stays alive
// as long as the slice does: a key or a spelling kept in a corpus-wide table
// would keep a whole article (or an old version of it) in memory.

/** Copies the characters (a concatenation of 13+ is flattened into a new string when sliced). */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
