// Adding entities to the catalog: the same compare-and-swap, comment-keeping
// write as sidecars, and never over a catalog that does not parse.

import type { Catalog, CatalogEntity, EntityType } from '../model';
import { uriFileName } from '../ports';
import { addEntityToCatalog, parseCatalog, slugifyEntityId } from '../catalog';
import { ENTITY_ID_PATTERN } from '../catalog/parse';
import { AnnotationError, type FileEdit } from '../write/transaction';
import { transact, withoutUndefined, type EditEnvironment } from './sidecarEdit';
import { candidates, catalogEntryFor } from './entityGroups';

/**
 * The edit that adds an entity under its id, or when it has none a fresh id
 * made from its name (unique in the catalog as it is on disk when written);
 * `added` receives it. An id taken by then is refused, not changed.
 */
export function addEntityEdit(
  env: EditEnvironment,
  entity: Omit<CatalogEntity, 'id'> & { readonly id?: string },
  added: (entity: CatalogEntity) => void,
): FileEdit {
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
      if (entity.id !== undefined && taken.has(entity.id)) {
        throw new AnnotationError(`The id '${entity.id}' was taken in ${uriFileName(uri)} meanwhile; nothing was written.`);
      }
      const created: CatalogEntity = withoutUndefined({ ...entity, id: entity.id ?? slugifyEntityId(entity.name, taken) });
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

/** What the user chose for a new entry; anything left out is the candidate's own (its type, a slug of its name, no description). */
export interface NewEntryChoices {
  readonly type?: EntityType;
  readonly id?: string;
  readonly description?: string;
}

/** Adds the candidate that has `key` among its variant keys, with its other spellings as aliases. */
export async function addCandidateToCatalog(env: EditEnvironment, key: string, choices: NewEntryChoices = {}): Promise<CatalogEntity> {
  const candidate = candidates(env.index).find((c) => c.keys.includes(key));
  if (!candidate) throw new AnnotationError('That name is already in the catalog, or no longer in the corpus.');
  const problem = choices.id === undefined ? undefined : entityIdProblem(env.index.catalog.catalog, choices.id);
  if (problem) throw new AnnotationError(`${problem} Nothing was written.`);
  const entry = { ...catalogEntryFor(candidate, choices.type), id: choices.id, description: choices.description?.trim() || undefined };
  let created: CatalogEntity | undefined;
  await transact(env, () => [addEntityEdit(env, entry, (e) => (created = e))], { undoable: true });
  return created!;
}

/** The id a new entry named so would get: a slug of the name, not taken in the catalog. */
export function suggestEntityId(catalog: Catalog, name: string): string {
  return slugifyEntityId(name, new Set(catalog.entities.map((e) => e.id)));
}

/** Why `id` cannot be a new entry's id, or undefined when it can. */
export function entityIdProblem(catalog: Catalog, id: string): string | undefined {
  if (!ENTITY_ID_PATTERN.test(id)) return 'An id is lower-case letters, digits and hyphens, e.g. bashar-al-assad.';
  const owner = catalog.entities.find((e) => e.id === id);
  return owner && `The id '${id}' is taken by ${owner.name}.`;
}
