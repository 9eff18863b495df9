// The core's IWorkspace port (Node for local files, vscode.workspace.fs for
// other schemes), and the watchers that
// tell the core when files change on disk (git checkout, another editor).

import * as vscode from 'vscode';
import { SIDECAR_SUFFIX, type FileRead, type FileStat, type IWorkspace } from '../core/ports';
import { readRegularFile, statRegularFile, writeIfUnchanged } from '../node/files';
import type { CorpusConfig } from './config';

const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;

export class VsCodeWorkspace implements IWorkspace {
  readonly catalogUri: string | undefined;

  constructor(private readonly config: CorpusConfig) {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    this.catalogUri = root ? vscode.Uri.joinPath(root, config.catalog).toString() : undefined;
  }

  listArticles(): Promise<string[]> {
    return this.find(this.config.include, this.config.exclude);
  }

  listSidecars(): Promise<string[]> {
    return this.find(SIDECAR_GLOB, this.config.exclude.filter((glob) => !glob.includes(SIDECAR_SUFFIX)));
  }

  private async find(include: string, exclude: readonly string[]): Promise<string[]> {
    const excluded = exclude.length ? `{${exclude.join(',')}}` : null;
    const found = await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), excluded)),
    );
    return found.flat().map((uri) => uri.toString()).sort();
  }

  /** Local files through Node (stat before reading, regular files only); other schemes through vscode.workspace.fs. */
  async readFile(uri: string, maxBytes: number): Promise<FileRead> {
    const parsed = vscode.Uri.parse(uri);
    if (parsed.scheme === 'file') return readRegularFile(parsed.fsPath, maxBytes);
    try {
      const stat = await vscode.workspace.fs.stat(parsed);
      if (stat.type & vscode.FileType.Directory) return { kind: 'unreadable', reason: 'it is a folder' };
      if (stat.size > maxBytes) return { kind: 'tooLarge', size: stat.size };
      return { kind: 'file', bytes: await vscode.workspace.fs.readFile(parsed), mtime: stat.mtime };
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { kind: 'missing' };
      return { kind: 'unreadable', reason: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Local files only: elsewhere there is no synchronous read for readFileNow, and the file is read at once. */
  async stat(uri: string): Promise<FileStat | undefined> {
    const parsed = vscode.Uri.parse(uri);
    return parsed.scheme === 'file' ? statRegularFile(parsed.fsPath) : undefined;
  }

  /** Called only for what stat() gave a stat for: local files. */
  readFileNow(uri: string, maxBytes: number): FileRead {
    const parsed = vscode.Uri.parse(uri);
    return parsed.scheme === 'file' ? readRegularFile(parsed.fsPath, maxBytes) : { kind: 'unreadable', reason: 'not a local file' };
  }

  /**
   * Durable compare-and-swap for local files (Node can fsync, vscode.workspace.fs
   * cannot); elsewhere a check just before an atomic write.
   */
  async writeFile(uri: string, content: Uint8Array, expected: Uint8Array | undefined): Promise<boolean> {
    const parsed = vscode.Uri.parse(uri);
    if (parsed.scheme === 'file') return writeIfUnchanged(parsed.fsPath, content, expected);
    const current = await vscode.workspace.fs.readFile(parsed).then(
      (bytes) => bytes,
      () => undefined,
    );
    const same = current === undefined || expected === undefined ? current === expected : Buffer.compare(current, expected) === 0;
    if (!same) return false;
    await writeAtomically(parsed, content);
    return true;
  }
}

/** Temporary file in the same folder, then rename: a crash leaves the old file or the new one, never half of one. */
export async function writeAtomically(target: vscode.Uri, content: Uint8Array): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(target, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, content);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw e;
  }
}

export interface FileEvents {
  changed(uri: string): void;
  deleted(uri: string): void;
}

/** Watches articles, sidecars and the catalog; temporary files of atomic writes are ignored. */
export function watchCorpusFiles(config: CorpusConfig, events: FileEvents): vscode.Disposable {
  const patterns = [config.include, SIDECAR_GLOB, config.catalog];
  const disposables: vscode.Disposable[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern));
      const changed = (uri: vscode.Uri) => /\.(tmp|lock)$/.test(uri.path) || events.changed(uri.toString());
      disposables.push(
        watcher,
        watcher.onDidCreate(changed),
        watcher.onDidChange(changed),
        watcher.onDidDelete((uri) => events.deleted(uri.toString())),
      );
    }
  }
  return vscode.Disposable.from(...disposables);
}
