// The core's IWorkspace port over vscode.workspace.fs, and the watchers that
// tell the core when files change on disk (git checkout, another editor).

import * as vscode from 'vscode';
import type { IWorkspace } from '../core/ports';
import type { CorpusConfig } from './config';

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
    return this.find('**/*.annotations.yaml', this.config.exclude.filter((glob) => !glob.includes('annotations.yaml')));
  }

  private async find(include: string, exclude: readonly string[]): Promise<string[]> {
    const excluded = exclude.length ? `{${exclude.join(',')}}` : null;
    const found = await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), excluded)),
    );
    return found.flat().map((uri) => uri.toString()).sort();
  }

  async readFile(uri: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  }

  writeFile(uri: string, content: Uint8Array): Promise<void> {
    return writeAtomically(vscode.Uri.parse(uri), content);
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
  const patterns = [config.include, '**/*.annotations.yaml', config.catalog];
  const disposables: vscode.Disposable[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern));
      const changed = (uri: vscode.Uri) => uri.path.endsWith('.tmp') || events.changed(uri.toString());
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
