// The core's IWorkspace port over a local folder, for the command line and
// the tests: articles listed by the caller, files read and written through
// ./files.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { sidecarUriOf, type FileRead, type FileStat, type IWorkspace } from '../core/ports';
import { nodeFileSystem, readRegularFile, statRegularFile, writeIfUnchanged, type FileSystemCalls } from './files';

export class NodeWorkspace implements IWorkspace {
  constructor(
    private readonly articles: readonly string[],
    readonly catalogUri: string | undefined,
    private readonly calls: FileSystemCalls = nodeFileSystem,
  ) {}

  async listArticles(): Promise<string[]> {
    return [...this.articles];
  }

  /** One directory listing per folder of articles, not one probe per article. */
  async listSidecars(): Promise<string[]> {
    const wanted = new Set(this.articles.map(sidecarUriOf));
    const folders = [...new Set(this.articles.map((article) => path.dirname(article)))];
    const listed = await Promise.all(
      folders.map((dir) => fs.promises.readdir(dir).then((names) => names.map((n) => path.join(dir, n)), () => [])),
    );
    return listed.flat().filter((file) => wanted.has(file));
  }

  async readFile(uri: string, maxBytes: number): Promise<FileRead> {
    return readRegularFile(uri, maxBytes, this.calls);
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    return statRegularFile(uri, this.calls);
  }

  readFileNow(uri: string, maxBytes: number): FileRead {
    return readRegularFile(uri, maxBytes, this.calls);
  }

  writeFile(uri: string, content: Uint8Array, expected: Uint8Array | undefined): Promise<boolean> {
    return writeIfUnchanged(uri, content, expected, this.calls);
  }
}
