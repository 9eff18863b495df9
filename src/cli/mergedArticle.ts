// The article a sidecar's offsets should count on after a merge. git runs
// the driver before it writes any merged file, so the article on disk is
// still ours. `git merge` names their commit in a GITHEAD_<oid> variable:
// from it and the merge base, the article as the merge will leave it is
// ours, theirs, or git's line merge of the two; when that is not clean (or
// not a `git merge`), the article on disk is all there is.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeArticle } from '../core/service';
import { readRegularFile } from '../node/files';

/** `articlePath` is relative to the top of the worktree, git's working directory for merge drivers. */
export function mergedArticle(articlePath: string, maxFileSize: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const disk = readRegularFile(path.resolve(articlePath), maxFileSize);
  const ours = disk.kind === 'file' ? decoded(disk.bytes) : undefined;
  const heads = Object.keys(env).flatMap((key) => /^GITHEAD_([0-9a-f]{40,64})$/.exec(key)?.[1] ?? []);
  if (ours === undefined || heads.length !== 1) return ours;
  const [theirsCommit] = heads;
  const base = git(['merge-base', 'HEAD', theirsCommit], maxFileSize)?.toString('utf8').trim();
  const theirs = blob(theirsCommit, articlePath, maxFileSize);
  const ancestor = base ? blob(base, articlePath, maxFileSize) : undefined;
  if (theirs === undefined || theirs === ours || theirs === ancestor) return ours;
  if (ours === ancestor) return theirs;
  return ancestor === undefined ? ours : lineMerge(ours, ancestor, theirs, maxFileSize) ?? ours;
}

function blob(commit: string, file: string, maxFileSize: number): string | undefined {
  const out = git(['show', `${commit}:${file.split(path.sep).join('/')}`], maxFileSize);
  return out ? decoded(out) : undefined;
}

function decoded(bytes: Uint8Array): string | undefined {
  const text = decodeArticle(bytes);
  return text.ok ? text.text : undefined;
}

/** `git merge-file -p`: the merged text when the three merge without a conflict. */
function lineMerge(ours: string, ancestor: string, theirs: string, maxFileSize: number): string | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-article-'));
  try {
    const files = [ours, ancestor, theirs].map((text, i) => {
      const file = path.join(dir, String(i));
      fs.writeFileSync(file, text);
      return file;
    });
    const out = git(['merge-file', '-p', ...files], maxFileSize);
    return out ? decoded(out) : undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** stdout of a git command that succeeded, else undefined. */
function git(args: string[], maxFileSize: number): Buffer | undefined {
  const r = spawnSync('git', args, { maxBuffer: maxFileSize + 1024 * 1024 });
  return r.error || r.status !== 0 ? undefined : r.stdout;
}
