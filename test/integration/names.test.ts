// Names the user selects or types, in a real VS Code: the annotate picker's
// first item, and workspace symbols (Ctrl+T) by alias.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../src/extension/main';
import { entityPickItems, NEW_ENTITY } from '../../src/extension/commands/entityPicker';
import { api } from './support';

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
});
