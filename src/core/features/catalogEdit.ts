// Adding entities to the catalog: the same compare-and-swap, comment-keeping
// write as sidecars, and never over a catalog that does not parse.

import type { CatalogEntity } from '../model';
import { uriFileName } from '../ports';
import { addEntityToCatalog, parseCatalog, slugifyEntityId } from '../catalog';
import { AnnotationError, type FileEdit } from '../write/transaction';
import { transact, withoutUndefined, type EditEnvironment } from './sidecarEdit';
import { candidates, catalogEntryFor } from './entitySummaries';

/**
 * The edit that adds an entity under a fresh id made from its name (unique
 * in the catalog as it is on disk when written); `added` receives it.
 */
export function addEntityEdit(env: EditEnvironment, entity: Omit<CatalogEntity, 'id'>, added: (entity: CatalogEntity) => void): FileEdit {
  const uri = env.workspace.catalogUri;
  if (!uri) throw new AnnotationError('There is no catalog file to add the entity to: open a folder.');
  return {
    uri,
    apply(current) {
      const parsed = current === undefined ? undefined : parseCatalog(current);
      if (parsed?.syntaxError) {
        const first = parsed.problems[0];
        throw new AnnotationError(
          `The catalog ${uriFileName(uri)} does not parse${first ? ` (line ${first.line + 1}: ${first.message})` : ''}; fix it first. Nothing was written.`,
        );
      }
      const taken = new Set(parsed?.catalog.entities.map((e) => e.id));
      const created: CatalogEntity = withoutUndefined({ ...entity, id: slugifyEntityId(entity.name, taken) });
      try {
        const text = addEntityToCatalog(current, created);
        added(created);
        return text;
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        throw new AnnotationError(`The catalog ${uriFileName(uri)} could not be changed (${reason}); nothing was written.`);
      }
    },
  };
}

/** Adds the candidate that has `key` among its variant keys, with its other spellings as aliases. */
export async function addCandidateToCatalog(env: EditEnvironment, key: string): Promise<CatalogEntity> {
  const candidate = candidates(env.index).find((c) => c.keys.includes(key));
  if (!candidate) throw new AnnotationError('That name is already in the catalog, or no longer in the corpus.');
  let created: CatalogEntity | undefined;
  await transact(env, () => [addEntityEdit(env, catalogEntryFor(candidate), (e) => (created = e))], { undoable: true });
  return created!;
}
