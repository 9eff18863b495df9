// The bytes each sidecar and the catalog had when last read, so that the
// file watcher's echo of our own write (which reads the same) is recognised
// and ignored instead of being applied a second time.

import type { FileRead } from '../ports';

export class LastRead {
  private readonly bytes = new Map<string, Uint8Array | undefined>();

  /** Remembers what was read; returns false when it is what was read last time. */
  isNew(uri: string, file: FileRead): boolean {
    const bytes = file.kind === 'file' ? file.bytes : undefined;
    const last = this.bytes.get(uri);
    // only a file read before counts: a missing or unreadable one is looked at every time
    if (bytes && last && sameBytes(bytes, last)) return false;
    this.bytes.set(uri, bytes);
    return true;
  }

  forget(uri: string): void {
    this.bytes.delete(uri);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
