// Which articles a change of the catalog can change. The catalog reaches
// recognition only through its names, aliases and ignore list matched in the
// text (recognize/entities/catalog.ts), so an article in which no name of a
// changed entry occurs keeps its result. The test is conservative: the
// matcher compares lower-cased tokens without apostrophes and dots, and so
// does this, over the whole text, on one word of each name.

import type { Catalog, CatalogEntity } from '../model';

/** Whether an article's text may contain one of the names; true when in doubt. */
export type NameTest = (text: string) => boolean;

/** The names whose matches a change from `before` to `after` can alter: of entries added, removed or renamed, retyped, re-aliased; and ignore-list names added or removed. */
export function changedNames(before: Catalog, after: Catalog): string[] {
  const names = new Set<string>();
  const old = new Map(before.entities.map((e) => [e.id, e]));
  const now = new Map(after.entities.map((e) => [e.id, e]));
  for (const [id, entity] of old) if (!sameForMatching(entity, now.get(id))) namesOf(entity).forEach((n) => names.add(n));
  for (const [id, entity] of now) if (!sameForMatching(entity, old.get(id))) namesOf(entity).forEach((n) => names.add(n));
  const ignoredBefore = new Set(before.ignore);
  const ignoredAfter = new Set(after.ignore);
  for (const name of ignoredBefore) if (!ignoredAfter.has(name)) names.add(name);
  for (const name of ignoredAfter) if (!ignoredBefore.has(name)) names.add(name);
  return [...names];
}

/** A test for texts that may contain any of the names. */
export function nameTest(names: readonly string[]): NameTest {
  const words = [...new Set(names.map(longestWord).filter((w) => w.length > 0))];
  if (words.length === 0) return () => false;
  return (text) => {
    const searched = forSearch(text);
    return words.some((w) => searched.includes(w));
  };
}

function sameForMatching(a: CatalogEntity, b: CatalogEntity | undefined): boolean {
  return !!b && a.name === b.name && a.type === b.type && a.aliases.length === b.aliases.length && a.aliases.every((alias, i) => alias === b.aliases[i]);
}

function namesOf(entity: CatalogEntity): string[] {
  return [entity.name, ...entity.aliases];
}

/** Lower case without the characters the matcher's keys drop, so that "Al-Assad’s" holds "assad". */
function forSearch(text: string): string {
  return text.toLowerCase().replace(/['’ʼ.]/g, '');
}

/** The longest run of letters and digits of a name, as forSearch writes it. */
function longestWord(name: string): string {
  let best = '';
  for (const word of forSearch(name).split(/[^\p{L}\p{N}]+/u)) if (word.length > best.length) best = word;
  return best;
}
