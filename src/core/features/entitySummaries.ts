// The entities of the corpus, each with its spellings and counts (one per
// key: the Entities view groups them, entityGroups.ts), and the entities of
// one article.

import type { EntityType, Location } from '../model';
import type { CorpusIndex } from '../index/corpusIndex';
import type { DocumentAnalysis } from '../index/documentAnalysis';
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
