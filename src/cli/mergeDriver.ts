// `corpus-lens merge-driver %O %A %B %P`: git's custom merge driver for
// sidecars and the catalog (see git-setup). git hands us the ancestor, our
// and their version in temporary files and the path in the repository; the
// merged text goes into our file (%A), and the exit code says whether it
// holds conflicts (1) or not (0).

import { spawnSync } from 'node:child_process';
import { SIDECAR_SUFFIX, type FileRead } from '../core/ports';
import { decodeArticle, mergeCatalogTexts, mergeSidecarTexts, type MergeConflict, type MergeResult } from '../core/service';
import { describeFileError, readRegularFile, writeIfUnchanged } from '../node/files';
import { mergedArticle } from './mergedArticle';

export interface MergeDriverOptions {
  readonly base: string;
  readonly ours: string;
  readonly theirs: string;
  /** The file's path in the repository, relative to the top of the worktree (git's working directory for drivers). */
  readonly path: string;
  readonly maxFileSize: number;
  readonly err: (line: string) => void;
}

/** Returns the exit code: 0 merged, 1 conflicts left in the file (or it could not be merged at all). */
export async function mergeDriver(options: MergeDriverOptions): Promise<number> {
  const say = (message: string) => options.err(`corpus-lens: ${options.path}: ${message}`);
  const texts: string[] = [];
  for (const file of [options.base, options.ours, options.theirs]) {
    const text = readText(file, options.maxFileSize);
    if (typeof text !== 'string') {
      say(`cannot merge by id: ${file}: ${text.reason}`);
      return lineMerge(options);
    }
    texts.push(text);
  }
  const [base, ours, theirs] = texts;
  const isSidecar = options.path.endsWith(SIDECAR_SUFFIX);
  const result: MergeResult = isSidecar ? mergeSidecarTexts({ base, ours, theirs }, mergedArticle(options.path.slice(0, -SIDECAR_SUFFIX.length), options.maxFileSize)) : mergeCatalogTexts({ base, ours, theirs });
  if (!result.ok) {
    say(`cannot merge by id (${result.reason}); merging line by line instead`);
    return lineMerge(options);
  }
  const expected = readRegularFile(options.ours, options.maxFileSize);
  const written = await writeIfUnchanged(options.ours, new TextEncoder().encode(result.text), expected.kind === 'file' ? expected.bytes : undefined);
  if (!written) {
    say('our version changed while it was merged; nothing was written');
    return 1;
  }
  for (const conflict of result.conflicts) say(describeConflict(conflict, isSidecar));
  if (result.stale) say('the two sides were saved against different versions of the article, which is not at hand: offsets are re-anchored when the sidecar is next opened');
  return result.conflicts.length > 0 ? 1 : 0;
}

function describeConflict(conflict: MergeConflict, isSidecar: boolean): string {
  const what = conflict.id === undefined ? `\`${conflict.keys.join('`, `')}\`` : `${isSidecar ? 'annotation' : 'entity'} '${conflict.id}'`;
  if (conflict.deletedBy) return `merge conflict: ${what} was deleted by ${conflict.deletedBy === 'ours' ? 'us' : 'them'} and edited by ${conflict.deletedBy === 'ours' ? 'them' : 'us'}`;
  const fields = conflict.id === undefined ? '' : ` (${conflict.keys.join(', ')})`;
  return `merge conflict: ${what} changed two ways${fields}; both versions kept, marked status: conflict`;
}

function readText(file: string, maxBytes: number): string | { reason: string } {
  const read: FileRead = readRegularFile(file, maxBytes);
  if (read.kind === 'missing') return { reason: 'missing' };
  if (read.kind === 'tooLarge') return { reason: 'too large' };
  if (read.kind === 'unreadable') return { reason: read.reason };
  const decoded = decodeArticle(read.bytes);
  return decoded.ok ? decoded.text : { reason: decoded.reason };
}

/** git's own line merge with conflict markers, for files that cannot be merged by id. */
function lineMerge(options: MergeDriverOptions): number {
  const r = spawnSync('git', ['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', options.ours, options.base, options.theirs], { encoding: 'utf8' });
  if (r.error) {
    options.err(`corpus-lens: ${options.path}: git merge-file could not run: ${describeFileError(r.error)}`);
    return 1;
  }
  return r.status === 0 ? 0 : 1;
}
