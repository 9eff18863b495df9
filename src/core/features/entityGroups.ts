// The rows of the Entities view: one per catalog entity, and one per name
// the catalog lacks with its variant spellings grouped under it; filtered by
// a text over names and aliases, sorted by name or by count, each with a
// description that tells rows apart.

import type { CatalogEntity, EntityType } from '../model';
import type { CorpusIndex } from '../index/corpusIndex';
import { entitySummaries, type EntitySummary } from './entitySummaries';
import { groupNameVariants } from './nameVariants';

export interface EntityGroup extends EntitySummary {
  /** The keys of its members, its own (the most mentioned) first. */
  readonly keys: readonly string[];
  /** The variant spellings grouped under a name the catalog lacks, most mentioned first; empty when there is one. */
  readonly variants: readonly EntitySummary[];
  /** What its row says beside the name. */
  readonly description: string;
}

/** A name the catalog lacks, with the keys of its variant spellings. */
export type Candidate = Pick<EntityGroup, 'name' | 'type' | 'keys' | 'spellings' | 'mentions' | 'documents'>;

export type EntitySort = 'name' | 'count';

export interface EntityQuery {
  /** Keeps the groups one of whose names, aliases or id contains this text (case and accents aside). */
  readonly filter?: string;
  /** By count (most mentioned first, the default) or by name. */
  readonly sort?: EntitySort;
}

export function entityGroups(index: CorpusIndex, query: EntityQuery = {}): EntityGroup[] {
  const summaries = entitySummaries(index);
  const catalogInUse = index.catalog.catalog.entities.length > 0;
  const groups = [
    ...summaries.filter((s) => s.entity !== null).map((s) => groupOf(index, [s], catalogInUse)),
    ...candidateGroups(index, summaries.filter((s) => s.entity === null)).map((members) => groupOf(index, members, catalogInUse)),
  ];
  const needle = query.filter === undefined ? '' : searchForm(query.filter.trim());
  const kept = needle ? groups.filter((g) => namesOf(index, g).some((n) => searchForm(n).includes(needle))) : groups;
  return kept.sort(query.sort === 'name' ? byName : byCount);
}

/** Names the catalog lacks, variant spellings grouped, most mentioned first. */
export function candidates(index: CorpusIndex): Candidate[] {
  return entityGroups(index).filter((g) => g.entity === null);
}

/** The catalog entry a candidate would become: its fullest name, the other spellings as aliases. */
export function catalogEntryFor(candidate: Candidate, type: EntityType = candidate.type): Omit<CatalogEntity, 'id'> {
  return { name: candidate.name, type, aliases: candidate.spellings.filter((s) => s !== candidate.name) };
}

function candidateGroups(index: CorpusIndex, names: readonly EntitySummary[]): EntitySummary[][] {
  const groupOfKey = groupingOf(index, names);
  const groups = new Map<string, EntitySummary[]>();
  // summaries come most mentioned first, so each group's first member is its own
  for (const s of names) {
    const group = groupOfKey.get(s.key) ?? s.key;
    groups.set(group, [...(groups.get(group) ?? []), s]);
  }
  return [...groups.values()];
}

/**
 * The last grouping of each index, and the names and types it was made of:
 * an edit changes counts far more often than names, and grouping costs
 * tens of milliseconds at a few thousand names. The group a key maps to is
 * only its group's identity here (counts may have changed since): the
 * group's own key is its first, most mentioned, member.
 */
const lastGrouping = new WeakMap<CorpusIndex, { readonly names: string; readonly groups: Map<string, string> }>();

function groupingOf(index: CorpusIndex, summaries: readonly EntitySummary[]): Map<string, string> {
  const names = summaries.map((s) => `${s.key}\t${s.type}`).sort().join('\n');
  const last = lastGrouping.get(index);
  if (last?.names === names) return last.groups;
  const groups = groupNameVariants(summaries.map((s) => ({ key: s.key, type: s.type, mentions: s.mentions })));
  lastGrouping.set(index, { names, groups });
  return groups;
}

function groupOf(index: CorpusIndex, members: readonly EntitySummary[], catalogInUse: boolean): EntityGroup {
  const [top] = members;
  const spellings = [...new Set(members.flatMap((m) => m.spellings))];
  const group = {
    ...top,
    keys: members.map((m) => m.key),
    variants: members.length > 1 ? members : [],
    spellings,
    mentions: members.reduce((n, m) => n + m.mentions, 0),
    documents: members.length === 1 ? top.documents : documentsOf(index, members),
    first: members.reduce((a, b) => (index.orderOf(b.first.uri) < index.orderOf(a.first.uri) ? b : a)).first,
  };
  return { ...group, description: describe(group, catalogInUse) };
}

/** Articles with any of the variants: one article with two spellings counts once. */
function documentsOf(index: CorpusIndex, members: readonly EntitySummary[]): number {
  const uris = new Set<string>();
  for (const m of members) for (const first of index.mentions.firstPerDocument(m.key, index.orderOf, Infinity)) uris.add(first.uri);
  return uris.size;
}

/**
 * "27 mentions in 5 articles", and what sets the row apart: how many
 * spellings were grouped, and "not in catalog" when a catalog is in use
 * (without one, every row would say it).
 */
function describe(group: Omit<EntityGroup, 'description'>, catalogInUse: boolean): string {
  const parts = [countsLabel(group)];
  if (group.variants.length > 1) parts.push(plural(group.variants.length, 'spelling'));
  if (catalogInUse && group.entity === null) parts.push('not in catalog');
  return parts.join(' · ');
}

/** "27 mentions in 5 articles". */
export function countsLabel({ mentions, documents }: Pick<EntitySummary, 'mentions' | 'documents'>): string {
  return `${plural(mentions, 'mention')} in ${plural(documents, 'article')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function namesOf(index: CorpusIndex, group: EntityGroup): string[] {
  const entry = group.entity ? index.entryOf(group.entity) : undefined;
  return [group.name, ...group.spellings, ...(entry ? [entry.id, ...entry.aliases] : [])];
}

/** Lower case, no accents, one kind of apostrophe: "Türkiye" is found by "turkiye", "People’s" by "people's". */
function searchForm(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’ʼ‘`]/g, '\'');
}

const byCount = (a: EntityGroup, b: EntityGroup): number => b.mentions - a.mentions || byName(a, b);
// one collator: localeCompare with options builds one per call
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byName = (a: EntityGroup, b: EntityGroup): number => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
