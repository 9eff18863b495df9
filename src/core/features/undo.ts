// Undo as the inverse of what a command changed, applied to the files as
// they are now: changes made since by others (another window, a re-saved
// anchor) stay, and an annotation edited since by someone else makes the
// undo refuse. A refused undo stays on the stack.

import type { Annotation, Sidecar } from '../model';
import { articleOfSidecar, isSidecarUri, uriFileName } from '../ports';
import { parseCatalog, removeEntityFromCatalog, removeIgnoredName } from '../catalog';
import { AnnotationError, type FileEdit, type WrittenFile } from '../write/transaction';
import { placeAnnotations, sidecarEdit, transact, trusted, type EditEnvironment } from './sidecarEdit';

/** Undoes the last change; returns how many files were restored (0: nothing to undo). */
export async function undoLastChange(env: EditEnvironment): Promise<number> {
  const step = env.undo.pop();
  if (!step) return 0;
  try {
    await transact(env, () => step.map((file) => inverseEdit(env, file)), { undoable: false });
  } catch (e) {
    env.undo.push(step);
    throw e;
  }
  return step.length;
}

function inverseEdit(env: EditEnvironment, file: WrittenFile): FileEdit {
  return isSidecarUri(file.uri) ? inverseSidecarEdit(env, file) : inverseCatalogEdit(file);
}

/** What the annotation says, apart from where it is (which re-anchoring may change). */
function content(a: Annotation | undefined): string {
  if (!a) return '';
  const { start: _s, end: _e, exact: _x, prefix: _p, suffix: _f, status: _t, ...rest } = a;
  return JSON.stringify(Object.entries(rest).sort(([x], [y]) => (x < y ? -1 : 1)));
}

function inverseSidecarEdit(env: EditEnvironment, file: WrittenFile): FileEdit {
  const before: Sidecar | undefined = file.before === undefined ? undefined : trusted(file.uri, file.before);
  const after = trusted(file.uri, file.after);
  const article = articleOfSidecar(file.uri);
  const edit = sidecarEdit(env, article, (now, text) => {
    const old = new Map((before?.annotations ?? []).map((a) => [a.id, a]));
    const made = new Map(after.annotations.map((a) => [a.id, a]));
    const annotations = new Map(now.annotations.map((a) => [a.id, a]));
    for (const id of new Set([...old.keys(), ...made.keys()])) {
      if (content(old.get(id)) === content(made.get(id))) continue;
      const present = annotations.get(id);
      if (content(present) !== content(made.get(id))) throw changedSince(file.uri, `annotation ${id} was changed there`);
      const restored = old.get(id);
      if (!restored) annotations.delete(id);
      // a deleted annotation comes back re-anchored on the text as it is now, not at its old offsets
      else if (!present) annotations.set(id, placeAnnotations({ ...now, sha256: undefined, annotations: [restored] }, text).annotations[0]);
      else annotations.set(id, { ...restored, ...placement(present) });
    }
    if (now.published !== after.published) throw changedSince(file.uri, 'its publication date was changed there');
    const { published: _published, ...rest } = now;
    return { ...rest, ...(before?.published ? { published: before.published } : {}), annotations: [...annotations.values()] };
  });
  return {
    uri: file.uri,
    apply(current) {
      if (current === undefined) throw changedSince(file.uri, 'it was deleted');
      return edit.apply(current);
    },
  };
}

function placement(a: Annotation): Partial<Annotation> {
  return { start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix, ...(a.status ? { status: a.status } : {}) };
}

/** Entities (and ignored names) the change added are removed again, if nobody changed them since. */
function inverseCatalogEdit(file: WrittenFile): FileEdit {
  const old = file.before === undefined ? undefined : parseCatalog(file.before).catalog;
  const before = new Set(old?.entities.map((e) => e.id));
  const made = parseCatalog(file.after).catalog;
  const added = made.entities.filter((e) => !before.has(e.id));
  const ignored = made.ignore.filter((name) => !old?.ignore.includes(name));
  // a rename or merge changed entities that were there: taken back only from the very text it wrote
  const changed = old?.entities.some((e) => JSON.stringify(e) !== JSON.stringify(made.entities.find((m) => m.id === e.id)));
  return {
    uri: file.uri,
    apply(current) {
      if (current === undefined) throw changedSince(file.uri, 'it was deleted');
      if (changed && file.before !== undefined) {
        if (current !== file.after) throw changedSince(file.uri, 'the catalog was edited after the rename or merge');
        return file.before;
      }
      const parsed = parseCatalog(current);
      if (parsed.syntaxError) throw new AnnotationError(`${uriFileName(file.uri)} does not parse; fix it first. Nothing was undone.`);
      let text = current;
      for (const entity of added) {
        const now = parsed.catalog.entities.find((e) => e.id === entity.id);
        if (!now) continue;
        if (JSON.stringify(now) !== JSON.stringify(entity)) throw changedSince(file.uri, `entity ${entity.id} was changed there`);
        text = removeEntityFromCatalog(text, entity.id);
      }
      for (const name of ignored) text = removeIgnoredName(text, name);
      return text;
    },
  };
}

function changedSince(uri: string, what: string): AnnotationError {
  return new AnnotationError(`${uriFileName(uri)} changed since (${what}); nothing was undone.`);
}
