// The I/O the core needs, as small interfaces its clients implement: the VS
// Code extension over vscode.workspace.fs, the CLI over the file system, the
// tests over an in-memory map. URIs are opaque strings to the core.

import type { Catalog } from './model';
import type { DocumentAnalysis } from './index/documentAnalysis';

/**
 * Opens recognition on other threads for one indexing of a corpus of this
 * many articles, against this catalog; undefined where threads would cost
 * more than they save (few articles, one core).
 */
export type OpenOffThreadRecognizer = (catalog: Catalog, articles: number) => OffThreadRecognizer | undefined;

/** What reading a file gave: never an exception, so one odd file cannot stop a run. */
export type FileRead =
  /** `mtime`: ms since the epoch, from the stat made before the read (a warm start trusts size + mtime, see warmStart.ts). */
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly mtime: number }
  | { readonly kind: 'missing' }
  /** Larger than the limit asked for: not read at all. */
  | { readonly kind: 'tooLarge'; readonly size: number }
  /** Not a regular file (a folder, a FIFO, a device), or the system refused (permissions, I/O error). */
  | { readonly kind: 'unreadable'; readonly reason: string };

/** A regular file's size and mtime (ms since the epoch), known without reading it. */
export interface FileStat {
  readonly size: number;
  readonly mtime: number;
}

export interface IWorkspace {
  /** Every article of the corpus (include/exclude rules already applied), sorted. */
  listArticles(): Promise<string[]>;
  /** Every sidecar (`*.annotations.yaml`) under the corpus, so articles without one need no probe. */
  listSidecars(): Promise<string[]>;
  /** Stats first: only a regular file of at most `maxBytes` is read. */
  readFile(uri: string, maxBytes: number): Promise<FileRead>;
  /**
   * Optional, with readFileNow: the stat alone (undefined when the file is
   * missing, not a regular file, or not offered for this file, which is then
   * read). A warm start knows an unchanged article by its size and mtime and
   * reads its text only when first needed (reading 10,000 files was ~0.35 s).
   */
  stat?(uri: string): Promise<FileStat | undefined>;
  /** readFile at once, for the text of an article stat() alone vouched for, first needed by a synchronous question (a hover). */
  readFileNow?(uri: string, maxBytes: number): FileRead;
  /**
   * Compare-and-swap: replaces the file atomically (temporary file, flushed
   * to disk, renamed) if its bytes are still `expected` (undefined: the file
   * must not exist), and returns true; returns false and writes nothing when
   * the file changed since. Throws an Error whose message a user can read
   * when the system refuses (disk full, read-only, permissions): the old
   * file is then intact.
   */
  writeFile(uri: string, content: Uint8Array, expected: Uint8Array | undefined): Promise<boolean>;
  /** The catalog file of the corpus (it may not exist yet), or undefined when there is none. */
  readonly catalogUri: string | undefined;
}

/**
 * Recognition on other threads while a corpus is first read: the clients'
 * worker pools (the core stays single-threaded and I/O-free). One is opened
 * per indexing with the catalog then in use, and closed when it ends.
 */
export interface OffThreadRecognizer {
  /** `text` is normalised; `published` overrides the detected publication date. Rejects when it cannot (the index then recognises in its own thread). */
  recognize(text: string, published: string | undefined): Promise<Pick<DocumentAnalysis, 'published' | 'entities' | 'dates'>>;
  close(): Promise<void>;
}

export interface ILogger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: ILogger = { info: () => undefined, warn: () => undefined };

/** A cancellation signal the long operations check between documents. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const SIDECAR_SUFFIX = '.annotations.yaml';

/** The sidecar that holds an article's annotations: `<article>.annotations.yaml` beside it. */
export function sidecarUriOf(articleUri: string): string {
  return articleUri + SIDECAR_SUFFIX;
}

export function isSidecarUri(uri: string): boolean {
  return uri.endsWith(SIDECAR_SUFFIX);
}

export function articleOfSidecar(sidecarUri: string): string {
  return sidecarUri.slice(0, -SIDECAR_SUFFIX.length);
}

/** The last path segment of a URI or a path, decoded when it is a URI. */
export function uriFileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return /^[a-z][a-z0-9+.-]*:/i.test(uri) ? decodeURIComponent(name) : name;
}
