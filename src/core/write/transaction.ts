// Every write of a sidecar or of the catalog: read fresh, apply the edit to
// what is on disk now, and compare-and-swap against the bytes just read. A
// file that changed in between is read again and the edit re-applied, so
// independent changes by another window or program merge; an edit that
// cannot apply refuses with a message and nothing is written.

import type { FileRead, IWorkspace } from '../ports';
import { uriFileName } from '../ports';
import { decodeArticle } from '../text/normalize';
import { MAX_YAML_BYTES } from '../index/fileReaders';

/** A refusal the user should read: nothing was written. */
export class AnnotationError extends Error {}

export interface FileEdit {
  readonly uri: string;
  /**
   * The new text for the current one (undefined: the file does not exist),
   * or undefined to leave the file as it is. Throws AnnotationError to
   * refuse. Called again when the file changed on disk before the write.
   */
  apply(current: string | undefined): string | undefined;
}

export interface WrittenFile {
  readonly uri: string;
  /** The text before, undefined when the file did not exist. */
  readonly before: string | undefined;
  readonly after: string;
}

/** How often a file may change under us before the edit gives up. */
const MAX_CONFLICTS = 5;

interface Planned {
  readonly uri: string;
  readonly bytes: Uint8Array | undefined;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

/**
 * Applies the edits in order; every edit is planned (and so checked) before
 * the first file is written. When a later write fails, the files already
 * written are restored (again by compare-and-swap).
 */
export async function commitEdits(workspace: IWorkspace, edits: readonly FileEdit[]): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  let planned = await plan(workspace, edits);
  let conflicts = 0;
  for (let i = 0; i < planned.length; ) {
    const step = planned[i];
    if (step.after === undefined) {
      i++;
      continue;
    }
    let swapped: boolean;
    try {
      swapped = await workspace.writeFile(step.uri, encode(step.after), step.bytes);
    } catch (e) {
      throw new AnnotationError(await withRollback(workspace, written, e instanceof Error ? e.message : String(e)));
    }
    if (swapped) {
      written.push({ uri: step.uri, before: step.before, after: step.after });
      i++;
      continue;
    }
    if (++conflicts > MAX_CONFLICTS) {
      throw new AnnotationError(await withRollback(workspace, written, `${uriFileName(step.uri)} keeps changing on disk; nothing was changed.`));
    }
    try {
      // this file changed since it was read: plan it, and what depends on it, again over the new content
      planned = [...planned.slice(0, i), ...(await plan(workspace, edits.slice(i)))];
    } catch (e) {
      await withRollback(workspace, written, '');
      throw e;
    }
  }
  return written;
}

async function plan(workspace: IWorkspace, edits: readonly FileEdit[]): Promise<Planned[]> {
  const planned: Planned[] = [];
  for (const edit of edits) {
    const { bytes, text } = await readForWrite(workspace, edit.uri);
    const after = edit.apply(text);
    planned.push({ uri: edit.uri, bytes, before: text, after: after === text ? undefined : after });
  }
  return planned;
}

/** The file as it is on disk now; a file that cannot be read is never written. */
export async function readForWrite(workspace: IWorkspace, uri: string): Promise<{ bytes?: Uint8Array; text?: string }> {
  const read: FileRead = await workspace.readFile(uri, MAX_YAML_BYTES);
  if (read.kind === 'missing') return {};
  if (read.kind === 'unreadable') throw new AnnotationError(`${uriFileName(uri)} could not be read (${read.reason}); nothing was written.`);
  if (read.kind === 'tooLarge') throw new AnnotationError(`${uriFileName(uri)} is too large to edit; nothing was written.`);
  const decoded = decodeArticle(read.bytes);
  if (!decoded.ok) throw new AnnotationError(`${uriFileName(uri)} is ${decoded.reason}; it was left untouched.`);
  return { bytes: read.bytes, text: decoded.text };
}

/** Restores the files written so far, newest first; returns the message with what could not be restored. */
async function withRollback(workspace: IWorkspace, written: readonly WrittenFile[], message: string): Promise<string> {
  const left: string[] = [];
  for (const file of [...written].reverse()) {
    const restored =
      file.before !== undefined &&
      (await workspace.writeFile(file.uri, encode(file.before), encode(file.after)).catch(() => false));
    if (!restored) left.push(uriFileName(file.uri));
  }
  return left.length ? `${message} Already written and not restored: ${left.join(', ')}.` : message;
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
