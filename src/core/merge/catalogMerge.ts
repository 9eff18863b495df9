// Three-way merge of entities.yaml (`corpus-lens merge-driver`): entities
// matched by id and merged field by field, aliases and `ignore` as sets, in
// our order with their new entities after the entity before them on their
// side.

import { CATALOG_KEYS, ENTITY_KEYS } from '../catalog/parse';
import type { Document } from 'yaml';
import { mergeableDocument, mergeKeyedList } from './keyedList';
import type { MergeInput, MergeResult } from './sidecarMerge';

export function mergeCatalogTexts(input: MergeInput): MergeResult {
  const docs: Record<string, Document> = {};
  for (const [side, text] of Object.entries(input)) {
    const checked = mergeableDocument(text, 'entities');
    if ('reason' in checked) return { ok: false, reason: `${side}: ${checked.reason}` };
    docs[side] = checked.doc;
  }
  const merged = mergeKeyedList(
    { base: docs.base, ours: docs.ours, theirs: docs.theirs, oursText: input.ours },
    {
      listKey: 'entities',
      topOrder: CATALOG_KEYS,
      itemOrder: ENTITY_KEYS,
      topRules: { groups: [], sets: ['ignore'] },
      itemRules: { groups: [], sets: ['aliases'] },
      derived: {},
    },
  );
  return { ok: true, text: merged.text, conflicts: merged.conflicts, stale: false };
}
