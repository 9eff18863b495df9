// Which files on the command line are articles: the files given, and under
// each folder given, the files the extension's default include/exclude
// settings select (`**/*.{txt,md}` minus node_modules, README, CHANGELOG,
// LICENSE and sidecars), in path order. Everything is stat'ed, never
// opened: a FIFO or a device named here must not block or flood the run.
// The calls are synchronous: the command has nothing else to do meanwhile,
// and 2,000 awaited stats of files named one by one cost a round trip to the
// thread pool each (about 3% of recognising them).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFileError } from '../node/files';
import { isSidecarUri } from '../core/ports';

export interface ArticleFile {
  /** The path as given on the command line, joined with the path found under a folder. */
  readonly display: string;
  readonly absolute: string;
}

/** An argument or a file under a folder that is not read, with the path as the user would type it. */
export interface PathProblem {
  readonly path: string;
  readonly message: string;
}

export interface FoundArticles {
  readonly files: ArticleFile[];
  /** The folders given, as given (where a default catalog is looked for). */
  readonly folders: string[];
  readonly problems: PathProblem[];
}

const ARTICLE_EXTENSION = /\.(txt|md)$/i;
const EXCLUDED_NAME = /^(README|CHANGELOG|LICENSE)/;
const EXCLUDED_DIR = new Set(['node_modules']);
const NOT_REGULAR = 'not a regular file (a FIFO, a socket or a device): not read';

export function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSION.test(name) && !EXCLUDED_NAME.test(name) && !isSidecarUri(name);
}

export function findArticles(args: readonly string[]): FoundArticles {
  const found: FoundArticles = { files: [], folders: [], problems: [] };
  const seen = new Set<string>();
  const add = (display: string) => {
    const absolute = path.resolve(display);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    found.files.push({ display, absolute });
  };
  for (const arg of args) {
    const stat = statOrProblem(arg, found.problems);
    if (!stat) continue;
    if (stat.isDirectory()) {
      found.folders.push(arg);
      const root = arg.replace(/\/+$/, '') || '/';
      for (const relative of walk(root, '', found.problems)) add(under(root, relative));
    } else if (stat.isFile()) add(arg);
    else found.problems.push({ path: arg, message: NOT_REGULAR });
  }
  return found;
}

/**
 * Follows symbolic links, so a link to a file is read as that file; a
 * broken link is told apart from a path that does not exist.
 */
function statOrProblem(file: string, problems: PathProblem[]): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const broken = code === 'ENOENT' && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() === true;
    const message = broken ? 'a symbolic link to a file that does not exist' : code === 'ENOENT' ? 'no such file or folder' : describeFileError(e);
    problems.push({ path: file, message });
    return undefined;
  }
}

/**
 * Regular files only: a FIFO, socket or device under a folder is not an
 * article whatever its name. Links to folders are not followed (a link to
 * a parent would loop); links to files are.
 */
function walk(root: string, relative: string, problems: PathProblem[]): string[] {
  const dir = relative ? under(root, relative) : root;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, message: `folder not searched: ${describeFileError(e)}` });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIR.has(entry.name) && !entry.name.startsWith('.')) found.push(...walk(root, child, problems));
    } else if (!isArticleName(entry.name)) continue;
    else if (entry.isFile()) found.push(child);
    else if (entry.isSymbolicLink()) {
      const stat = statOrProblem(under(root, child), problems);
      if (stat?.isFile()) found.push(child);
    }
  }
  return found;
}

function under(root: string, relative: string): string {
  return root.endsWith('/') ? `${root}${relative}` : `${root}/${relative}`;
}
