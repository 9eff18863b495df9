// "Ignore This Name": a false positive goes into the catalog's `ignore`
// list, so it is never recognised again in this corpus. One undoable step,
// through the compare-and-swap write; never over a catalog that does not parse.

import { uriFileName } from '../ports';
import { addIgnoredName, parseCatalog } from '../catalog';
import { AnnotationError } from '../write/transaction';
import { transact, type EditEnvironment } from './sidecarEdit';

export async function ignoreName(env: EditEnvironment, name: string): Promise<void> {
  const uri = env.workspace.catalogUri;
  if (!uri) throw new AnnotationError('There is no catalog file to add the name to: open a folder.');
  await transact(
    env,
    () => [
      {
        uri,
        apply(current) {
          const parsed = current === undefined ? undefined : parseCatalog(current);
          if (parsed?.syntaxError) {
            throw new AnnotationError(`The catalog ${uriFileName(uri)} does not parse; fix it first. Nothing was written.`);
          }
          try {
            return addIgnoredName(current, name);
          } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            throw new AnnotationError(`“${name.trim()}” was not added to the ignore list of ${uriFileName(uri)}: ${reason}`);
          }
        },
      },
    ],
    { undoable: true },
  );
}
