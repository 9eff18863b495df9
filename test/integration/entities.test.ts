// The Entities view, symbols, and adding a name to the catalog, in a real VS Code.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CatalogEntity } from '../../src/core/model';
import type { CorpusLensApi } from '../../src/extension/main';
import { api, ARTICLE_004, catalogAnswers, corpusUri, open, readText, until } from './support';

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
    assert.match(String(assad.description), /^\d+ mentions in 5 articles$/, 'a catalog entity says nothing about the catalog');
    const organisations = view.getChildren().find((n) => n.kind === 'type' && n.type === 'organization')!;
    const candidate = view.getChildren(organisations).map((n) => view.getTreeItem(n)).find((i) => i.contextValue === 'candidate')!;
    assert.match(String(candidate.description), / · not in catalog$/);
  });

  it('filters the Entities view by names and aliases, and sorts it by name or count', async () => {
    const view = lens.entitiesView;
    const rows = () => view.getChildren().flatMap((t) => view.getChildren(t)).map((n) => String(view.getTreeItem(n).label));
    try {
      await vscode.commands.executeCommand('corpusLens.filterEntities', 'KIEV');
      assert.deepEqual(rows(), ['Kyiv'], 'found by its alias');
      assert.equal(view.description, 'filter: KIEV');
      assert.equal(view.message, undefined);
      const heading = view.getTreeItem(view.getChildren()[0]);
      assert.equal(heading.collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'filtered, the headings open');
      await vscode.commands.executeCommand('corpusLens.filterEntities', 'no such name');
      assert.deepEqual(rows(), []);
      assert.equal(view.message, 'No entity matches “no such name”.');
      await vscode.commands.executeCommand('corpusLens.clearEntityFilter');
      assert.equal(view.filter, undefined);
      assert.equal(view.description, undefined);
      assert.ok(rows().length > 20);

      const people = () => view.getChildren(view.getChildren().find((n) => n.kind === 'type' && n.type === 'person')!);
      const counts = people().map((n) => (n.kind === 'entity' ? n.summary.mentions : 0));
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'by count at first');
      await vscode.commands.executeCommand('corpusLens.sortEntitiesByName');
      assert.equal(view.sort, 'name');
      const names = people().map((n) => String(view.getTreeItem(n).label));
      assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    } finally {
      await vscode.commands.executeCommand('corpusLens.clearEntityFilter');
      await vscode.commands.executeCommand('corpusLens.sortEntitiesByCount');
    }
    assert.equal(view.sort, 'count');
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

  it('adds a name the catalog lacks with the type, id and description answered, and opens its entry', async () => {
    const catalogUri = corpusUri('entities.yaml');
    const original = await vscode.workspace.fs.readFile(catalogUri);
    try {
      const candidate = lens.service.candidates().find((c) => c.name === 'Vnukovo International Airport');
      assert.ok(candidate, 'the airport is a candidate');
      const answers = catalogAnswers({ type: 'location', id: 'vnukovo', description: 'Airport of Moscow', open: true });
      const added = await vscode.commands.executeCommand<CatalogEntity>('corpusLens.addCandidateToCatalog', candidate.keys[0], answers);
      assert.deepEqual(answers.asked, ['type (location)', 'id (vnukovo-international-airport)', 'description', 'added vnukovo']);
      assert.equal(added.id, 'vnukovo');
      assert.match(await readText(catalogUri), /- id: vnukovo\n\s+name: Vnukovo International Airport\n\s+type: location\n\s+description: Airport of Moscow\n/);
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), catalogUri.toString(), 'Open Entry opened the catalog');
      assert.match(editor.document.lineAt(editor.selection.active.line).text, /id: vnukovo$/);
      const uri = corpusUri(ARTICLE_004).toString();
      await until('the mention linked to the new entry', () =>
        lens.service.analysis(uri)!.entities.find((m) => m.text === 'Vnukovo International Airport' && m.entity === 'vnukovo'),
      );
    } finally {
      await vscode.workspace.fs.writeFile(catalogUri, original);
    }
  });

  it('writes nothing when a question is escaped, or the id is taken', async () => {
    const catalogUri = corpusUri('entities.yaml');
    const before = await readText(catalogUri);
    // the catalog written back by the test before is read in whole (a watcher may see it half written)
    await until('the sample catalog back', () => lens.service.catalogHealth() === 'ok' && lens.service.catalog().entities.some((e) => e.id === 'kyiv') && !lens.service.catalogEntryLocation('vnukovo'));
    const candidate = lens.service.candidates().find((c) => c.name === 'Vnukovo International Airport')!;
    const add = (answers: ReturnType<typeof catalogAnswers>) => vscode.commands.executeCommand('corpusLens.addCandidateToCatalog', candidate.keys[0], answers);
    const atType = catalogAnswers({});
    assert.equal(await add(atType), undefined);
    assert.deepEqual(atType.asked, ['type (location)']);
    const atId = catalogAnswers({ type: 'location' });
    assert.equal(await add(atId), undefined);
    assert.equal(atId.asked.length, 2);
    const atDescription = catalogAnswers({ type: 'location', id: 'vnukovo' });
    assert.equal(await add(atDescription), undefined);
    assert.deepEqual(atDescription.asked.at(-1), 'description');
    const taken = catalogAnswers({ type: 'location', id: 'kyiv' });
    assert.equal(await add(taken), undefined);
    assert.match(taken.asked[1], /refused: The id 'kyiv' is taken by Kyiv/);
    assert.equal(await readText(catalogUri), before);
  });

  it('in a folder without a catalog, asks before creating one, and groups variant spellings in the view', async () => {
    const setting = vscode.workspace.getConfiguration('corpusLens');
    const newCatalog = corpusUri('new-catalog.yaml');
    try {
      await setting.update('catalog', 'new-catalog.yaml', vscode.ConfigurationTarget.Workspace);
      await until('the corpus without a catalog', () => lens.service.catalogHealth() === 'none' || undefined);
      await lens.whenIndexed();
      const view = lens.entitiesView;
      const places = view.getChildren(view.getChildren().find((n) => n.kind === 'type' && n.type === 'location')!);
      assert.ok(places.every((n) => !String(view.getTreeItem(n).description).includes('catalog')), 'no row says "not in catalog"');
      const kyiv = places.find((n) => n.kind === 'entity' && n.summary.spellings.includes('Kiev'))!;
      assert.equal(view.getTreeItem(kyiv).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      const variants = view.getChildren(kyiv).map((n) => String(view.getTreeItem(n).label));
      assert.deepEqual([...variants].sort(), ['Kiev', 'Kiyv', 'Kyiv']);

      const key = kyiv.kind === 'entity' ? kyiv.summary.key : '';
      const declined = catalogAnswers({ create: false, type: 'location', id: 'kyiv' });
      assert.equal(await vscode.commands.executeCommand('corpusLens.addCandidateToCatalog', key, declined), undefined);
      assert.deepEqual(declined.asked, ['create new-catalog.yaml']);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(newCatalog)), 'not created');

      const accepted = catalogAnswers({ create: true, type: 'location', id: 'kyiv', description: '' });
      const added = await vscode.commands.executeCommand<CatalogEntity>('corpusLens.addCandidateToCatalog', kyiv, accepted);
      assert.deepEqual(accepted.asked, ['create new-catalog.yaml', 'type (location)', 'id (kiev)', 'description', 'added kyiv']);
      assert.deepEqual([added.name, ...added.aliases].sort(), ['Kiev', 'Kiyv', 'Kyiv']);
      assert.match(await readText(newCatalog), /^version: 1\nentities:\n {2}- id: kyiv\n/);
      assert.doesNotMatch(await readText(newCatalog), /description/);
    } finally {
      await setting.update('catalog', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(newCatalog).then(undefined, () => undefined);
    }
    await until('the sample catalog in use again', () => lens.service.catalogHealth() === 'ok' || undefined);
    await lens.whenIndexed();
  });
});
