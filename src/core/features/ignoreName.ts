// "Ignore This Name": a false positive goes into the catalog's `ignore`
// list, so it is never recognised again in this corpus. One undoable step,
// through the compare-and-swap write; never over a catalog that does not parse.

import { addIgnoredName } from '../catalog';
import { transact, type EditEnvironment } from './sidecarEdit';
import { catalogFileEdit } from './catalogFileEdit';

export async function ignoreName(env: EditEnvironment, name: string): Promise<void> {
  await transact(env, () => [catalogFileEdit(env, (current) => addIgnoredName(current, name), { mayCreate: true })], { undoable: true });
}
