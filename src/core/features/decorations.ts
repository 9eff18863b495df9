// What an editor paints on an article: recognised mentions by kind (entity
// type, or date) and the annotated ranges, as editor ranges.

import type { EntityType, Range } from '../model';
import type { DocumentAnalysis } from '../index/documentAnalysis';

export type MentionKind = EntityType | 'date';

export const MENTION_KINDS: readonly MentionKind[] = ['person', 'organization', 'location', 'other', 'date'];

export interface Decorations {
  /** Every kind, each with its ranges (possibly none), so that a painter can clear what is gone. */
  readonly mentions: ReadonlyMap<MentionKind, readonly Range[]>;
  /** Annotations placed on the text (orphans have no place). */
  readonly annotations: readonly Range[];
}

export function decorationsOf(analysis: DocumentAnalysis): Decorations {
  const mentions = new Map<MentionKind, Range[]>(MENTION_KINDS.map((kind) => [kind, []]));
  for (const m of analysis.entities) mentions.get(m.type)!.push(analysis.text.rangeOf(m));
  mentions.set('date', analysis.dates.map((d) => analysis.text.rangeOf(d)));
  const annotations = analysis.annotations.flatMap((a) => (a.span ? [analysis.text.rangeOf(a.span)] : []));
  return { mentions, annotations };
}
