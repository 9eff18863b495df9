// Adds an entity to entities.yaml through the `yaml` Document API, so the
// user's comments, key order and formatting of other entries survive.

import { isMap, isSeq, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { CatalogEntity } from '../model';
import { isAbsent, newDocument, prepareForWrite, putNode, scalarText, setValue, WRITE_OPTIONS } from '../yaml/nodes';
import { parseYaml } from '../yaml/problems';
import { keepUntouchedLines } from '../yaml/keepLines';
import { CATALOG_KEYS, ENTITY_ID_PATTERN, ENTITY_KEYS, isEntityType, WIKIDATA_PATTERN } from './parse';

/**
 * The catalog text with `entity` appended to `entities`. `text` undefined
 * means there is no catalog yet. Throws rather than write when the text does
 * not parse or is not a version 1 catalog, or when the entity is invalid or
 * its id is taken: a broken catalog is never overwritten.
 */
export function addEntityToCatalog(text: string | undefined, entity: CatalogEntity): string {
  checkEntity(entity);
  return editCatalog(text, (doc, root) => {
    let entities: unknown = root.get('entities', true);
    if (isAbsent(entities)) {
      entities = new YAMLSeq();
      putNode(root, 'entities', entities as YAMLSeq, CATALOG_KEYS);
    }
    if (!isSeq(entities)) throw new Error('`entities` in the catalog is not a list; fix it before adding entities.');
    if (entities.items.some((item) => isMap(item) && scalarText(item.get('id', true)) === entity.id)) {
      throw new Error(`The catalog already has an entity with id '${entity.id}'.`);
    }
    entities.items.push(entityNode(doc, entity));
  });
}

/** The catalog text without the entity `id`; unchanged when it has none. */
export function removeEntityFromCatalog(text: string, id: string): string {
  return editCatalog(text, (_doc, root) => {
    const entities = root.get('entities', true);
    if (!isSeq(entities)) return;
    entities.items = entities.items.filter((item) => !(isMap(item) && scalarText(item.get('id', true)) === id));
  });
}

/**
 * Runs `edit` on the parsed catalog and prints it, keeping the user's lines
 * wherever the edit did not touch them. Throws rather than write when the
 * text does not parse or is not a version 1 catalog.
 */
export function editCatalog(text: string | undefined, edit: (doc: Document, root: YAMLMap) => void): string {
  const doc = text === undefined ? newDocument() : editableDocument(text);
  const printedBefore = text === undefined ? undefined : doc.toString(WRITE_OPTIONS);
  if (isAbsent(doc.contents)) doc.contents = new YAMLMap();
  const root = doc.contents;
  if (!isMap(root)) throw new Error('The catalog is not a mapping; fix it first.');

  const version = root.get('version', true);
  if (isAbsent(version)) setValue(doc, root, 'version', 1, CATALOG_KEYS);
  else if (scalarText(version) !== '1') throw new Error('The catalog is not version 1; it is left untouched.');
  edit(doc, root);
  const printed = doc.toString(WRITE_OPTIONS);
  return text === undefined || printedBefore === undefined ? printed : keepUntouchedLines(text, printedBefore, printed);
}

function editableDocument(text: string): Document {
  const { doc, collector } = parseYaml(text);
  const error = collector.problems.find((p) => p.severity === 'error');
  if (error) throw new Error(`The catalog does not parse (line ${error.line + 1}: ${error.message}); it is left untouched.`);
  prepareForWrite(doc);
  return doc;
}

function checkEntity(entity: CatalogEntity): void {
  if (!ENTITY_ID_PATTERN.test(entity.id)) throw new Error(`Invalid entity id '${entity.id}'.`);
  if (!entity.name.trim()) throw new Error('An entity needs a name.');
  if (!isEntityType(entity.type)) throw new Error(`Invalid entity type '${String(entity.type)}'.`);
  if (entity.wikidata !== undefined && !WIKIDATA_PATTERN.test(entity.wikidata)) throw new Error(`Invalid Wikidata id '${entity.wikidata}'.`);
}

function entityNode(doc: Document, entity: CatalogEntity): YAMLMap {
  const map = new YAMLMap();
  setValue(doc, map, 'id', entity.id, ENTITY_KEYS);
  setValue(doc, map, 'name', entity.name, ENTITY_KEYS);
  setValue(doc, map, 'type', entity.type, ENTITY_KEYS);
  if (entity.aliases.length > 0) setValue(doc, map, 'aliases', entity.aliases, ENTITY_KEYS);
  setValue(doc, map, 'description', entity.description, ENTITY_KEYS);
  setValue(doc, map, 'wikidata', entity.wikidata, ENTITY_KEYS);
  return map;
}
