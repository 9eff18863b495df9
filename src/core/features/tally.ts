// Small counts over mentions, shared by hovers and entity summaries.

/** Distinct values, most frequent first (ties keep first-seen order). */
export function countBy(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/** The longest text: a name's fullest spelling. */
export function longest(texts: readonly string[]): string {
  return texts.reduce((best, t) => (t.length > best.length ? t : best), '');
}

export function majority<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}
