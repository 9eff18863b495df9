// Settings, read once and again only when they change.

import * as vscode from 'vscode';

export interface CorpusConfig {
  readonly include: string;
  readonly exclude: readonly string[];
  readonly catalog: string;
  readonly maxFileSize: number;
  readonly decorations: boolean;
}

export function readConfig(): CorpusConfig {
  const c = vscode.workspace.getConfiguration('corpusLens');
  return {
    include: c.get<string>('include', '**/*.{txt,md}'),
    exclude: c.get<string[]>('exclude', []),
    catalog: c.get<string>('catalog', 'entities.yaml'),
    maxFileSize: c.get<number>('maxFileSize', 5 * 1024 * 1024),
    decorations: c.get<boolean>('decorations.enabled', true),
  };
}

/** Settings that change which files make up the corpus: the index is rebuilt when one changes. */
export const CORPUS_SETTINGS = ['corpusLens.include', 'corpusLens.exclude', 'corpusLens.catalog', 'corpusLens.maxFileSize'];
