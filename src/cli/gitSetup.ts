// `corpus-lens git-setup`: makes git merge sidecars and the catalog with
// `corpus-lens merge-driver`, in the repository of the working directory:
// the `.gitattributes` lines (shared with the team through git) and the
// `merge.corpus-lens` driver entry of the repository's config (which git
// never shares, so every clone runs this once).

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { decodeArticle } from '../core/service';
import { SIDECAR_SUFFIX } from '../core/ports';
import { readRegularFile, writeIfUnchanged } from '../node/files';

export interface GitSetupOptions {
  readonly cwd: string;
  /** How git starts the driver; %O %A %B %P are appended. */
  readonly command: string;
  /** The catalog's file name (corpusLens.catalog). */
  readonly catalog: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const MAX_ATTRIBUTES_BYTES = 1024 * 1024;

/** Returns the exit code: 0 done, 1 not in a git repository or a step failed. */
export async function gitSetup(options: GitSetupOptions): Promise<number> {
  const top = git(options.cwd, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) {
    options.err(`corpus-lens: git-setup: not inside a git repository (${top.stderr.trim() || 'git failed'})`);
    return 1;
  }
  const root = top.stdout.trim();
  const wanted = [`*${SIDECAR_SUFFIX} merge=corpus-lens`, `${path.basename(options.catalog)} merge=corpus-lens`];
  if (!(await addAttributes(path.join(root, '.gitattributes'), wanted, options))) return 1;

  const driver = `${options.command} merge-driver %O %A %B %P`;
  const config: [string, string][] = [
    ['merge.corpus-lens.name', 'Corpus Lens: sidecars and the catalog merged by id'],
    ['merge.corpus-lens.driver', driver],
  ];
  for (const [key, value] of config) {
    const set = git(root, ['config', key, value]);
    if (set.status !== 0) {
      options.err(`corpus-lens: git-setup: git config ${key} failed: ${set.stderr.trim()}`);
      return 1;
    }
    options.out(`git config ${key} ${shellQuote(value)}`);
  }
  return 0;
}

async function addAttributes(file: string, wanted: readonly string[], options: GitSetupOptions): Promise<boolean> {
  const read = readRegularFile(file, MAX_ATTRIBUTES_BYTES);
  if (read.kind !== 'file' && read.kind !== 'missing') {
    options.err(`corpus-lens: git-setup: ${file}: ${read.kind === 'tooLarge' ? 'too large' : read.reason}`);
    return false;
  }
  const decoded = read.kind === 'file' ? decodeArticle(read.bytes) : { ok: true as const, text: '' };
  if (!decoded.ok) {
    options.err(`corpus-lens: git-setup: ${file}: ${decoded.reason}`);
    return false;
  }
  const lines = new Set(decoded.text.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')));
  const missing = wanted.filter((line) => !lines.has(line));
  for (const line of wanted.filter((l) => !missing.includes(l))) options.out(`already in .gitattributes: ${line}`);
  if (missing.length === 0) return true;
  const separator = decoded.text === '' || decoded.text.endsWith('\n') ? '' : '\n';
  const text = `${decoded.text}${separator}${missing.join('\n')}\n`;
  const written = await writeIfUnchanged(file, new TextEncoder().encode(text), read.kind === 'file' ? read.bytes : undefined);
  if (!written) {
    options.err(`corpus-lens: git-setup: ${file} changed while it was edited; run git-setup again`);
    return false;
  }
  for (const line of missing) options.out(`added to .gitattributes: ${line}`);
  return true;
}

function git(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { status: r.error ? null : r.status, stdout: r.stdout ?? '', stderr: r.error ? r.error.message : (r.stderr ?? '') };
}

/** For a path in the driver command, which git runs through the shell. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
