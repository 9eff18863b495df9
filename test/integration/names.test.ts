// Names the user selects or types, in a real VS Code: the annotate picker's
// first item, and workspace symbols (Ctrl+T) by alias.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../src/extension/main';
import { entityPickItems, NEW_ENTITY } from '../../src/extension/commands/entityPicker';
import { api, ARTICLE_004, corpusUri, open, positionOf, readText, until } from './support';

describe('names in VS Code', () => {
  let lens: CorpusLensApi;

  before(async () => {
    lens = await api();
  });

  it('puts the catalog entity the selection names first in the annotate picker', () => {
    const catalog = lens.service.catalog();
    for (const [selected, id] of [['Moscow', 'moscow'], ['Kiev', 'kyiv'], ['Denis Pushilin', 'denis-pushilin']]) {
      const items = entityPickItems(catalog, selected, undefined);
      assert.equal(items[0].id, id, selected);
      assert.equal(items[1].id, NEW_ENTITY);
    }
    assert.equal(entityPickItems(catalog, 'Someone New', undefined)[0].id, NEW_ENTITY);
    assert.equal(entityPickItems(catalog, 'the president', 'bashar-al-assad')[0].id, 'bashar-al-assad', 'the recognised entity');
  });

  it('finds an entity by an alias as a workspace symbol, labelled with it', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Kiev');
    assert.ok(symbols.some((s) => s.name === 'Kyiv (Kiev)'), symbols.map((s) => s.name).join());
  });

  it('offers Ignore This Name on a name the catalog lacks; the name goes into `ignore`, and undo takes it back', async () => {
    const editor = await open(ARTICLE_004);
    const name = 'Vnukovo International Airport';
    const at = positionOf(editor.document, name);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(at, at));
    const fix = actions.find((a) => a.title === `Ignore “${name}” in this corpus`);
    assert.ok(fix?.command, actions.map((a) => a.title).join());
    const catalogUri = corpusUri('entities.yaml');
    const before = await readText(catalogUri);
    assert.equal(await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? [])), true);
    assert.match(await readText(catalogUri), new RegExp(`^ignore: \\[.*, ${name}\\]$`, 'm'));
    const uri = editor.document.uri.toString();
    await until('the name no longer recognised', () => !lens.service.analysis(uri)!.entities.some((m) => m.text === name));
    assert.equal(await lens.service.undo(), 1);
    assert.equal(await readText(catalogUri), before);
  });

  it('refuses to ignore a name the catalog has', async () => {
    assert.equal(await vscode.commands.executeCommand('corpusLens.ignoreName', 'Kiev'), false);
  });
});
