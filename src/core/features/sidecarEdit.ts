// Every change to the corpus files goes through `transact`: one at a time
// in the process, each file read fresh and compare-and-swapped
// (write/transaction), an undo step remembered, the index refreshed. A
// sidecar edit first places every annotation of the file as it is on disk
// now on the article's current text: moved ones are saved at their new
// place, ones that cannot be found are saved as orphans, and the sha256
// written is always that of the text the offsets refer to.

import type { Annotation, Sidecar } from '../model';
import { sidecarUriOf, uriFileName } from '../ports';
import type { CorpusIndex } from '../index/corpusIndex';
import type { TextMap } from '../text/offsets';
import { sha256Hex } from '../text/sha256';
import { parseSidecar, serializeSidecar } from '../annotations/sidecar';
import { placeOnSavedText, quoteSelector, reanchor } from '../annotations/anchor';
import { AnnotationError, commitEdits, type FileEdit, type WrittenFile } from '../write/transaction';
import type { WriteQueue } from '../write/queue';
import type { IWorkspace } from '../ports';

export { AnnotationError } from '../write/transaction';

export interface EditEnvironment {
  readonly index: CorpusIndex;
  readonly workspace: IWorkspace;
  readonly now: () => Date;
  readonly random: () => number;
  readonly undo: UndoStack;
  readonly writes: WriteQueue;
}

/** The last changes, newest last, for "undo last annotation change": one entry per command. */
export class UndoStack {
  private readonly steps: WrittenFile[][] = [];

  constructor(private readonly limit = 50) {}

  push(step: WrittenFile[]): void {
    if (!step.length) return;
    this.steps.push(step);
    if (this.steps.length > this.limit) this.steps.shift();
  }

  pop(): WrittenFile[] | undefined {
    return this.steps.pop();
  }

  get size(): number {
    return this.steps.length;
  }
}

/** The change to make, given the sidecar as on disk now, its annotations already placed on `text`. */
export type SidecarUpdate = (sidecar: Sidecar, text: TextMap) => Sidecar;

/** Writes the edits as one step: all planned before any is written; undoable unless told otherwise. */
export function transact(env: EditEnvironment, edits: () => FileEdit[], options: { undoable: boolean }): Promise<WrittenFile[]> {
  return env.writes.run(async () => {
    const written = await commitEdits(env.workspace, edits());
    for (const file of written) {
      await env.index.fileChanged(file.uri);
      env.index.setNotSaved(file.uri, undefined);
    }
    if (options.undoable) env.undo.push(written);
    return written;
  });
}

/** Applies `update` to the sidecars of several articles in one undoable step, after `before` (catalog edits). */
export async function editSidecars(
  env: EditEnvironment,
  updates: ReadonlyMap<string, SidecarUpdate>,
  before: () => FileEdit[] = () => [],
): Promise<void> {
  await transact(env, () => [...before(), ...[...updates].map(([uri, update]) => sidecarEdit(env, uri, update))], { undoable: true });
}

export function editSidecar(env: EditEnvironment, uri: string, update: SidecarUpdate): Promise<void> {
  return editSidecars(env, new Map([[uri, update]]));
}

export function sidecarEdit(env: EditEnvironment, articleUri: string, update: SidecarUpdate): FileEdit {
  const sidecarUri = sidecarUriOf(articleUri);
  return {
    uri: sidecarUri,
    apply(current) {
      const analysis = env.index.get(articleUri);
      if (!analysis) throw new AnnotationError(`${uriFileName(articleUri)} is not an article of the corpus.`);
      const sidecar = current === undefined ? emptySidecar(articleUri) : trusted(sidecarUri, current);
      const updated = update(placeAnnotations(sidecar, analysis.text), analysis.text);
      return serializeSidecar(current, { ...updated, sha256: sha256Hex(analysis.text.text) });
    },
  };
}

/** The sidecar's annotations as they belong on `text`: moved ones at their new place, lost ones orphaned. */
export function placeAnnotations(sidecar: Sidecar, text: TextMap): Sidecar {
  const saved = sidecar.sha256 !== undefined && sidecar.sha256 === sha256Hex(text.text);
  const placed = saved ? placeOnSavedText(text, sidecar.annotations) : reanchor(text, sidecar.annotations);
  const annotations = placed.map(({ annotation, span, status }): Annotation => {
    if (!span) return { ...annotation, status: 'orphaned' };
    const { status: _old, ...anchored } = annotation;
    return status === 'moved' ? { ...anchored, ...quoteSelector(text, span), start: span.start, end: span.end } : anchored;
  });
  return { ...sidecar, annotations };
}

function emptySidecar(uri: string): Sidecar {
  return { version: 1, source: uriFileName(uri), annotations: [] };
}

export function trusted(sidecarUri: string, text: string): Sidecar {
  const parsed = parseSidecar(text);
  if (parsed.sidecar) return parsed.sidecar;
  const first = parsed.problems.find((p) => p.severity === 'error');
  const where = first ? ` (line ${first.line + 1}: ${first.message})` : '';
  throw new AnnotationError(`${uriFileName(sidecarUri)} could not be read${where}; fix it first. It was left untouched and nothing was written.`);
}

/** YAML writers would print `key: null` for undefined fields; drop them instead. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
