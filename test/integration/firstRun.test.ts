// A first run without surprises: articles wrap, and the walkthrough is there.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, ARTICLE_000, open } from './support';

describe('first run', () => {
  before(api);

  it('wraps the lines of a .txt article', async () => {
    const editor = await open(ARTICLE_000);
    assert.equal(editor.document.languageId, 'plaintext');
    assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on');
  });

  it('contributes the walkthrough, its steps on commands that exist', async () => {
    const extension = vscode.extensions.getExtension('corpus-lens.corpus-lens')!;
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as { steps: { id: string; description: string }[] }[];
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['open', 'hover', 'navigate', 'annotate', 'timeline', 'export']);
    const commands = new Set(await vscode.commands.getCommands());
    for (const step of walkthrough.steps) {
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(id), `${step.id}: ${id}`);
    }
  });

  it('names types one way in the Outline', async () => {
    const editor = await open(ARTICLE_000);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const details = new Set(symbols.map((s) => s.detail.split(' · ')[0]));
    assert.ok([...details].every((d) => ['Person', 'Organisation', 'Place', 'Other'].includes(d)), [...details].join());
    assert.ok(details.has('Place'));
  });
});
