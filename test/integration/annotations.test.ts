// Annotation commands, the Annotations view, re-anchoring on unsaved edits
// and the file watcher, inside a real VS Code.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model';
import type { CorpusLensApi } from '../../src/extension/main';
import { api, ARTICLE_002, ARTICLE_003, ARTICLE_004, corpusUri, hoverAt, open, positionOf, readText, select, until } from './support';

const sidecarUri = (article: string) => corpusUri(`${article}.annotations.yaml`);

describe('annotations in VS Code', () => {
  let lens: CorpusLensApi;

  before(async () => {
    lens = await api();
  });

  it('annotates every identical mention in the corpus with one command, and one undo takes them back', async () => {
    const editor = await open(ARTICLE_004);
    select(editor, 'Putin', 1);
    const preview = lens.service.findIdentical('Putin');
    const expected = [...preview.values()].reduce((n, spans) => n + spans.length, 0);
    const made = await vscode.commands.executeCommand<Annotation[]>('corpusLens.annotateIdenticalInCorpus', {
      answers: { entity: 'vladimir-putin' },
      confirmed: true,
    });
    assert.equal(made.length, expected);
    assert.ok(preview.size >= 3, `Putin appears in ${preview.size} articles`);
    for (const uri of preview.keys()) {
      const name = uri.slice(uri.lastIndexOf('/') + 1);
      assert.match(await readText(sidecarUri(name)), /entity: vladimir-putin/);
    }

    const undone = await vscode.commands.executeCommand<number>('corpusLens.undoAnnotationChange');
    assert.equal(undone, preview.size);
    for (const uri of preview.keys()) assert.equal(lens.service.analysis(uri)!.annotations.length, 0);
  });

  it('keeps the undo history across a Re-index, which rebuilds the corpus', async () => {
    const editor = await open(ARTICLE_002);
    select(editor, 'Kyiv');
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'before re-index' });
    assert.ok(annotation);
    const before = lens.service;
    await vscode.commands.executeCommand('corpusLens.reindex');
    assert.notEqual(lens.service, before, 'a new service for the corpus');
    assert.equal(await vscode.commands.executeCommand<number>('corpusLens.undoAnnotationChange'), 1);
    assert.doesNotMatch(await readText(sidecarUri(ARTICLE_002)), new RegExp(annotation.id));
  });

  it('edits and deletes an annotation through its commands', async () => {
    const editor = await open(ARTICLE_004);
    select(editor, 'Mikhail Bogdanov');
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'first' });
    const uri = editor.document.uri.toString();
    const target = { uri, id: annotation.id };

    await vscode.commands.executeCommand('corpusLens.editAnnotation', target, { note: 'edited', tags: ['russia'] });
    const sidecar = await readText(sidecarUri(ARTICLE_004));
    assert.match(sidecar, /note: edited/);
    assert.match(sidecar, /tags: \[russia\]/);

    await vscode.commands.executeCommand('corpusLens.deleteAnnotation', target);
    assert.doesNotMatch(await readText(sidecarUri(ARTICLE_004)), new RegExp(annotation.id));
  });

  it('asks which annotation to delete when the cursor is on none, even when the article has only one', async () => {
    const editor = await open(ARTICLE_004);
    select(editor, 'Mikhail Bogdanov');
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'only one' });
    assert.equal(lens.service.analysis(editor.document.uri.toString())!.annotations.length, 1);
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    // Escape on the question: nothing deleted. A command that deleted without asking settles at once.
    let settled = false;
    const deleting = Promise.resolve(vscode.commands.executeCommand('corpusLens.deleteAnnotation')).finally(() => (settled = true));
    for (let i = 0; i < 100 && !settled; i++) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(await deleting, false);
    assert.match(await readText(sidecarUri(ARTICLE_004)), new RegExp(annotation.id));

    await vscode.commands.executeCommand('corpusLens.deleteAnnotation', { uri: editor.document.uri.toString(), id: annotation.id });
  });

  it('lists annotations in the Annotations view and flags an orphan after its sentence is deleted', async () => {
    const editor = await open(ARTICLE_004);
    select(editor, 'welcomed the expansion');
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'will be orphaned' });
    const view = lens.annotationsView;
    const articleNode = view.getChildren().find((n) => n.uri === editor.document.uri.toString());
    assert.ok(articleNode, 'the article is listed');
    const items = view.getChildren(articleNode).map((n) => view.getTreeItem(n));
    assert.ok(items.some((i) => String(i.label).includes('welcomed the expansion') && i.description === 'will be orphaned'));

    // delete the sentence in the editor, unsaved: annotations follow the open text
    const line = positionOf(editor.document, 'welcomed the expansion').line;
    await editor.edit((edit) => edit.delete(editor.document.lineAt(line).rangeIncludingLineBreak));
    const orphan = await until('the orphaned annotation', () =>
      lens.service.analysis(editor.document.uri.toString())!.annotations.find((a) => a.annotation.id === annotation.id && a.status === 'orphaned'),
    );
    assert.equal(orphan.span, undefined);
    const orphanItem = view.getChildren(articleNode).map((n) => view.getTreeItem(n)).find((i) => String(i.label).includes('orphaned'));
    assert.ok(orphanItem, 'the view flags it');
    assert.equal(orphanItem.contextValue, 'orphanedAnnotation');
    assert.match(await readText(sidecarUri(ARTICLE_004)), new RegExp(annotation.id), 'kept in the file');

    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until('the annotation anchored again', () =>
      lens.service.analysis(editor.document.uri.toString())!.annotations.find((a) => a.annotation.id === annotation.id && a.status === 'anchored'),
    );
  });

  it('resolves relative dates against a publication date the user sets', async () => {
    const editor = await open(ARTICLE_002);
    const thursday = positionOf(editor.document, 'Thursday');
    assert.match(await hoverAt(editor.document.uri, thursday), /XXXX-WXX-4/);
    await vscode.commands.executeCommand('corpusLens.setPublicationDate', '2022-06-11');
    assert.match(await readText(sidecarUri(ARTICLE_002)), /published: "?2022-06-11"?/);
    const analysis = lens.service.analysis(editor.document.uri.toString())!;
    const dates = analysis.dates.map((d) => `${d.text}=${d.value}`).join(', ');
    assert.equal(analysis.published?.value, '2022-06-11');
    assert.match(await hoverAt(editor.document.uri, thursday), /2022-06-09/, dates);
  });

  it('reloads a sidecar rewritten on disk', async () => {
    const uri = corpusUri(ARTICLE_003).toString();
    const text = lens.service.analysis(uri)!.text.text;
    const start = [...text.slice(0, text.indexOf('Alexander Lavrentiev'))].length;
    const sidecar = [
      'version: 1',
      `source: ${ARTICLE_003}`,
      'annotations:',
      '  - id: w1tch1',
      `    start: ${start}`,
      `    end: ${start + 'Alexander Lavrentiev'.length}`,
      '    exact: Alexander Lavrentiev',
      '    note: written by another tool',
      '    created: "2026-11-23T10:00:00Z"',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(sidecarUri(ARTICLE_003), new TextEncoder().encode(sidecar));
    const loaded = await until('the sidecar written on disk', () =>
      lens.service.analysis(uri)!.annotations.find((a) => a.annotation.id === 'w1tch1'),
    );
    assert.equal(loaded.status, 'anchored');
  });
});
