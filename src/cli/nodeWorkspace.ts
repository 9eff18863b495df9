// The core's IWorkspace port over the file system, for the command line.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { IWorkspace } from '../core/ports';

export class NodeWorkspace implements IWorkspace {
  constructor(
    private readonly articles: readonly string[],
    readonly catalogUri: string | undefined,
  ) {}

  async listArticles(): Promise<string[]> {
    return [...this.articles];
  }

  async listSidecars(): Promise<string[]> {
    const sidecars = this.articles.map((article) => `${article}.annotations.yaml`);
    const exists = await Promise.all(sidecars.map((f) => fs.access(f).then(() => true, () => false)));
    return sidecars.filter((_, i) => exists[i]);
  }

  async readFile(uri: string): Promise<Uint8Array | undefined> {
    try {
      return await fs.readFile(uri);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async writeFile(uri: string, content: Uint8Array): Promise<void> {
    const temp = path.join(path.dirname(uri), `.${path.basename(uri)}.${process.pid}.${Date.now()}.tmp`);
    await fs.writeFile(temp, content);
    try {
      await fs.rename(temp, uri);
    } catch (e) {
      await fs.rm(temp, { force: true });
      throw e;
    }
  }
}
