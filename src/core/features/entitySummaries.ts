// The entities of the corpus, each with its spellings and counts: for the
// Entities view, workspace symbols, and the names the catalog lacks
// (candidates), grouped by variant spelling.

import type { CatalogEntity, EntityType, Location } from '../model';
import type { CorpusIndex } from '../index/corpusIndex';
import type { DocumentAnalysis } from '../index/documentAnalysis';
import { groupVariants } from '../recognize/entities';
import { toLocation } from './lookup';
import { countBy, longest, majority } from './tally';

export interface EntitySummary {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  /** Catalog id, or null for a candidate. */
  readonly entity: string | null;
  /** Distinct spellings, most frequent first. */
  readonly spellings: readonly string[];
  readonly mentions: number;
  readonly documents: number;
  readonly first: Location;
}

/** A name the catalog lacks, with the keys of its variant spellings. */
export interface Candidate {
  readonly name: string;
  readonly type: EntityType;
  readonly keys: readonly string[];
  readonly spellings: readonly string[];
  readonly mentions: number;
  readonly documents: number;
}

export function entitySummaries(index: CorpusIndex): EntitySummary[] {
  const summaries: EntitySummary[] = [];
  for (const key of index.mentions.keys()) {
    const [first] = index.mentions.firstPerDocument(key, index.orderOf, 1);
    if (!first) continue;
    const spellings = index.mentions.spellingsOf(key);
    const entry = first.mention.entity ? index.entryOf(first.mention.entity) : undefined;
    const { mentions, documents } = index.mentions.countOf(key);
    summaries.push({
      key,
      name: entry?.name ?? longest(spellings),
      type: entry?.type ?? index.mentions.typeOf(key)!,
      entity: entry?.id ?? null,
      spellings,
      mentions,
      documents,
      first: toLocation(index, first.uri, first.mention),
    });
  }
  return summaries.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

export function candidates(index: CorpusIndex): Candidate[] {
  const names = entitySummaries(index).filter((s) => s.entity === null);
  const weighted = names.flatMap((s) => Array<string>(s.mentions).fill(s.key));
  const canonical = groupVariants(weighted);
  const groups = new Map<string, EntitySummary[]>();
  for (const s of names) {
    const group = canonical.get(s.key) ?? s.key;
    groups.set(group, [...(groups.get(group) ?? []), s]);
  }
  return [...groups.values()]
    .map((members): Candidate => {
      const top = members.reduce((a, b) => (b.mentions > a.mentions ? b : a));
      return {
        name: top.name,
        type: top.type,
        keys: members.map((m) => m.key),
        spellings: [...new Set(members.flatMap((m) => m.spellings))],
        mentions: members.reduce((n, m) => n + m.mentions, 0),
        documents: members.length === 1 ? top.documents : documentsOf(index, members),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Articles with any of the variants: one article with two spellings counts once. */
function documentsOf(index: CorpusIndex, members: readonly EntitySummary[]): number {
  const uris = new Set<string>();
  for (const m of members) for (const first of index.mentions.firstPerDocument(m.key, index.orderOf, Infinity)) uris.add(first.uri);
  return uris.size;
}

/** The catalog entry a candidate would become: its fullest name, the other spellings as aliases. */
export function catalogEntryFor(candidate: Candidate): Omit<CatalogEntity, 'id'> {
  return { name: candidate.name, type: candidate.type, aliases: candidate.spellings.filter((s) => s !== candidate.name) };
}

export interface DocumentEntity {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: number;
  readonly first: Location;
}

/** The distinct entities of one article, in order of first mention. */
export function documentEntities(index: CorpusIndex, analysis: DocumentAnalysis): DocumentEntity[] {
  const byKey = new Map<string, { texts: string[]; types: EntityType[]; first: (typeof analysis.entities)[number] }>();
  for (const m of analysis.entities) {
    const seen = byKey.get(m.key);
    if (seen) {
      seen.texts.push(m.text);
      seen.types.push(m.type);
    } else byKey.set(m.key, { texts: [m.text], types: [m.type], first: m });
  }
  return [...byKey].map(([key, { texts, types, first }]) => {
    const entry = first.entity ? index.entryOf(first.entity) : undefined;
    return {
      key,
      name: entry?.name ?? longest(countBy(texts)),
      type: entry?.type ?? majority(types),
      mentions: texts.length,
      first: { uri: analysis.uri, span: { start: first.start, end: first.end }, range: analysis.text.rangeOf(first) },
    };
  });
}
