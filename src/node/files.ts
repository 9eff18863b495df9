// Reading and writing corpus files on a local disk, for every client that
// has one (the CLI, the extension for file: URIs, the tests): stat before
// reading, so a FIFO, a device or a huge file is never read; compare-and-swap
// writes that are atomic and durable, as git writes its index.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileRead, FileStat } from '../core/ports';

/** The file system calls used here; tests hand in a layer that injects faults (EACCES, ENOSPC, EROFS). */
export interface FileSystemCalls {
  openSync(file: string, flags: number): number;
  fstatSync(fd: number): fs.Stats;
  statSync(file: string, options: { throwIfNoEntry: false }): fs.Stats | undefined;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  closeSync(fd: number): void;
  readonly promises: Pick<typeof fs.promises, 'open' | 'rename' | 'unlink' | 'stat' | 'readFile' | 'chmod'>;
}

export const nodeFileSystem: FileSystemCalls = fs;

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Synchronous on purpose: a corpus file is small, and an asynchronous read
 * costs several trips through libuv's thread pool for each.
 */
export function readRegularFile(file: string, maxBytes: number, calls: FileSystemCalls = nodeFileSystem): FileRead {
  let fd: number;
  try {
    fd = calls.openSync(file, READ_FLAGS);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unreadable', reason: describeFileError(e) };
  }
  try {
    const stat = calls.fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'unreadable', reason: 'it is a folder' };
    if (!stat.isFile()) return { kind: 'unreadable', reason: 'it is not a regular file (a FIFO, a socket or a device)' };
    if (stat.size > maxBytes) return { kind: 'tooLarge', size: stat.size };
    // a file that grows while it is read is cut at the limit, and then reported as too large
    const buffer = new Uint8Array(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      const read = calls.readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) {
        if (length > maxBytes) return { kind: 'tooLarge', size: length };
        break;
      }
    }
    return { kind: 'file', bytes: buffer.subarray(0, length), mtime: stat.mtimeMs };
  } catch (e) {
    return { kind: 'unreadable', reason: describeFileError(e) };
  } finally {
    calls.closeSync(fd);
  }
}

/** A regular file's size and mtime, without opening it; undefined for anything else (missing, a folder, a FIFO, refused). */
export function statRegularFile(file: string, calls: FileSystemCalls = nodeFileSystem): FileStat | undefined {
  try {
    const stat = calls.statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? { size: stat.size, mtime: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

const LOCK_WAIT_MS = 25;
const LOCK_ATTEMPTS = 80;
/** A lock older than this was left by a write that was killed: no write takes this long. */
const STALE_LOCK_MS = 10_000;

/**
 * Replaces `file` with `content` if its bytes are still `expected`
 * (undefined: the file must not exist). Like git's `index.lock`: the new
 * content is written into `<file>.lock`, created exclusively, so two
 * writers of Corpus Lens never interleave; the check happens while the lock
 * is held; the lock file is flushed to disk and renamed over the file, and
 * the folder is flushed so the rename survives a power cut. A program that
 * ignores the lock (an editor, git) can still write between the check and
 * the rename.
 */
export async function writeIfUnchanged(
  file: string,
  content: Uint8Array,
  expected: Uint8Array | undefined,
  calls: FileSystemCalls = nodeFileSystem,
): Promise<boolean> {
  const lock = `${file}.lock`;
  let handle: fs.promises.FileHandle | undefined;
  let lockHeld = false;
  try {
    handle = await acquireLock(lock, calls);
    lockHeld = true;
    const current = await calls.promises.readFile(file).catch((e: unknown) => {
      if (errorCode(e) === 'ENOENT') return undefined;
      throw e;
    });
    if (!sameBytes(current, expected)) return false;
    if (current) await calls.promises.chmod(lock, (await calls.promises.stat(file)).mode & 0o7777);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await calls.promises.rename(lock, file);
    lockHeld = false;
    await syncFolder(path.dirname(file), calls);
    return true;
  } catch (e) {
    if (e instanceof LockTaken) throw new Error(e.message);
    throw new Error(`${path.basename(file)} could not be written: ${describeFileError(e)}. The file on disk is unchanged.`);
  } finally {
    await handle?.close().catch(() => undefined);
    if (lockHeld) await calls.promises.unlink(lock).catch(() => undefined);
  }
}

class LockTaken extends Error {}

async function acquireLock(lock: string, calls: FileSystemCalls): Promise<fs.promises.FileHandle> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await calls.promises.open(lock, 'wx');
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') throw e;
    }
    const stat = await calls.promises.stat(lock).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > STALE_LOCK_MS) {
      await calls.promises.unlink(lock).catch(() => undefined);
      continue;
    }
    if (attempt >= LOCK_ATTEMPTS) {
      throw new LockTaken(`${path.basename(lock, '.lock')} is being written by another program (${path.basename(lock)} exists); nothing was written, try again.`);
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_MS));
  }
}

/** Makes a rename durable. Not every system can open a folder (Windows): there the rename is as durable as it gets. */
async function syncFolder(folder: string, calls: FileSystemCalls): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await calls.promises.open(folder, 'r');
    await handle.sync();
  } catch (e) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes(errorCode(e) ?? '')) throw e;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a folder in its path is a file',
  EIO: 'an I/O error',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the path is too long',
};

/** A reason a user can read, with the system's code for searching. */
export function describeFileError(e: unknown): string {
  const code = errorCode(e);
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return e instanceof Error ? e.message : String(e);
}

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}
