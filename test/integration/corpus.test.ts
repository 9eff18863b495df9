// Recognition, hover, navigation and annotation inside a real VS Code, on a
// fresh temporary copy of the sample corpus.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../src/core/service';
import { api, ARTICLE_000, ARTICLE_001, ARTICLE_004, corpusUri, hoverAt, open, positionOf, readText, until } from './support';

describe('Corpus Lens in VS Code', () => {
  before(async () => {
    await api();
  });

  it('indexes the sample corpus', async () => {
    const lens = await api();
    assert.equal(lens.service.articles().length, 5);
  });

  it('hovers a person with the catalog card and corpus counts', async () => {
    const editor = await open(ARTICLE_000);
    const text = await hoverAt(editor.document.uri, positionOf(editor.document, 'Bashar al-Assad'));
    assert.match(text, /Bashar al\\-Assad/);
    assert.match(text, /Person/);
    assert.match(text, /President of Syria/);
    assert.match(text, /mentions in 5 articles/);
  });

  it('hovers a relative date with its TIMEX3 value', async () => {
    const editor = await open(ARTICLE_000);
    assert.match(await hoverAt(editor.document.uri, positionOf(editor.document, 'last month')), /2022-09/);
  });

  it('goes to the catalog entry', async () => {
    const editor = await open(ARTICLE_004);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      positionOf(editor.document, 'Putin'),
    );
    assert.equal(locations.length, 1);
    assert.ok(locations[0].uri.path.endsWith('/entities.yaml'));
    const catalog = await vscode.workspace.openTextDocument(locations[0].uri);
    assert.match(catalog.lineAt(locations[0].range.start.line).text, /id: vladimir-putin/);
  });

  it('finds references in every article, and the catalog entry as the declaration', async () => {
    const editor = await open(ARTICLE_004);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      editor.document.uri,
      positionOf(editor.document, 'Assad'),
    );
    const files = new Set(locations.map((l) => l.uri.path.slice(l.uri.path.lastIndexOf('/') + 1)));
    assert.equal(files.size, 6, [...files].join());
    assert.ok(files.has('entities.yaml'));
  });

  it('highlights the mentions in the open article', async () => {
    const editor = await open(ARTICLE_004);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      editor.document.uri,
      positionOf(editor.document, 'Putin'),
    );
    assert.equal(highlights.length, editor.document.getText().split('Putin').length - 1);
  });

  it('annotates the selection and writes the sidecar', async () => {
    const editor = await open(ARTICLE_000);
    const start = positionOf(editor.document, 'Faysal Mikdad').translate(0, -1);
    editor.selection = new vscode.Selection(start, start.translate(0, 'Faysal Mikdad'.length));
    const annotation = await vscode.commands.executeCommand<{ id: string; start: number }>(
      'corpusLens.annotateSelection',
      { entity: 'faysal-mikdad', note: 'Also spelled *Mekdad*.', tags: ['minister'] },
    );
    assert.ok(annotation, 'the command returns the annotation');

    const sidecarUri = corpusUri(`${ARTICLE_000}.annotations.yaml`);
    const sidecar = await readText(sidecarUri);
    assert.match(sidecar, /^source: 000_8c67307d6b1f2411\.txt$/m);
    assert.match(sidecar, /exact: Faysal Mikdad/);
    assert.match(sidecar, /entity: faysal-mikdad/);
    const codePointStart = [...editor.document.getText().slice(0, editor.document.offsetAt(start))].length;
    assert.equal(annotation.start, codePointStart);

    assert.match(await hoverAt(editor.document.uri, start.translate(0, 2)), /Also spelled \\\*Mekdad\\\*\\\./, 'the note is shown, escaped');
  });

  it('reports a malformed sidecar on its line and leaves it untouched', async () => {
    const sidecarUri = corpusUri(`${ARTICLE_001}.annotations.yaml`);
    const broken = 'version: 1\nsource: x.txt\nannotations:\n  - id: a\n    start: [1\n';
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(broken));
    const diagnostics = await until('a diagnostic on the sidecar', () => {
      const found = vscode.languages.getDiagnostics(sidecarUri);
      return found.length ? found : undefined;
    });
    assert.ok(diagnostics[0].range.start.line >= 3);

    const editor = await open(ARTICLE_001);
    editor.selection = new vscode.Selection(positionOf(editor.document, 'Luhansk').translate(0, -1), positionOf(editor.document, 'Luhansk').translate(0, 6));
    const result = await vscode.commands.executeCommand('corpusLens.annotateSelection', { entity: 'luhansk' });
    assert.equal(result, undefined);
    assert.equal(await readText(sidecarUri), broken);
    await vscode.workspace.fs.delete(sidecarUri);
  });

  it('follows corpusLens.decorations.enabled at once, without a restart', async () => {
    const lens = await api();
    const editor = await open(ARTICLE_001);
    const uri = editor.document.uri.toString();
    const setting = vscode.workspace.getConfiguration('corpusLens');
    await until('the mentions underlined', () => (lens.underlined(uri) ?? 0) > 0 || undefined);
    const service = lens.service;
    try {
      await setting.update('decorations.enabled', false, vscode.ConfigurationTarget.Workspace);
      await until('no mention underlined', () => lens.underlined(uri) === 0 || undefined);
      assert.equal(lens.service, service, 'the corpus was not rebuilt for it');
    } finally {
      await setting.update('decorations.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('the mentions underlined again', () => (lens.underlined(uri) ?? 0) > 0 || undefined);
  });

  it('says which setting raises the size limit of a skipped article', async () => {
    const big = corpusUri('999_too_large.txt');
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode('Vladimir Putin spoke. '.repeat(300_000)));
    try {
      const diagnostics = await until('a diagnostic on the large article', () => {
        const found = vscode.languages.getDiagnostics(big);
        return found.length ? found : undefined;
      });
      assert.match(diagnostics[0].message, /larger than the size limit/);
      assert.match(diagnostics[0].message, /setting corpusLens\.maxFileSize/);
      assert.equal(diagnostics[0].code, 'too-large');
    } finally {
      await vscode.workspace.fs.delete(big);
    }
  });

  it('escapes catalog text in hovers', async () => {
    const lens = await api();
    const catalogUri = corpusUri('entities.yaml');
    const original = await vscode.workspace.fs.readFile(catalogUri);
    const hostile = new TextDecoder()
      .decode(original)
      .replace('description: President of Russia', 'description: "<img src=x onerror=alert(1)> [click](command:workbench.action.quit)"');
    await vscode.workspace.fs.writeFile(catalogUri, new TextEncoder().encode(hostile));
    try {
      await until('the catalog reload', () =>
        lens.service.catalog().entities.find((e) => e.id === 'vladimir-putin')?.description?.startsWith('<img'),
      );
      const editor = await open(ARTICLE_004);
      const text = await hoverAt(editor.document.uri, positionOf(editor.document, 'Putin'));
      assert.match(text, /\\<img/, 'the description is shown, escaped');
      assert.doesNotMatch(text, /(^|[^\\])<img/, text);
      const commands = [...text.matchAll(/\]\(command:([^?)]+)/g)].map((m) => m[1]);
      assert.ok(commands.every((c) => Object.values<string>(HOVER_COMMANDS).includes(c)), `only the card's own commands: ${commands.join()}`);
    } finally {
      await vscode.workspace.fs.writeFile(catalogUri, original);
    }
  });
});
