// Matching what a user typed or selected against the names of entities: the
// annotate picker's preselection and its warning about a name already in the
// catalog, and workspace symbols (Ctrl+T) that find an entity by an alias.

import type { Catalog, CatalogEntity } from '../model';

/**
 * A name as the catalog matcher compares it: case, apostrophes, dots and
 * hyphens aside ("Al-Assad" = "al Assad", "People’s" = "People's"). An
 * all-capitals name (US, DPR) is compared exactly, as it is matched in text.
 */
export function nameKey(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (isAllCapitals(trimmed)) return `=${trimmed}`;
  return trimmed.toLowerCase().replace(/[’'`.]/g, '').replace(/[-‐–]/g, ' ');
}

function isAllCapitals(name: string): boolean {
  return /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}

/** Catalog entities one of whose names (name or alias) is `text`, the entity named so first. */
export function catalogEntitiesNamed(catalog: Catalog, text: string): CatalogEntity[] {
  const key = nameKey(text);
  const byName = catalog.entities.filter((e) => nameKey(e.name) === key);
  const byAlias = catalog.entities.filter((e) => !byName.includes(e) && e.aliases.some((a) => nameKey(a) === key));
  return [...byName, ...byAlias];
}

/**
 * The label under which an entity answers a symbol query: its name when the
 * query's letters appear in it in order, else "Name (alias)" with the first
 * alias that matches (so that the editor, which filters by label, keeps it),
 * else undefined. An empty query matches every name.
 */
export function symbolLabel(query: string, name: string, aliases: readonly string[]): string | undefined {
  const needle = query.toLowerCase().replace(/\s+/g, '');
  if (isSubsequence(needle, name.toLowerCase())) return name;
  const alias = aliases.find((a) => a !== name && isSubsequence(needle, a.toLowerCase()));
  return alias === undefined ? undefined : `${name} (${alias})`;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const c of haystack) if (c === needle[i]) i++;
  return i === needle.length;
}
