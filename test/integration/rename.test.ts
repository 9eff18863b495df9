// Entities as symbols in a real VS Code: F2 renames a catalog entity through
// Corpus Lens's own writes (VS Code gets an empty edit), the id change
// reaches the sidecars, and each is one Corpus Lens undo step.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../src/extension/main';
import { api, ARTICLE_000, corpusUri, open, positionOf, readText, select, until } from './support';

describe('rename entities', () => {
  let lens: CorpusLensApi;

  before(async () => {
    lens = await api();
  });

  it('F2 renames the entity in the catalog, the id change rewrites the sidecars, undo takes both back', async () => {
    const catalogUri = corpusUri('entities.yaml');
    const sidecarUri = corpusUri(`${ARTICLE_000}.annotations.yaml`);
    const catalogBefore = await readText(catalogUri);
    const editor = await open(ARTICLE_000);
    select(editor, 'Kiev');
    assert.ok(await vscode.commands.executeCommand('corpusLens.annotateSelection', { entity: 'kyiv', note: 'to rename' }));
    const sidecarBefore = await readText(sidecarUri);

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider', editor.document.uri, positionOf(editor.document, 'Kiev'), 'Kyiv City',
    );
    assert.equal(edit.size, 0, 'VS Code applies nothing itself');
    assert.match(await readText(catalogUri), /name: Kyiv City\n\s+type: location\n\s+aliases: \[Kiev, Kiyv, Kyiv\]/);

    await vscode.commands.executeCommand('corpusLens.renameEntity', 'kyiv', { id: 'kyiv-city' });
    assert.match(await readText(sidecarUri), /entity: kyiv-city/);
    const uri = editor.document.uri.toString();
    await until('mentions linked to the new id', () => lens.service.analysis(uri)!.entities.some((m) => m.text === 'Kiev' && m.entity === 'kyiv-city'));

    assert.equal(await lens.service.undo(), 2, 'the id change: catalog and sidecar');
    assert.equal(await readText(sidecarUri), sidecarBefore);
    assert.equal(await lens.service.undo(), 1, 'the rename: the catalog');
    assert.equal(await readText(catalogUri), catalogBefore);
    await lens.service.undo(); // the annotation made for this test
  });

  it('F2 offers the entity name, and on a name the catalog lacks says why it cannot rename', async () => {
    const editor = await open(ARTICLE_000);
    const analysis = lens.service.analysis(editor.document.uri.toString())!;
    const at = (offset: number) => {
      const p = analysis.text.positionAt(offset);
      return new vscode.Position(p.line, p.character);
    };
    const kiev = analysis.entities.find((m) => m.text === 'Kiev')!;
    const prepared = await vscode.commands.executeCommand<{ placeholder: string }>('vscode.prepareRename', editor.document.uri, at(kiev.start + 1));
    assert.equal(prepared?.placeholder, 'Kyiv');
    const candidate = analysis.entities.find((m) => m.entity === null)!;
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', editor.document.uri, at(candidate.start + 1))),
      /Only a catalog entity can be renamed/,
    );
  });
});
