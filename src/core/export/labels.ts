// The labels other tools expect for our types.

import type { SpanType } from './article';

/** CoNLL-2003 / spaCy / Prodigy labels. Dates have none: those formats carry names only. */
export const NER_LABEL: Readonly<Record<SpanType, string | undefined>> = {
  person: 'PER',
  organization: 'ORG',
  location: 'LOC',
  other: 'MISC',
  date: undefined,
};

/** brat entity types, as declared in annotation.conf. */
export const BRAT_LABEL: Readonly<Record<SpanType, string>> = {
  person: 'Person',
  organization: 'Organization',
  location: 'Location',
  other: 'Other',
  date: 'Date',
};

/** The type a label of another tool stands for (import), by either table. */
export function typeOfLabel(label: string): SpanType | undefined {
  for (const table of [NER_LABEL, BRAT_LABEL]) {
    const found = (Object.keys(table) as SpanType[]).find((t) => table[t] === label);
    if (found) return found;
  }
  const lower = label.toLowerCase();
  if (lower === 'gpe' || lower === 'loc') return 'location';
  return (['person', 'organization', 'location', 'other', 'date'] as const).find((t) => t === lower);
}
