// Creating annotations: one on a span, or one on every identical mention of
// a text in an article or in the whole corpus.

import type { Annotation, EntityType, Span } from '../model';
import { uriFileName } from '../ports';
import type { DocumentAnalysis } from '../index/documentAnalysis';
import type { TextMap } from '../text/offsets';
import { newAnnotationId, quoteSelector } from '../annotations/anchor';
import { compareAnnotations } from '../annotations/sidecar';
import { AnnotationError, editSidecars, withoutUndefined, type EditEnvironment, type SidecarUpdate } from './sidecarEdit';
import { addEntityEdit } from './catalogEdit';
import type { CatalogEntity } from '../model';

export interface NewEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly description?: string;
}

/** What an annotation says, whatever it is placed on. */
export interface AnnotationFields {
  /** An existing catalog id ... */
  readonly entity?: string;
  /** ... or a new entity, added to the catalog first. */
  readonly newEntity?: NewEntity;
  readonly type?: EntityType;
  readonly note?: string;
  readonly tags?: readonly string[];
}

export interface AnnotateRequest extends AnnotationFields {
  readonly uri: string;
  /** Code points over the article's normalised text. */
  readonly span: Span;
}

export async function annotate(env: EditEnvironment, request: AnnotateRequest): Promise<Annotation> {
  const analysis = articleOf(env, request.uri);
  const { start, end } = request.span;
  if (!(start >= 0 && start < end && end <= analysis.text.length)) throw new AnnotationError('Select some text to annotate.');
  const [annotation] = await annotateSpans(env, new Map([[request.uri, [request.span]]]), request);
  return annotation;
}

/** Every whole-word occurrence of `text`, in one article or in all of them, that no annotation covers yet. */
export function findIdentical(env: EditEnvironment, text: string, uris: readonly string[]): Map<string, Span[]> {
  const found = new Map<string, Span[]>();
  for (const uri of uris) {
    const analysis = env.index.get(uri);
    if (!analysis) continue;
    const covered = analysis.annotations.filter((a) => a.span).map((a) => a.span!);
    const spans = occurrences(analysis.text, text).filter((s) => !covered.some((c) => c.start < s.end && s.start < c.end));
    if (spans.length) found.set(uri, spans);
  }
  return found;
}

/** Annotates every span given, per article, in one undoable change. */
export async function annotateSpans(
  env: EditEnvironment,
  spans: ReadonlyMap<string, readonly Span[]>,
  fields: AnnotationFields,
): Promise<Annotation[]> {
  for (const uri of spans.keys()) articleOf(env, uri);
  let entity: CatalogEntity | undefined;
  const typeOf = () => fields.type ?? entity?.type ?? (fields.entity ? env.index.entryOf(fields.entity)?.type : undefined);
  const created = env.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  // per article: an update runs again when its sidecar changed on disk before the write
  const made = new Map<string, Annotation[]>();
  const updates = new Map<string, SidecarUpdate>(
    [...spans].map(([uri, list]) => [
      uri,
      (sidecar, text) => {
        const taken = new Set(sidecar.annotations.map((a) => a.id));
        const added = list.map((span) => {
          const annotation: Annotation = withoutUndefined({
            id: newAnnotationId(taken, env.random),
            start: span.start,
            end: span.end,
            ...quoteSelector(text, span),
            entity: entity?.id ?? fields.entity,
            type: typeOf(),
            note: fields.note?.trim() || undefined,
            tags: fields.tags?.length ? [...fields.tags] : undefined,
            created,
          });
          taken.add(annotation.id);
          return annotation;
        });
        made.set(uri, added);
        return { ...sidecar, annotations: [...sidecar.annotations, ...added].sort(compareAnnotations) };
      },
    ]),
  );
  const newEntity = fields.newEntity;
  // the catalog entry is written first, in the same step: a refused sidecar leaves no entry behind
  const catalogEdits = () => (newEntity ? [addEntityEdit(env, { ...newEntity, aliases: [] }, (e) => (entity = e))] : []);
  await editSidecars(env, updates, catalogEdits);
  return [...made.values()].flat();
}

function occurrences(text: TextMap, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  const haystack = text.text;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
    const before = haystack[i - 1];
    const after = haystack[i + needle.length];
    if (isWordChar(before) || isWordChar(after)) continue;
    spans.push({ start: text.toCodePoint(i), end: text.toCodePoint(i + needle.length) });
  }
  return spans;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

function articleOf(env: EditEnvironment, uri: string): DocumentAnalysis {
  const analysis = env.index.get(uri);
  if (!analysis) throw new AnnotationError(`${uriFileName(uri)} is not an article of the corpus.`);
  return analysis;
}
