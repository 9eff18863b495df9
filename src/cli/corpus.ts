// The corpus named on the command line, indexed: the articles found under
// the paths given, the catalog (given, or the default one), and every
// problem reported on stderr with the path as the user typed it. Shared by
// every verb that reads a corpus.

import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Problem } from '../core/model';
import { sidecarUriOf } from '../core/ports';
import { createCorpusService, type CorpusService, type RecognizerData } from '../core/service';
import { NodeWorkspace } from '../node/nodeWorkspace';
import { findArticles, type FoundArticles } from './articles';

export interface CorpusOptions {
  readonly paths: readonly string[];
  readonly catalog?: string;
  /** Articles larger than this many bytes are skipped. */
  readonly maxFileSize: number;
  readonly data: () => RecognizerData;
  readonly err: (line: string) => void;
  /** No article paths: only the catalog is read (recognize --input-jsonl). */
  readonly noArticles?: boolean;
  /** Without --catalog: this file, even when it does not exist yet (import creates it), instead of looking for one. */
  readonly catalogToCreate?: string;
}

export interface CatalogFile {
  readonly display: string;
  readonly absolute: string;
}

export interface OpenedCorpus {
  readonly found: FoundArticles;
  readonly catalog: CatalogFile | undefined;
  readonly service: CorpusService;
  /** The core's absolute path of a file -> the path as the user typed it. */
  readonly displayOf: (uri: string) => string;
  /** Every problem the index found (already reported on stderr). */
  readonly problems: readonly Problem[];
  /** Whether an input could not be read (the exit code is then 1). */
  readonly failed: boolean;
}

/** The articles and the catalog file named on the command line, found but not read; path problems reported. */
export interface LocatedCorpus {
  readonly found: FoundArticles;
  readonly catalog: CatalogFile | undefined;
  /** The core's absolute path of a file -> the path as the user typed it. */
  readonly displayOf: (uri: string) => string;
  /** Whether a path given could not be used (the exit code is then 1). */
  readonly failed: boolean;
}

export async function locateCorpus(options: Omit<CorpusOptions, 'data' | 'maxFileSize'>): Promise<LocatedCorpus> {
  const found: FoundArticles = options.noArticles ? { files: [], folders: [], problems: [] } : findArticles(options.paths);
  let failed = false;
  const report = (file: string, message: string) => {
    options.err(`corpus-lens: ${file}: ${message}`);
    failed = true;
  };
  for (const problem of found.problems) report(problem.path, problem.message);

  const catalog =
    options.catalog !== undefined
      ? await givenCatalog(options.catalog, report)
      : options.catalogToCreate !== undefined
        ? { display: options.catalogToCreate, absolute: path.resolve(options.catalogToCreate) }
        : defaultCatalog(found);
  return { found, catalog, displayOf: displayNames(found, catalog), failed };
}

export async function openCorpus(options: CorpusOptions): Promise<OpenedCorpus> {
  const { found, catalog, displayOf, failed } = await locateCorpus(options);
  const service = createCorpusService({
    workspace: new NodeWorkspace(found.files.map((f) => f.absolute), catalog?.absolute),
    data: options.data,
    maxFileSize: options.maxFileSize,
  });
  await service.indexAll();
  const problems = service.problems();
  const unread = reportProblems(problems, displayOf, options.err);
  return { found, catalog, service, displayOf, problems, failed: failed || unread };
}

/** Prints each problem under the path the user typed; returns whether one of them is an input not used. */
export function reportProblems(problems: readonly Problem[], displayOf: (uri: string) => string, err: (line: string) => void): boolean {
  let failed = false;
  for (const problem of problems) {
    err(`corpus-lens: ${displayOf(problem.uri)}:${problem.line + 1}:${problem.column + 1}: ${messageOf(problem)}`);
    failed ||= isReadFailure(problem);
  }
  return failed;
}

/**
 * An input that was not used: an article skipped, a file unreadable, a
 * sidecar or catalog that does not parse. Warnings (an unknown key, an
 * orphaned annotation) are shown but the input was read.
 */
function isReadFailure(problem: Problem): boolean {
  switch (problem.code) {
    case 'skipped':
    case 'too-large':
    case 'unreadable':
      return true;
    case 'syntax':
    case 'invalid':
      return problem.severity === 'error';
    default:
      return false;
  }
}

/** The core names no option; the size limit is this command's to raise. */
function messageOf(problem: Problem): string {
  return problem.code === 'too-large' ? `${problem.message} Raise the limit with --max-file-size.` : problem.message;
}

/**
 * The workspace reports a catalog that is a folder, a FIFO or unreadable
 * (without blocking), but takes a missing one for "no catalog": a catalog
 * asked for by name is an input, so its absence is said here.
 */
async function givenCatalog(given: string, report: (file: string, message: string) => void): Promise<CatalogFile> {
  const code = await fs.stat(given).then(() => undefined, (e: NodeJS.ErrnoException) => e.code);
  if (code === 'ENOENT' || code === 'ENOTDIR') report(given, 'no such catalog');
  return { display: given, absolute: path.resolve(given) };
}

/** The entities.yaml of the first folder given that has one, else beside the first file that has one. */
function defaultCatalog(found: FoundArticles): CatalogFile | undefined {
  const candidates = [
    ...found.folders.map((folder) => `${folder.replace(/\/+$/, '')}/entities.yaml`),
    ...found.files.map((file) => (path.dirname(file.display) === '.' && !file.display.startsWith('.') ? 'entities.yaml' : `${path.dirname(file.display)}/entities.yaml`)),
  ];
  const display = candidates.find((c) => existsSync(c));
  return display === undefined ? undefined : { display, absolute: path.resolve(display) };
}

/** The core names files by the absolute paths it was given; the user reads them as typed. */
function displayNames(found: FoundArticles, catalog: CatalogFile | undefined): (uri: string) => string {
  const names = new Map<string, string>();
  for (const file of found.files) {
    names.set(file.absolute, file.display);
    names.set(sidecarUriOf(file.absolute), sidecarUriOf(file.display));
  }
  if (catalog) names.set(catalog.absolute, catalog.display);
  return (uri) => names.get(uri) ?? uri;
}
