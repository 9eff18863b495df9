// Reads entities.yaml (DESIGN.md, "Catalog"). The catalog only feeds
// recognition, so it is read leniently: one bad entry is skipped with a
// problem on its line and every valid entry is still used.

import { isMap, isSeq, type Pair, type YAMLMap } from 'yaml';
import { EMPTY_CATALOG, ENTITY_TYPES, type Catalog, type CatalogEntity, type EntityType } from '../model';
import { isAbsent, keyText, scalarText, textList } from '../yaml/nodes';
import { parseYaml, ProblemCollector, type YamlProblem } from '../yaml/problems';

export interface ParsedCatalog {
  readonly catalog: Catalog;
  readonly problems: YamlProblem[];
  /** The YAML itself is malformed: `catalog` is what could be recovered, and `problems` only the syntax errors. */
  readonly syntaxError?: boolean;
}

/** After a syntax error the rest of the tree is a guess: only this many errors are worth reading. */
const SYNTAX_ERRORS_SHOWN = 3;

export const ENTITY_ID_PATTERN = /^[a-z0-9-]+$/;
export const WIKIDATA_PATTERN = /^Q[1-9][0-9]*$/;
export const CATALOG_KEYS: readonly string[] = ['version', 'entities', 'ignore'];
export const ENTITY_KEYS: readonly string[] = ['id', 'name', 'type', 'aliases', 'description', 'wikidata'];

export function isEntityType(value: string | undefined): value is EntityType {
  return (ENTITY_TYPES as readonly (string | undefined)[]).includes(value);
}

export function parseCatalog(text: string): ParsedCatalog {
  const { doc, collector } = parseYaml(text);
  if (doc.errors.length > 0) {
    const syntax = collector.problems.filter((p) => p.severity === 'error');
    const recovered = readCatalogTree(doc.contents, new ProblemCollector(text));
    return { catalog: recovered, problems: syntax.slice(0, SYNTAX_ERRORS_SHOWN), syntaxError: true };
  }
  return { catalog: readCatalogTree(doc.contents, collector), problems: collector.problems };
}

function readCatalogTree(root: unknown, collector: ProblemCollector): Catalog {
  if (isAbsent(root)) return EMPTY_CATALOG;
  if (!isMap(root)) {
    collector.at(root, 'The catalog must be a mapping with `version: 1` and `entities:`.');
    return EMPTY_CATALOG;
  }
  if (!checkVersion(root, collector)) return EMPTY_CATALOG;
  warnUnknownKeys(root, CATALOG_KEYS, collector);

  const entities: CatalogEntity[] = [];
  const entitiesNode = root.get('entities', true);
  if (isSeq(entitiesNode)) {
    const firstLineOf = new Map<string, number>();
    for (const item of entitiesNode.items) {
      if (isMap(item) && conflictSide(item)) {
        // of two versions left by a merge, the first (ours) is used until the conflict is resolved
        const id = scalarText(item.get('id', true)) ?? '';
        if (firstLineOf.has(id)) continue;
        collector.conflictAt(item.get('status', true), `Merge conflict on entity '${id}': keep one version (the first is used meanwhile).`, id);
      }
      const entity = readEntity(item, collector);
      if (!entity) continue;
      const first = firstLineOf.get(entity.id);
      if (first !== undefined) {
        collector.at(isMap(item) ? item.get('id', true) : item, `Duplicate id '${entity.id}' (first used on line ${first + 1}); this entry is skipped.`);
        continue;
      }
      firstLineOf.set(entity.id, collector.lineOf(item));
      entities.push(entity);
    }
  } else if (!isAbsent(entitiesNode)) {
    collector.at(entitiesNode, '`entities` must be a list of entries.');
  }

  const ignoreNode = root.get('ignore', true);
  let ignore: string[] = [];
  if (!isAbsent(ignoreNode)) {
    const list = textList(ignoreNode);
    if (list) ignore = list;
    else collector.at(ignoreNode, '`ignore` must be a list of names.');
  }
  return { entities, ignore };
}

function checkVersion(root: YAMLMap, collector: ProblemCollector): boolean {
  const node = root.get('version', true);
  if (isAbsent(node)) {
    collector.at(root, 'Missing `version: 1`.', 'warning');
    return true;
  }
  if (scalarText(node) === '1') return true;
  collector.at(node, 'Unsupported catalog version; Corpus Lens reads `version: 1`. The catalog is not used.');
  return false;
}

export function warnUnknownKeys(map: YAMLMap, known: readonly string[], collector: ProblemCollector): void {
  for (const pair of map.items as Pair[]) {
    const key = keyText(pair);
    if (key === undefined || !known.includes(key)) {
      collector.at(pair.key, `Unknown key '${key ?? String(pair.key)}' (ignored); expected one of ${known.join(', ')}.`, 'warning');
    }
  }
}

/** The side of a version left by `corpus-lens merge-driver` (`status: conflict`), or undefined. */
function conflictSide(item: unknown): 'ours' | 'theirs' | undefined {
  if (!isMap(item) || scalarText(item.get('status', true)) !== 'conflict') return undefined;
  return scalarText(item.get('side', true)) === 'theirs' ? 'theirs' : 'ours';
}

/** The entry, or undefined (with problems) when it is invalid and must be skipped. */
function readEntity(item: unknown, collector: ProblemCollector): CatalogEntity | undefined {
  if (!isMap(item)) {
    collector.at(item, 'An entry must be a mapping with id, name and type; this entry is skipped.');
    return undefined;
  }
  warnUnknownKeys(item, conflictSide(item) ? [...ENTITY_KEYS, 'status', 'side'] : ENTITY_KEYS, collector);
  let ok = true;
  const fail = (node: unknown, message: string): void => {
    ok = false;
    collector.at(isAbsent(node) ? item : node, `${message}; this entry is skipped.`);
  };

  const idNode = item.get('id', true);
  const id = scalarText(idNode);
  if (id === undefined) fail(idNode, 'Missing `id`');
  else if (!ENTITY_ID_PATTERN.test(id)) fail(idNode, `Invalid id '${id}': use lower-case letters, digits and '-'`);

  const nameNode = item.get('name', true);
  const name = scalarText(nameNode)?.trim();
  if (!name) fail(nameNode, 'Missing `name`');

  const typeNode = item.get('type', true);
  const type = scalarText(typeNode);
  if (!isEntityType(type)) fail(typeNode, `\`type\` must be one of ${ENTITY_TYPES.join(', ')}`);

  const aliasesNode = item.get('aliases', true);
  const aliases = isAbsent(aliasesNode) ? [] : textList(aliasesNode);
  if (!aliases) fail(aliasesNode, '`aliases` must be a list of names');

  const descriptionNode = item.get('description', true);
  const description = isAbsent(descriptionNode) ? undefined : scalarText(descriptionNode);
  if (!isAbsent(descriptionNode) && description === undefined) fail(descriptionNode, '`description` must be text');

  const wikidataNode = item.get('wikidata', true);
  const wikidata = isAbsent(wikidataNode) ? undefined : scalarText(wikidataNode);
  if (!isAbsent(wikidataNode) && (wikidata === undefined || !WIKIDATA_PATTERN.test(wikidata))) {
    fail(wikidataNode, '`wikidata` must be a Wikidata item id such as Q44329');
  }

  if (!ok || id === undefined || !name || !isEntityType(type) || !aliases) return undefined;
  return {
    id,
    name,
    type,
    aliases,
    ...(description !== undefined ? { description } : {}),
    ...(wikidata !== undefined ? { wikidata } : {}),
  };
}
