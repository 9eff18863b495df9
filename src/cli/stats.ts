// `corpus-lens stats`: how big the corpus is and what is in it.

import { ENTITY_TYPES, type EntityType } from '../core/model';
import { openCorpus } from './corpus';
import { CORPUS_OPTIONS, formatOf, maxFileSizeOf, stringOption, UsageError, type Verb } from './verb';

export interface CorpusStats {
  readonly articles: number;
  /** Distinct entities (catalog entries mentioned, and names the catalog lacks), by type. */
  readonly entities: Record<EntityType, number>;
  readonly catalogEntities: number;
  /** Entity mentions recognised, by type. */
  readonly mentions: Record<EntityType, number>;
  readonly dateMentions: number;
  readonly annotations: number;
  readonly orphans: number;
  /** Publication dates (YYYY-MM-DD), null when no article has one. */
  readonly published: { readonly earliest: string | null; readonly latest: string | null; readonly articles: number };
  /** Full calendar dates (YYYY-MM-DD) mentioned in the texts. */
  readonly mentionedDates: { readonly earliest: string | null; readonly latest: string | null };
}

export const statsVerb: Verb = {
  name: 'stats',
  usage: `usage: corpus-lens stats <file or folder...> [--format text|json] [--catalog entities.yaml] [--max-file-size <bytes>]

Counts articles, entities by type, mentions, annotations and orphans, and gives the earliest and latest
publication date and date mentioned.
Exit code: 0 success, 1 an input could not be read, 2 bad usage.`,
  options: { ...CORPUS_OPTIONS, format: { type: 'string' } },
  async run(values, paths, io) {
    const format = formatOf(values, ['text', 'json'], 'text');
    if (paths.length === 0) throw new UsageError('no file or folder given');
    const corpus = await openCorpus({ paths, catalog: stringOption(values, 'catalog'), maxFileSize: maxFileSizeOf(values), data: io.data, err: io.err });
    const { service } = corpus;
    const byType = () => Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
    const entities = byType();
    for (const e of service.entities()) entities[e.type]++;
    const mentions = byType();
    let dateMentions = 0;
    let annotations = 0;
    let orphans = 0;
    const published: string[] = [];
    const mentioned: string[] = [];
    for (const uri of service.articles()) {
      const analysis = service.analysis(uri);
      if (!analysis) continue;
      for (const m of analysis.entities) mentions[m.type]++;
      dateMentions += analysis.dates.length;
      for (const d of analysis.dates) if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) mentioned.push(d.value);
      annotations += analysis.annotations.length;
      orphans += analysis.annotations.filter((a) => a.status === 'orphaned').length;
      if (analysis.published) published.push(analysis.published.value);
    }
    published.sort();
    mentioned.sort();
    const stats: CorpusStats = {
      articles: service.articles().filter((uri) => service.analysis(uri)).length,
      entities,
      catalogEntities: service.catalog().entities.length,
      mentions,
      dateMentions,
      annotations,
      orphans,
      published: { earliest: published[0] ?? null, latest: published[published.length - 1] ?? null, articles: published.length },
      mentionedDates: { earliest: mentioned[0] ?? null, latest: mentioned[mentioned.length - 1] ?? null },
    };
    await io.out(format === 'json' ? JSON.stringify(stats) : statsText(stats));
    return corpus.failed ? 1 : 0;
  },
};

function statsText(s: CorpusStats): string {
  const types = (counts: Record<EntityType, number>) => ENTITY_TYPES.map((t) => `${t} ${counts[t]}`).join(', ');
  const total = (counts: Record<EntityType, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return [
    `articles      ${s.articles}`,
    `entities      ${total(s.entities)} (${types(s.entities)}); ${s.catalogEntities} in the catalog`,
    `mentions      ${total(s.mentions)} (${types(s.mentions)}); ${s.dateMentions} dates`,
    `annotations   ${s.annotations} (${s.orphans} orphaned)`,
    `published     ${s.published.earliest ?? '-'} to ${s.published.latest ?? '-'} (${s.published.articles} of ${s.articles} articles dated)`,
    `dates named   ${s.mentionedDates.earliest ?? '-'} to ${s.mentionedDates.latest ?? '-'}`,
  ].join('\n');
}
