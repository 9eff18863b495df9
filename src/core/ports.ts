// The I/O the core needs, as small interfaces its clients implement: the VS
// Code extension over vscode.workspace.fs, the CLI over the file system, the
// tests over an in-memory map. URIs are opaque strings to the core.

export interface IWorkspace {
  /** Every article of the corpus (include/exclude rules already applied), sorted. */
  listArticles(): Promise<string[]>;
  /** Every sidecar (`*.annotations.yaml`) under the corpus, so articles without one need no probe. */
  listSidecars(): Promise<string[]>;
  /** The file's bytes, or undefined when it does not exist. */
  readFile(uri: string): Promise<Uint8Array | undefined>;
  /** Replaces the file's content atomically (temporary file + rename). */
  writeFile(uri: string, content: Uint8Array): Promise<void>;
  /** The catalog file of the corpus (it may not exist yet), or undefined when there is none. */
  readonly catalogUri: string | undefined;
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

/** The sidecar that holds an article's annotations: `<article>.annotations.yaml` beside it. */
export function sidecarUriOf(articleUri: string): string {
  return `${articleUri}.annotations.yaml`;
}

export function isSidecarUri(uri: string): boolean {
  return uri.endsWith('.annotations.yaml');
}

/** The last path segment of a URI or a path, decoded when it is a URI. */
export function uriFileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return /^[a-z][a-z0-9+.-]*:/i.test(uri) ? decodeURIComponent(name) : name;
}
