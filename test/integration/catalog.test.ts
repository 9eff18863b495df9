// A YAML syntax error in entities.yaml: the last catalog that parsed stays in
// use (hover, Go to Definition), the error is reported on its line and not
// drowned in a cascade, the status bar says so, and nothing writes to the
// catalog until it parses again.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../src/extension/main';
import { api, ARTICLE_003, ARTICLE_004, catalogAnswers, corpusUri, hoverAt, open, positionOf, readText, select, until } from './support';

describe('a catalog with a syntax error', () => {
  let lens: CorpusLensApi;

  before(async () => {
    lens = await api();
  });

  it('keeps the last good catalog in use, reports the error on its line, says so in the status bar and refuses catalog writes', async () => {
    const catalogUri = corpusUri('entities.yaml');
    const original = await readText(catalogUri);
    assert.equal(lens.service.catalogHealth(), 'ok');
    assert.equal(lens.statusBar().warning, false);
    assert.doesNotMatch(lens.statusBar().text, /last good/);

    const lines = original.split('\n');
    const typo = lines.indexOf('    wikidata: Q326009');
    assert.ok(typo > 0, 'the line to break is in the sample catalog');
    lines[typo] = '    wikidata: Q326009: x: y';
    const broken = lines.join('\n');
    await vscode.workspace.fs.writeFile(catalogUri, new TextEncoder().encode(broken));
    try {
      await until('the catalog in use is the last good one', () => lens.service.catalogHealth() === 'lastGood' || undefined);

      // the status bar says so, on the warning background, and a click shows Problems
      const status = await until('the status bar', () => (/last good/.test(lens.statusBar().text) ? lens.statusBar() : undefined));
      assert.match(status.text, /\$\(warning\) catalog: last good version/);
      assert.equal(status.warning, true);
      assert.match(status.tooltip, /entities\.yaml does not parse/);
      assert.match(status.tooltip, /last version of it that did is in use/);
      assert.match(status.tooltip, /will not write to it until it is fixed/);

      // the error on its line, and only a few problems, not a cascade
      const diagnostics = await until('syntax diagnostics on the catalog', () => {
        const found = vscode.languages.getDiagnostics(catalogUri).filter((d) => d.code === 'syntax');
        return found.length ? found : undefined;
      });
      assert.equal(diagnostics[0].range.start.line, typo, diagnostics.map((d) => `${d.range.start.line}: ${d.message}`).join('\n'));
      assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
      assert.ok(vscode.languages.getDiagnostics(catalogUri).length <= 5, `${vscode.languages.getDiagnostics(catalogUri).length} problems on the catalog`);

      // the last good catalog still links names: hover card and Go to Definition
      const editor = await open(ARTICLE_004);
      const putin = positionOf(editor.document, 'Putin');
      assert.match(await hoverAt(editor.document.uri, putin), /Vladimir Putin/);
      assert.match(await hoverAt(editor.document.uri, putin), /President of Russia/);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', editor.document.uri, putin);
      assert.equal(locations.length, 1);
      assert.ok(locations[0].uri.path.endsWith('/entities.yaml'), locations[0].uri.toString());
      const catalog = await vscode.workspace.openTextDocument(locations[0].uri);
      assert.match(catalog.lineAt(locations[0].range.start.line).text, /id: vladimir-putin/);

      // adding a name, or annotating with a new entity, is refused and the catalog left as it is
      const candidate = lens.service.candidates().find((c) => c.name === 'Vnukovo International Airport');
      assert.ok(candidate, 'the airport is a candidate');
      const answers = catalogAnswers({ type: 'location', id: 'vnukovo' });
      assert.equal(await vscode.commands.executeCommand('corpusLens.addCandidateToCatalog', candidate.keys[0], answers), undefined);
      assert.deepEqual(answers.asked, [], 'refused before any question');
      assert.equal(await readText(catalogUri), broken);

      const article = await open(ARTICLE_003);
      const sidecarUri = corpusUri(`${ARTICLE_003}.annotations.yaml`);
      const sidecarBefore = await readText(sidecarUri).catch(() => undefined);
      select(article, 'Alexander Lavrentiev');
      const made = await vscode.commands.executeCommand('corpusLens.annotateSelection', { newEntityName: 'Alexander Lavrentiev', type: 'person' });
      assert.equal(made, undefined, 'refused');
      assert.equal(await readText(catalogUri), broken);
      assert.equal(await readText(sidecarUri).catch(() => undefined), sidecarBefore, 'no annotation written either');
    } finally {
      await vscode.workspace.fs.writeFile(catalogUri, new TextEncoder().encode(original));
    }
    await until('the catalog parsed again', () => lens.service.catalogHealth() === 'ok' || undefined);
    await until('the status bar back to normal', () => !lens.statusBar().warning || undefined);
    assert.equal(vscode.languages.getDiagnostics(catalogUri).filter((d) => d.code === 'syntax').length, 0);
  });
});
