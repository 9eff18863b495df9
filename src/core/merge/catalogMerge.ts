// Three-way merge of entities.yaml (`corpus-lens merge-driver`): entities
// matched by id and merged field by field, aliases and `ignore` as sets, in
// our order with their new entities after the entity before them on their
// side.

import { CATALOG_KEYS, ENTITY_KEYS } from '../catalog/parse';
import { mergeKeyedList, unmergeable } from './keyedList';
import type { MergeInput, MergeResult } from './sidecarMerge';

export function mergeCatalogTexts(input: MergeInput): MergeResult {
  for (const [side, text] of Object.entries(input)) {
    const why = unmergeable(text, 'entities');
    if (why) return { ok: false, reason: `${side}: ${why}` };
  }
  const merged = mergeKeyedList(input.base, input.ours, input.theirs, {
    listKey: 'entities',
    topOrder: CATALOG_KEYS,
    itemOrder: ENTITY_KEYS,
    topRules: { groups: [], sets: ['ignore'] },
    itemRules: { groups: [], sets: ['aliases'] },
    derived: [],
  });
  return { ok: true, text: merged.text, conflicts: merged.conflicts, stale: false };
}
