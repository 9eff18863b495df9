// The Entities view, symbols, and adding a name to the catalog, in a real VS Code.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CatalogEntity } from '../../src/core/model';
import type { CorpusLensApi } from '../../src/extension/main';
import { api, ARTICLE_004, corpusUri, open, readText, until } from './support';

describe('entities in VS Code', () => {
  let lens: CorpusLensApi;

  before(async () => {
    lens = await api();
  });

  it('lists entities by type with counts in the Entities view', () => {
    const view = lens.entitiesView;
    const types = view.getChildren().map((n) => view.getTreeItem(n).label);
    assert.deepEqual(types.slice(0, 3), ['People', 'Organisations', 'Places']);
    const people = view.getChildren().find((n) => n.kind === 'type' && n.type === 'person')!;
    const assad = view.getChildren(people).map((n) => view.getTreeItem(n)).find((i) => i.label === 'Bashar al-Assad');
    assert.ok(assad, 'Bashar al-Assad is listed');
    assert.match(String(assad.description), / in 5$/);
  });

  it('outlines the entities of an article as document symbols', async () => {
    const editor = await open(ARTICLE_004);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((s) => s.name);
    assert.equal(names[0], 'Bashar al-Assad');
    assert.ok(names.includes('Bashar al-Jaafari') && names.includes('Vladimir Putin'), names.join());
  });

  it('finds entities of the whole corpus as workspace symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'jaafari');
    assert.ok(symbols.some((s) => s.name === 'Bashar al-Jaafari'), symbols.map((s) => s.name).join());
  });

  it('adds a name the catalog lacks to entities.yaml', async () => {
    const catalogUri = corpusUri('entities.yaml');
    const original = await vscode.workspace.fs.readFile(catalogUri);
    try {
      const candidate = lens.service.candidates().find((c) => c.name === 'Vnukovo International Airport');
      assert.ok(candidate, 'the airport is a candidate');
      const added = await vscode.commands.executeCommand<CatalogEntity>('corpusLens.addCandidateToCatalog', candidate.keys[0]);
      assert.match(await readText(catalogUri), /name: Vnukovo International Airport/);
      const uri = corpusUri(ARTICLE_004).toString();
      await until('the mention linked to the new entry', () =>
        lens.service.analysis(uri)!.entities.find((m) => m.text === 'Vnukovo International Airport' && m.entity === added.id),
      );
    } finally {
      await vscode.workspace.fs.writeFile(catalogUri, original);
    }
  });
});
