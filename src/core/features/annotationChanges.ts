// Changing what is already annotated: fields, deletion, re-attaching an
// orphan, the publication date, anchors re-saved after the article changed.

import type { Annotation, EntityType, Span } from '../model';
import { isIsoDate } from '../annotations/sidecar-read';
import { quoteSelector } from '../annotations/anchor';
import { sha256Hex } from '../text/sha256';
import { AnnotationError, editSidecar, sidecarEdit, transact, withoutUndefined, type EditEnvironment } from './sidecarEdit';

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

/**
 * Places an annotation (an orphan, typically) on `span`: its quote and
 * context become the text there, and it is anchored again.
 */
export async function reattachAnnotation(env: EditEnvironment, uri: string, id: string, span: Span): Promise<Annotation> {
  assertExists(env, uri, id);
  let placed: Annotation | undefined;
  await editSidecar(env, uri, (sidecar, text) => {
    if (!(span.start >= 0 && span.start < span.end && span.end <= text.length)) throw new AnnotationError('Select the text to attach the annotation to.');
    return {
      ...sidecar,
      annotations: sidecar.annotations.map((a) => {
        if (a.id !== id) return a;
        const { status: _orphaned, ...rest } = a;
        return (placed = { ...rest, ...quoteSelector(text, span), start: span.start, end: span.end });
      }),
    };
  });
  if (!placed) throw new AnnotationError(`Annotation ${id} was deleted on disk meanwhile.`);
  return placed;
}

/**
 * After the article changed on disk: saves the annotations that moved or
 * were lost, and the article's new sha256, so that every reader of the
 * sidecar finds offsets that belong to the text. Not an undo step.
 */
export async function resaveAnchors(env: EditEnvironment, uri: string): Promise<void> {
  const analysis = env.index.get(uri);
  if (analysis?.sidecar.kind !== 'loaded' || !env.index.showsDiskText(uri)) return;
  if (analysis.sidecar.sidecar.sha256 === sha256Hex(analysis.text.text)) return;
  await transact(env, () => [sidecarEdit(env, uri, (sidecar) => sidecar)], { undoable: false });
}
