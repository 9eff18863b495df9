// Which files on the command line are articles: the files given, and under
// each folder given, the files the extension's default include/exclude
// settings select (`**/*.{txt,md}` minus node_modules, README, CHANGELOG,
// LICENSE and sidecars), in path order.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface ArticleFile {
  /** The path as given on the command line, joined with the path found under a folder. */
  readonly display: string;
  readonly absolute: string;
}

const ARTICLE_EXTENSION = /\.(txt|md)$/i;
const EXCLUDED_NAME = /^(README|CHANGELOG|LICENSE)/;
const EXCLUDED_DIR = new Set(['node_modules']);

export function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSION.test(name) && !EXCLUDED_NAME.test(name) && !name.endsWith('.annotations.yaml');
}

/** Expands the arguments; a path that does not exist is returned in `missing`. */
export async function findArticles(args: readonly string[]): Promise<{ files: ArticleFile[]; missing: string[]; folders: string[] }> {
  const files: ArticleFile[] = [];
  const missing: string[] = [];
  const folders: string[] = [];
  const seen = new Set<string>();
  const add = (display: string) => {
    const absolute = path.resolve(display);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ display, absolute });
  };
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    if (!stat) missing.push(arg);
    else if (stat.isDirectory()) {
      folders.push(arg);
      for (const relative of await walk(arg, '')) add(`${arg.replace(/\/+$/, '')}/${relative}`);
    } else add(arg);
  }
  return { files, missing, folders };
}

async function walk(root: string, relative: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIR.has(entry.name) && !entry.name.startsWith('.')) found.push(...(await walk(root, child)));
    } else if (entry.isFile() && isArticleName(entry.name)) found.push(child);
  }
  return found;
}
