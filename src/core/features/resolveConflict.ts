// "Keep ours / Keep theirs / Keep both" on a conflict left by the merge
// driver in a sidecar or the catalog: written like every other change
// (compare-and-swap, index refreshed). A sidecar with conflicts is
// never written by any other command, so this is the way out of one
// besides editing it by hand.

import { newAnnotationId } from '../annotations/anchor';
import { isSidecarUri } from '../ports';
import { resolveConflictText, type ConflictChoice } from '../merge/resolve';
import { AnnotationError, transact, type EditEnvironment } from './sidecarEdit';

export async function resolveConflict(env: EditEnvironment, uri: string, id: string | undefined, choice: ConflictChoice): Promise<void> {
  const sidecar = isSidecarUri(uri);
  if (!sidecar && choice === 'both') throw new AnnotationError('Two entities cannot share an id: keep ours or theirs.');
  await transact(
    env,
    () => [
      {
        uri,
        apply(current) {
          if (current === undefined) throw new AnnotationError('The file is gone; there is no conflict to resolve.');
          try {
            return resolveConflictText(current, {
              listKey: sidecar ? 'annotations' : 'entities',
              id,
              choice,
              newId: (taken) => newAnnotationId(taken, env.random),
            });
          } catch (e) {
            throw new AnnotationError(e instanceof Error ? e.message : String(e));
          }
        },
      },
    ],
    // undo replays over sidecars it can read, which a conflicted one is not; `git checkout -m <file>` brings the conflict back
    { undoable: false },
  );
}
