// Changes one entity of entities.yaml in place (rename, new id, merged
// aliases): its node is edited field by field, so its comments and the
// rest of the file stay as the user wrote them.

import { isMap, isSeq, type YAMLMap } from 'yaml';
import type { CatalogEntity } from '../model';
import { editCatalog } from './edit';
import { ENTITY_ID_PATTERN, ENTITY_KEYS } from './parse';
import { scalarText, setValue } from '../yaml/nodes';

/** The catalog text with entity `id` replaced by `entity` (which may carry a new id). Throws when `id` is missing or the new id taken. */
export function replaceEntityInCatalog(text: string, id: string, entity: CatalogEntity): string {
  if (!ENTITY_ID_PATTERN.test(entity.id)) throw new Error(`Invalid entity id '${entity.id}': use lower-case letters, digits and hyphens.`);
  if (!entity.name.trim()) throw new Error('An entity needs a name.');
  return editCatalog(text, (doc, root) => {
    const entities = root.get('entities', true);
    const items = isSeq(entities) ? entities.items.filter(isMap) : [];
    const node = items.find((item) => scalarText(item.get('id', true)) === id) as YAMLMap | undefined;
    if (!node) throw new Error(`The catalog has no entity '${id}' (any more).`);
    if (entity.id !== id && items.some((item) => scalarText(item.get('id', true)) === entity.id)) {
      throw new Error(`The catalog already has an entity with id '${entity.id}'.`);
    }
    setValue(doc, node, 'id', entity.id, ENTITY_KEYS);
    setValue(doc, node, 'name', entity.name, ENTITY_KEYS);
    setValue(doc, node, 'type', entity.type, ENTITY_KEYS);
    setValue(doc, node, 'aliases', entity.aliases.length ? entity.aliases : undefined, ENTITY_KEYS);
    setValue(doc, node, 'description', entity.description, ENTITY_KEYS);
    setValue(doc, node, 'wikidata', entity.wikidata, ENTITY_KEYS);
  });
}
