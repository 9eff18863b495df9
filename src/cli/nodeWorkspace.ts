// The core's IWorkspace port over the file system, for the command line.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

const readdir = promisify(fs.readdir);
import type { IWorkspace } from '../core/ports';

export class NodeWorkspace implements IWorkspace {
  constructor(
    private readonly articles: readonly string[],
    readonly catalogUri: string | undefined,
  ) {}

  async listArticles(): Promise<string[]> {
    return [...this.articles];
  }

  /** One directory listing per folder of articles, not one probe per article. */
  async listSidecars(): Promise<string[]> {
    const wanted = new Set(this.articles.map((article) => `${article}.annotations.yaml`));
    const folders = [...new Set(this.articles.map((article) => path.dirname(article)))];
    const listed = await Promise.all(folders.map((dir) => readdir(dir).then((names) => names.map((n) => path.join(dir, n)), () => [])));
    return listed.flat().filter((file) => wanted.has(file));
  }

  async readFile(uri: string): Promise<Uint8Array | undefined> {
    try {
      // synchronous on purpose: the CLI is a batch tool with nothing else to do meanwhile, and an
      // asynchronous read of a small file costs four trips through libuv's thread pool
      return fs.readFileSync(uri);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async writeFile(uri: string, content: Uint8Array): Promise<void> {
    const temp = path.join(path.dirname(uri), `.${path.basename(uri)}.${process.pid}.${Date.now()}.tmp`);
    await fs.promises.writeFile(temp, content);
    try {
      await fs.promises.rename(temp, uri);
    } catch (e) {
      await fs.promises.rm(temp, { force: true });
      throw e;
    }
  }
}
