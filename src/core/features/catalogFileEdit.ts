// The catalog as one file edit of a transaction: refused over a catalog
// that is missing or does not parse; a plain Error from the change (a taken
// id, a name already ignored) becomes a refusal the user reads.

import type { CatalogEntity } from '../model';
import { uriFileName } from '../ports';
import { parseCatalog } from '../catalog';
import { AnnotationError, type FileEdit } from '../write/transaction';
import type { EditEnvironment } from './sidecarEdit';

export function catalogFileEdit(
  env: EditEnvironment,
  change: (current: string | undefined, entities: readonly CatalogEntity[]) => string,
  options: { readonly mayCreate: boolean },
): FileEdit {
  const uri = env.workspace.catalogUri;
  if (!uri) throw new AnnotationError('There is no catalog file: open a folder.');
  return {
    uri,
    apply(current) {
      if (current === undefined && !options.mayCreate) throw new AnnotationError(`There is no ${uriFileName(uri)} to change.`);
      const parsed = current === undefined ? undefined : parseCatalog(current);
      if (parsed?.syntaxError) throw new AnnotationError(`The catalog ${uriFileName(uri)} does not parse; fix it first. Nothing was written.`);
      try {
        return change(current, parsed?.catalog.entities ?? []);
      } catch (e) {
        throw new AnnotationError(`${e instanceof Error ? e.message : String(e)} Nothing was written.`);
      }
    },
  };
}
