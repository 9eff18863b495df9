// Shared by the integration suites: the extension's API, opening articles,
// positions of text, and waiting on a condition instead of sleeping.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EntityType } from '../../src/core/model';
import type { CatalogPrompts } from '../../src/extension/commands/addCandidateToCatalog';
import type { CorpusLensApi } from '../../src/extension/main';

export const ARTICLE_000 = '000_8c67307d6b1f2411.txt';
export const ARTICLE_001 = '001_4ffb2e79d209e891.txt';
export const ARTICLE_002 = '002_f48a50816c6044df.txt';
export const ARTICLE_003 = '003_32f1b6a2c4f88f95.txt';
export const ARTICLE_004 = '004_8ea2241a76c2b476.txt';

export function corpusUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

export async function api(): Promise<CorpusLensApi> {
  const extension = vscode.extensions.getExtension<CorpusLensApi>('corpus-lens.corpus-lens');
  assert.ok(extension, 'extension installed');
  const lens = await extension.activate();
  await lens.whenIndexed();
  return lens;
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(corpusUri(name));
  return vscode.window.showTextDocument(document);
}

/** A position one character inside the n-th occurrence of `needle`. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not found`);
  return document.positionAt(index + 1);
}

/** Selects the n-th occurrence of `needle`. */
export function select(editor: vscode.TextEditor, needle: string, occurrence = 0): vscode.Selection {
  const start = positionOf(editor.document, needle, occurrence).translate(0, -1);
  editor.selection = new vscode.Selection(start, start.translate(0, needle.length));
  return editor.selection;
}

export async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Waits for a condition, checking it again whenever something it could
 * depend on happened: the corpus changed (the API's event), diagnostics,
 * an editor's text, a setting, or a file of the workspace on disk. No polling: a
 * condition nothing announces times out.
 */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10000): Promise<T> {
  const lens = await api();
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.workspace.workspaceFolders![0], '**/*'));
  const subscriptions: vscode.Disposable[] = [watcher];
  try {
    return await new Promise<T>((resolve, reject) => {
      let checking = Promise.resolve();
      const check = () => {
        checking = checking
          .then(async () => {
            const value = await probe();
            if (value) resolve(value);
          })
          .catch(reject);
      };
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      subscriptions.push(
        { dispose: () => clearTimeout(timer) },
        lens.onDidChange(check),
        vscode.languages.onDidChangeDiagnostics(check),
        vscode.workspace.onDidChangeTextDocument(check),
        vscode.workspace.onDidChangeConfiguration(check),
        watcher.onDidChange(check),
        watcher.onDidCreate(check),
        watcher.onDidDelete(check),
      );
      check();
    });
  } finally {
    for (const s of subscriptions) s.dispose();
  }
}

/** Answers to Add Name to Catalog's questions (undefined: Escape there), and the questions asked, in order. */
export function catalogAnswers(answers: {
  type?: EntityType;
  id?: string;
  description?: string;
  create?: boolean;
  open?: boolean;
}): CatalogPrompts & { asked: string[] } {
  const asked: string[] = [];
  const answer = <T>(question: string, value: T) => {
    asked.push(question);
    return Promise.resolve(value);
  };
  return {
    asked,
    type: (_name, recognised) => answer(`type (${recognised})`, answers.type),
    // an id the input box refuses cannot be entered: the user can only press Escape
    id: (_name, suggested, problem) => {
      const refused = answers.id === undefined ? undefined : problem(answers.id);
      return answer(`id (${suggested})${refused ? ` refused: ${refused}` : ''}`, refused ? undefined : answers.id);
    },
    description: () => answer('description', answers.description),
    createCatalog: (fileName) => answer(`create ${fileName}`, answers.create ?? false),
    added: (entity) => answer(`added ${entity.id}`, answers.open ?? false),
  };
}
