// Settings, read once and again only when they change. One object for as
// long as the extension runs: it fires with what changed, so the corpus is
// rebuilt only for a setting that changes which files make it up, and the
// decorations follow their setting at once.

import * as vscode from 'vscode';

export interface CorpusConfig {
  readonly include: string;
  readonly exclude: readonly string[];
  readonly catalog: string;
  readonly maxFileSize: number;
  readonly decorations: boolean;
}

export interface SettingsChange {
  /** A setting that changes which files make up the corpus, or how they are read: the corpus is rebuilt. */
  readonly corpus: boolean;
  readonly decorations: boolean;
}

const CORPUS_SETTINGS = ['corpusLens.include', 'corpusLens.exclude', 'corpusLens.catalog', 'corpusLens.maxFileSize'];

export class Settings implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SettingsChange>();
  readonly onDidChange = this.changed.event;
  private value = readConfig();
  private subscription: vscode.Disposable | undefined;

  get current(): CorpusConfig {
    return this.value;
  }

  /** Starts following the user's changes to the settings. */
  watch(): this {
    this.subscription ??= vscode.workspace.onDidChangeConfiguration((e) => {
      const change = { corpus: CORPUS_SETTINGS.some((s) => e.affectsConfiguration(s)), decorations: e.affectsConfiguration('corpusLens.decorations') };
      if (!change.corpus && !change.decorations) return;
      this.value = readConfig();
      this.changed.fire(change);
    });
    return this;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}

function readConfig(): CorpusConfig {
  const c = vscode.workspace.getConfiguration('corpusLens');
  return {
    include: c.get<string>('include', '**/*.{txt,md}'),
    exclude: c.get<string[]>('exclude', []),
    catalog: c.get<string>('catalog', 'entities.yaml'),
    maxFileSize: c.get<number>('maxFileSize', 5 * 1024 * 1024),
    decorations: c.get<boolean>('decorations.enabled', true),
  };
}
