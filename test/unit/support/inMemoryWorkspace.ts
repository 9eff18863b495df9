// A fake of the I/O port only: files in a map. Everything else in the tests
// is the real core with the real recognisers.

import type { FileRead, FileStat, IWorkspace } from '../../../src/core/ports';

export class InMemoryWorkspace implements IWorkspace {
  readonly files = new Map<string, Uint8Array>();
  /** Modification times: each set() is a write, one tick after the last (all long before now, like files on a disk). */
  readonly mtimes = new Map<string, number>();
  private clock = 0;
  readonly writes: string[] = [];
  /** Every file read, in order (stats are not reads). */
  readonly reads: string[] = [];

  constructor(
    files: Record<string, string | Uint8Array>,
    readonly catalogUri: string | undefined = 'mem:/corpus/entities.yaml',
  ) {
    for (const [uri, content] of Object.entries(files)) this.set(uri, content);
  }

  set(uri: string, content: string | Uint8Array, mtime = ++this.clock): void {
    this.files.set(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    this.mtimes.set(uri, mtime);
  }

  text(uri: string): string | undefined {
    const bytes = this.files.get(uri);
    return bytes && new TextDecoder().decode(bytes);
  }

  async listArticles(): Promise<string[]> {
    return [...this.files.keys()].filter((uri) => /\.(txt|md)$/.test(uri)).sort();
  }

  async listSidecars(): Promise<string[]> {
    return [...this.files.keys()].filter((uri) => uri.endsWith('.annotations.yaml'));
  }

  async readFile(uri: string, maxBytes: number): Promise<FileRead> {
    return this.readFileNow(uri, maxBytes);
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const bytes = this.files.get(uri);
    return bytes && { size: bytes.length, mtime: this.mtimes.get(uri)! };
  }

  readFileNow(uri: string, maxBytes: number): FileRead {
    this.reads.push(uri);
    const bytes = this.files.get(uri);
    if (!bytes) return { kind: 'missing' };
    return bytes.length > maxBytes ? { kind: 'tooLarge', size: bytes.length } : { kind: 'file', bytes, mtime: this.mtimes.get(uri)! };
  }

  async writeFile(uri: string, content: Uint8Array, expected: Uint8Array | undefined): Promise<boolean> {
    const current = this.files.get(uri);
    if (current === undefined ? expected !== undefined : expected === undefined || Buffer.compare(current, expected) !== 0) return false;
    this.writes.push(uri);
    this.set(uri, content);
    return true;
  }
}
