// Catalog ids derived from names: readable, stable, [a-z0-9-]+ as
// DESIGN.md requires.

/** Letters that Unicode decomposition leaves alone but that have a usual Latin spelling. */
const LATIN: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

/** "Bashar al-Assad" -> bashar-al-assad; "Luhansk People's Republic" -> luhansk-peoples-republic; -2, -3 ... when taken. */
export function slugifyEntityId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ßæœøłđðþı]/g, (c) => LATIN[c])
      // an apostrophe joins its word ("People's" is one word, not "people-s")
      .replace(/['’ʼ‘`]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
