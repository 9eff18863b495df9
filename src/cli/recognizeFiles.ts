// `corpus-lens recognize PATH...`, file by file with no corpus index: each
// article is read (with its sidecar), recognised, and printed in path order
// as soon as the ones before it are. Reading runs ahead of printing by a
// bounded window, so recognition on other threads never waits for the disk
// and memory holds a few articles, not the corpus.

import type { Catalog, Problem } from '../core/model';
import { sidecarUriOf } from '../core/ports';
import { articleOfFiles, catalogOfFile, MAX_YAML_BYTES } from '../core/service';
import { readRegularFile } from '../node/files';
import { RecognitionFailed, type TextRecognizer } from '../node/recognizerPool';
import type { ArticleFile as ListedFile } from './articles';
import { reportProblems, type LocatedCorpus } from './corpus';
import { toRecord } from './jsonl';

export interface FilesOptions {
  readonly maxFileSize: number;
  /** Articles read ahead of the one printed next. */
  readonly window: number;
  readonly out: (line: string) => void | Promise<void>;
  readonly err: (line: string) => void;
}

/** What became of one article; failure is decided by the kind, never by a message. */
type Outcome =
  | { readonly kind: 'record'; readonly line: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'skipped'; readonly problems: readonly Problem[] }
  | { readonly kind: 'failed'; readonly message: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'stopped'; readonly message: string };

/** The catalog recognition uses, read as the index reads it; its problems are reported. Returns whether it failed. */
export function readCatalog(corpus: LocatedCorpus, err: (line: string) => void): { catalog: Catalog | undefined; failed: boolean } {
  if (!corpus.catalog) return { catalog: undefined, failed: false };
  const { catalog, problems } = catalogOfFile(corpus.catalog.absolute, readRegularFile(corpus.catalog.absolute, MAX_YAML_BYTES));
  return { catalog, failed: reportProblems(problems, corpus.displayOf, err) };
}

/** Prints every article's record in path order; returns whether an input could not be used. */
export async function recognizeFiles(corpus: LocatedCorpus, recognizer: TextRecognizer, options: FilesOptions): Promise<boolean> {
  let failed = false;
  const print = async (outcome: Outcome): Promise<boolean> => {
    if (outcome.kind === 'stopped') {
      options.err(`corpus-lens: ${outcome.message}`);
      return false;
    }
    failed = reportProblems(outcome.problems, corpus.displayOf, options.err) || failed;
    if (outcome.kind === 'failed') options.err(`corpus-lens: ${outcome.message}`);
    if (outcome.kind === 'record') await options.out(outcome.line);
    else failed ||= outcome.kind === 'failed';
    return true;
  };
  const ahead: Promise<Outcome>[] = [];
  for (const file of corpus.found.files) {
    ahead.push(recognizeOne(file, recognizer, options.maxFileSize));
    if (ahead.length >= options.window && !(await print(await ahead.shift()!))) return true;
  }
  for (const next of ahead) if (!(await print(await next))) return true;
  return failed;
}

async function recognizeOne(file: ListedFile, recognizer: TextRecognizer, maxFileSize: number): Promise<Outcome> {
  const read = articleOfFiles(
    file.absolute,
    readRegularFile(file.absolute, maxFileSize),
    readRegularFile(sidecarUriOf(file.absolute), MAX_YAML_BYTES),
    maxFileSize,
  );
  if (read.kind === 'skipped') return read;
  try {
    const recognition = await recognizer.recognize(read.text, read.published);
    return { kind: 'record', line: toRecord({ file: file.display }, recognition), problems: read.problems };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof RecognitionFailed) return { kind: 'failed', message: `${file.display}: not recognised: ${message}`, problems: read.problems };
    return { kind: 'stopped', message };
  }
}
