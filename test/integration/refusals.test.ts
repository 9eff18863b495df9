// A command whose change is refused says so and returns a failure: never
// "deleted", "saved" or "undone" after a refusal, and the file is untouched.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model';
import type { CorpusLensApi } from '../../src/extension/main';
import { api, ARTICLE_001, corpusUri, open, readText, select, until } from './support';

const MALFORMED = 'version: 1\nsource: x.txt\nannotations:\n  - id: a\n    start: [1\n';

describe('refused changes in VS Code', () => {
  let lens: CorpusLensApi;
  const sidecarUri = corpusUri(`${ARTICLE_001}.annotations.yaml`);
  let saved: Uint8Array | undefined;

  before(async () => {
    lens = await api();
  });

  beforeEach(async () => {
    saved = await vscode.workspace.fs.readFile(sidecarUri).then((b) => b, () => undefined);
  });

  afterEach(async () => {
    if (saved) await vscode.workspace.fs.writeFile(sidecarUri, saved);
    else await vscode.workspace.fs.delete(sidecarUri).then(undefined, () => undefined);
    await until('the sidecar readable again', () => !vscode.languages.getDiagnostics(sidecarUri).length || undefined);
  });

  async function breakSidecar(): Promise<void> {
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(MALFORMED));
    await until('the malformed sidecar reported', () => vscode.languages.getDiagnostics(sidecarUri).length || undefined);
  }

  it('Delete Annotation on an article whose sidecar is malformed returns false and leaves the file untouched', async () => {
    const editor = await open(ARTICLE_001);
    select(editor, 'Luhansk');
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'to delete' });
    assert.ok(annotation, 'annotated');
    await breakSidecar();
    const deleted = await vscode.commands.executeCommand('corpusLens.deleteAnnotation', { uri: editor.document.uri.toString(), id: annotation.id });
    assert.equal(deleted, false);
    assert.equal(await readText(sidecarUri), MALFORMED);
  });

  it('Set Publication Date on an article whose sidecar is malformed returns false and leaves the file untouched', async () => {
    await open(ARTICLE_001);
    await breakSidecar();
    assert.equal(await vscode.commands.executeCommand('corpusLens.setPublicationDate', '2022-02-22'), false);
    assert.equal(await readText(sidecarUri), MALFORMED);
    assert.notEqual(lens.service.analysis(corpusUri(ARTICLE_001).toString())?.published?.value, '2022-02-22');
  });

  it('a refused undo returns no count, leaves the file untouched and keeps the change to undo later', async () => {
    const editor = await open(ARTICLE_001);
    select(editor, 'Donetsk');
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'to undo' });
    assert.ok(annotation, 'annotated');
    const written = await readText(sidecarUri);
    await breakSidecar();
    assert.equal(await vscode.commands.executeCommand('corpusLens.undoAnnotationChange'), undefined, 'refused, not "undone"');
    assert.equal(await readText(sidecarUri), MALFORMED);

    // once the sidecar reads again, the same change is undone
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(written));
    const uri = editor.document.uri.toString();
    await until('the annotation loaded again', () => lens.service.analysis(uri)!.annotations.find((a) => a.annotation.id === annotation.id));
    assert.equal(await vscode.commands.executeCommand('corpusLens.undoAnnotationChange'), 1);
    assert.doesNotMatch(await readText(sidecarUri), new RegExp(`id: ${annotation.id}`));
  });
});
