// Entities as symbols: rename one (its name and/or id) or merge one into
// another, across the catalog and every sidecar that names it, in one
// undoable step through the compare-and-swap write. A renamed entity keeps
// its old name as an alias, so the articles that spell it so still match.

import type { Annotation, CatalogEntity } from '../model';
import { removeEntityFromCatalog, replaceEntityInCatalog } from '../catalog';
import { AnnotationError } from '../write/transaction';
import { editSidecars, type EditEnvironment, type SidecarUpdate } from './sidecarEdit';
import { catalogFileEdit } from './catalogFileEdit';

export interface EntityRename {
  readonly name?: string;
  readonly id?: string;
}

export async function renameEntity(env: EditEnvironment, id: string, rename: EntityRename): Promise<CatalogEntity> {
  let result: CatalogEntity | undefined;
  const newId = rename.id?.trim() || id;
  const catalog = catalogFileEdit(env, (current, entities) => {
    const entity = entityIn(entities, id);
    const name = rename.name?.trim() || entity.name;
    const aliases = name === entity.name ? entity.aliases : withAliases(entity.aliases, [entity.name], name);
    result = { ...entity, id: newId, name, aliases };
    return replaceEntityInCatalog(current!, id, result);
  }, { mayCreate: false });
  await editSidecars(env, newId === id ? new Map() : relink(env, id, newId), () => [catalog]);
  return result!;
}

/** Folds `fromId` into `intoId`: its name and aliases become aliases of `intoId`, its annotations point to `intoId`. */
export async function mergeEntities(env: EditEnvironment, fromId: string, intoId: string): Promise<CatalogEntity> {
  if (fromId === intoId) throw new AnnotationError('Pick another entity to merge into.');
  let result: CatalogEntity | undefined;
  const catalog = catalogFileEdit(env, (current, entities) => {
    const from = entityIn(entities, fromId);
    const into = entityIn(entities, intoId);
    result = { ...into, aliases: withAliases(into.aliases, [from.name, ...from.aliases], into.name) };
    return removeEntityFromCatalog(replaceEntityInCatalog(current!, intoId, result), fromId);
  }, { mayCreate: false });
  await editSidecars(env, relink(env, fromId, intoId), () => [catalog]);
  return result!;
}

function entityIn(entities: readonly CatalogEntity[], id: string): CatalogEntity {
  const entity = entities.find((e) => e.id === id);
  if (!entity) throw new Error(`The catalog has no entity '${id}'.`);
  return entity;
}

/** `aliases` with `more` added, without duplicates or the name itself. */
function withAliases(aliases: readonly string[], more: readonly string[], name: string): string[] {
  const out: string[] = [];
  for (const a of [...aliases, ...more]) if (a !== name && !out.includes(a)) out.push(a);
  return out;
}

/** A sidecar update per article with an annotation on `from`, pointing them to `to`. */
function relink(env: EditEnvironment, from: string, to: string): Map<string, SidecarUpdate> {
  const updates = new Map<string, SidecarUpdate>();
  for (const uri of env.index.articleUris) {
    const analysis = env.index.get(uri);
    if (!analysis?.annotations.some((a) => a.annotation.entity === from)) continue;
    updates.set(uri, (sidecar) => ({
      ...sidecar,
      annotations: sidecar.annotations.map((a): Annotation => (a.entity === from ? { ...a, entity: to } : a)),
    }));
  }
  return updates;
}
