// Changing what is already annotated: fields, deletion, the publication date.

import type { Annotation, EntityType } from '../model';
import { isIsoDate } from '../annotations/sidecar-read';
import { AnnotationError, editSidecar, withoutUndefined, type EditEnvironment } from './sidecarEdit';

export interface AnnotationUpdate {
  /** null removes the field. */
  readonly entity?: string | null;
  readonly type?: EntityType | null;
  readonly note?: string | null;
  readonly tags?: readonly string[] | null;
}

export async function updateAnnotation(env: EditEnvironment, uri: string, id: string, update: AnnotationUpdate): Promise<Annotation> {
  assertExists(env, uri, id);
  let changed: Annotation | undefined;
  await editSidecar(env, uri, (sidecar) => ({
    ...sidecar,
    annotations: sidecar.annotations.map((a) => {
      if (a.id !== id) return a;
      const next = { ...a } as Record<string, unknown>;
      for (const [key, value] of Object.entries(update)) {
        if (value === undefined) continue;
        const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
        next[key] = empty ? undefined : typeof value === 'string' ? value.trim() : value;
      }
      return (changed = withoutUndefined(next) as unknown as Annotation);
    }),
  }));
  if (!changed) throw new AnnotationError(`Annotation ${id} was deleted on disk meanwhile.`);
  return changed;
}

export async function deleteAnnotation(env: EditEnvironment, uri: string, id: string): Promise<void> {
  assertExists(env, uri, id);
  await editSidecar(env, uri, (sidecar) => ({ ...sidecar, annotations: sidecar.annotations.filter((a) => a.id !== id) }));
}

function assertExists(env: EditEnvironment, uri: string, id: string): void {
  if (!env.index.get(uri)?.annotations.some((a) => a.annotation.id === id)) {
    throw new AnnotationError(`No annotation ${id} in this article.`);
  }
}

/** Sets (or, with undefined, clears) the article's publication date; relative dates resolve against it. */
export async function setPublished(env: EditEnvironment, uri: string, date: string | undefined): Promise<void> {
  if (date !== undefined && !isIsoDate(date)) throw new AnnotationError(`${date} is not a date of the form YYYY-MM-DD.`);
  await editSidecar(env, uri, (sidecar) => withoutUndefined({ ...sidecar, published: date }));
}
