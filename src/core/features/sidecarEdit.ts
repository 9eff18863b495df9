// Every change to a sidecar goes through editSidecar: read the file fresh
// (a newer file on disk is never replaced by an older in-memory state),
// refuse to touch one that does not parse, bring moved annotations to
// their new place, apply the change, write atomically, remember how to
// undo it, and refresh the index.

import type { Annotation, Sidecar } from '../model';
import type { IWorkspace } from '../ports';
import { sidecarUriOf, uriFileName } from '../ports';
import type { CorpusIndex } from '../index/corpusIndex';
import type { DocumentAnalysis } from '../index/analyze';
import { decodeArticle } from '../text/normalize';
import { sha256Hex } from '../text/sha256';
import { parseSidecar, serializeSidecar } from '../annotations/sidecar';

export interface EditEnvironment {
  readonly index: CorpusIndex;
  readonly workspace: IWorkspace;
  readonly now: () => Date;
  readonly random: () => number;
  readonly undo: UndoStack;
}

/** A refusal the user should read: nothing was written. */
export class AnnotationError extends Error {}

export interface SidecarChange {
  readonly uri: string;
  /** The sidecar text before, undefined when the file did not exist. */
  readonly before: string | undefined;
  readonly after: string;
}

/** The last sidecar changes, newest last, for "undo last annotation change". */
export class UndoStack {
  private readonly changes: SidecarChange[][] = [];

  constructor(private readonly limit = 50) {}

  push(changes: SidecarChange[]): void {
    if (!changes.length) return;
    this.changes.push(changes);
    if (this.changes.length > this.limit) this.changes.shift();
  }

  pop(): SidecarChange[] | undefined {
    return this.changes.pop();
  }

  get size(): number {
    return this.changes.length;
  }
}

export type SidecarUpdate = (sidecar: Sidecar, analysis: DocumentAnalysis) => Sidecar;

/** Applies `update` to the sidecars of several articles; all are checked before any is written. */
export async function editSidecars(env: EditEnvironment, updates: ReadonlyMap<string, SidecarUpdate>): Promise<void> {
  const planned: SidecarChange[] = [];
  for (const [uri, update] of updates) {
    const analysis = env.index.get(uri);
    if (!analysis) throw new AnnotationError(`${uriFileName(uri)} is not an article of the corpus.`);
    const sidecarUri = sidecarUriOf(uri);
    const before = await readText(env.workspace, sidecarUri);
    const current = before === undefined ? emptySidecar(uri) : trusted(sidecarUri, before);
    const updated = update(placedAnnotations(current, analysis), analysis);
    const after = serializeSidecar(before, { ...updated, sha256: sha256Hex(analysis.text.text) });
    if (after !== before) planned.push({ uri: sidecarUri, before, after });
  }
  await writeChanges(env, planned);
  env.undo.push(planned);
}

export function editSidecar(env: EditEnvironment, uri: string, update: SidecarUpdate): Promise<void> {
  return editSidecars(env, new Map([[uri, update]]));
}

/** Restores the sidecars of the last change, unless one was changed since by someone else. */
export async function undoLastChange(env: EditEnvironment): Promise<number> {
  const changes = env.undo.pop();
  if (!changes) return 0;
  for (const change of changes) {
    if ((await readText(env.workspace, change.uri)) !== change.after) {
      throw new AnnotationError(`${uriFileName(change.uri)} changed since; nothing was undone.`);
    }
  }
  await writeChanges(
    env,
    changes.map((c) => ({
      uri: c.uri,
      before: c.after,
      after: c.before ?? serializeSidecar(c.after, { ...trusted(c.uri, c.after), annotations: [] }),
    })),
  );
  return changes.length;
}

async function writeChanges(env: EditEnvironment, changes: readonly SidecarChange[]): Promise<void> {
  for (const change of changes) {
    await env.workspace.writeFile(change.uri, new TextEncoder().encode(change.after));
    await env.index.fileChanged(change.uri);
  }
}

/** Moved annotations are saved at their new place; orphaned ones are kept exactly as they were. */
function placedAnnotations(sidecar: Sidecar, analysis: DocumentAnalysis): Sidecar {
  const placed = new Map(analysis.annotations.map((a) => [a.annotation.id, a]));
  const annotations = sidecar.annotations.map((a): Annotation => {
    const anchored = placed.get(a.id);
    return anchored?.status === 'moved' && anchored.span ? { ...a, start: anchored.span.start, end: anchored.span.end } : a;
  });
  return { ...sidecar, annotations };
}

function emptySidecar(uri: string): Sidecar {
  return { version: 1, source: uriFileName(uri), annotations: [] };
}

function trusted(sidecarUri: string, text: string): Sidecar {
  const parsed = parseSidecar(text);
  if (parsed.sidecar) return parsed.sidecar;
  const first = parsed.problems[0];
  const where = first ? ` (line ${first.line + 1}: ${first.message})` : '';
  throw new AnnotationError(`${uriFileName(sidecarUri)} could not be read${where}; fix it first. It was left untouched.`);
}

export async function readText(workspace: IWorkspace, uri: string): Promise<string | undefined> {
  const bytes = await workspace.readFile(uri);
  if (!bytes) return undefined;
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new AnnotationError(`${uriFileName(uri)} is not valid UTF-8; it was left untouched.`);
  return decoded.text;
}

/** YAML writers would print `key: null` for undefined fields; drop them instead. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
