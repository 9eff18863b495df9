// Adding entities to the catalog: the same atomic, comment-keeping write as
// sidecars, and never over a catalog that does not parse.

import type { CatalogEntity } from '../model';
import { uriFileName } from '../ports';
import { addEntityToCatalog, slugifyEntityId } from '../catalog';
import { AnnotationError, readText, withoutUndefined, type EditEnvironment } from './sidecarEdit';
import { candidates, catalogEntryFor } from './entitySummaries';

/** Adds an entity under a fresh id made from its name; returns it as written. */
export async function addCatalogEntity(env: EditEnvironment, entity: Omit<CatalogEntity, 'id'>): Promise<CatalogEntity> {
  const uri = env.workspace.catalogUri;
  if (!uri) throw new AnnotationError('There is no catalog file to add the entity to: open a folder.');
  const text = await readText(env.workspace, uri);
  const taken = new Set(env.index.catalog.catalog.entities.map((e) => e.id));
  const created: CatalogEntity = withoutUndefined({ ...entity, id: slugifyEntityId(entity.name, taken) });
  let updated: string;
  try {
    updated = addEntityToCatalog(text, created);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new AnnotationError(`The catalog ${uriFileName(uri)} could not be changed (${reason}); it was left untouched.`);
  }
  await env.workspace.writeFile(uri, new TextEncoder().encode(updated));
  await env.index.reloadCatalog();
  return created;
}

/** Adds the candidate that has `key` among its variant keys, with its other spellings as aliases. */
export async function addCandidateToCatalog(env: EditEnvironment, key: string): Promise<CatalogEntity> {
  const candidate = candidates(env.index).find((c) => c.keys.includes(key));
  if (!candidate) throw new AnnotationError('That name is already in the catalog, or no longer in the corpus.');
  return addCatalogEntity(env, catalogEntryFor(candidate));
}
