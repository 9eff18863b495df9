// Go to Definition, Find All References and document highlights.

import type { Location, Range } from '../model';
import type { CorpusIndex } from '../index/corpusIndex';
import type { DocumentAnalysis } from '../index/documentAnalysis';
import { entityAt, toLocation } from './lookup';

/** The catalog entry of the entity at the offset, else its first mention in the corpus. */
export function definitionAt(index: CorpusIndex, analysis: DocumentAnalysis, offset: number): Location[] {
  const mention = entityAt(analysis, offset);
  if (!mention) return [];
  const inCatalog = mention.entity ? catalogLocation(index, mention.entity) : undefined;
  if (inCatalog) return [inCatalog];
  const [first] = index.mentions.firstPerDocument(mention.key, index.orderOf, 1);
  return first ? [toLocation(index, first.uri, first.mention)] : [];
}

export function referencesAt(
  index: CorpusIndex,
  analysis: DocumentAnalysis,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const mention = entityAt(analysis, offset);
  if (!mention) return [];
  const mentions: Location[] = [];
  for (const { uri, spans } of index.mentions.spansOf(mention.key, index.orderOf)) {
    for (const span of spans) mentions.push(toLocation(index, uri, span));
  }
  const declaration = includeDeclaration && mention.entity ? catalogLocation(index, mention.entity) : undefined;
  return declaration ? [declaration, ...mentions] : mentions;
}

export function highlightsAt(analysis: DocumentAnalysis, offset: number): Range[] {
  const mention = entityAt(analysis, offset);
  if (!mention) return [];
  return analysis.entities.filter((m) => m.key === mention.key).map((m) => analysis.text.rangeOf(m));
}

/** Where the entity's `id:` is written in the catalog file. */
export function catalogLocation(index: CorpusIndex, id: string): Location | undefined {
  const { text } = index.catalog;
  const uri = index.catalogUri;
  if (text === undefined || !uri) return undefined;
  const pattern = new RegExp(`^[ \\t]*(?:-[ \\t]+)?id:[ \\t]*["']?(${escapeRegExp(id)})["']?[ \\t]*(?:#.*)?$`, 'm');
  const match = pattern.exec(text);
  if (!match) return undefined;
  const map = index.catalogTextMap()!;
  const startUtf16 = match.index + match[0].indexOf(match[1], match[0].indexOf('id:'));
  const span = { start: map.toCodePoint(startUtf16), end: map.toCodePoint(startUtf16 + id.length) };
  return { uri, span, range: map.rangeOf(span) };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A mention stepped to, with its place among all mentions of its entity (1-based, in corpus order). */
export interface AdjacentMention {
  readonly location: Location;
  readonly position: number;
  readonly total: number;
}

/** The mention of the same entity `step` places after (or before) the one at the offset, in corpus order, wrapping around. */
export function adjacentMention(index: CorpusIndex, analysis: DocumentAnalysis, offset: number, step: 1 | -1): AdjacentMention | undefined {
  const mention = entityAt(analysis, offset);
  if (!mention) return undefined;
  const all = index.mentions.mentionsOf(mention.key, index.orderOf);
  const here = all.findIndex((m) => m.uri === analysis.uri && m.mention.start === mention.start);
  if (here < 0) return undefined;
  const at = (here + step + all.length) % all.length;
  const next = all[at];
  return { location: toLocation(index, next.uri, next.mention), position: at + 1, total: all.length };
}
