// Where the recognition results of the last session are kept: a file in the
// extension's storage for this workspace, written atomically. Reopening a
// large corpus then recognises only the articles that changed.

import * as vscode from 'vscode';
import type { WarmStartSnapshot } from '../core/service';
import { writeAtomically } from './workspace';

export class WarmStartStore {
  private readonly file: vscode.Uri | undefined;

  constructor(storage: vscode.Uri | undefined) {
    this.file = storage && vscode.Uri.joinPath(storage, 'warm-start.json');
  }

  async load(): Promise<WarmStartSnapshot | undefined> {
    if (!this.file) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file))) as WarmStartSnapshot;
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  }

  async save(snapshot: WarmStartSnapshot): Promise<void> {
    if (!this.file) return;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.file, '..'));
    await writeAtomically(this.file, new TextEncoder().encode(JSON.stringify(snapshot)));
  }
}
