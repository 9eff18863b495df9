// Orphaned annotations where the user looks: a Problems entry and a marker
// in the editor, the "Re-attach here" quick fix on the place where the
// quote is found again, and the command that re-attaches an orphan to the
// selection. Each test writes an article of its own and removes it after.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model';
import type { CorpusLensApi } from '../../src/extension/main';
import { api, corpusUri, open, readText, select, until } from './support';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const sidecarOf = (uri: vscode.Uri) => vscode.Uri.parse(`${uri.toString()}.annotations.yaml`);

/** The sidecar entry of one annotation, as text (from its `- id:` line to the next). */
function entryOf(sidecar: string, id: string): string {
  const entries = sidecar.split(/^ {2}- /m);
  const entry = entries.find((e) => e.startsWith(`id: ${id}\n`));
  assert.ok(entry, `annotation ${id} is in the sidecar:\n${sidecar}`);
  return entry;
}

const codePoints = (text: string, upTo: string, occurrence = 0) => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(upTo, at + 1);
  return [...text.slice(0, at)].length;
};

describe('orphaned annotations in VS Code', () => {
  let lens: CorpusLensApi;
  const created: vscode.Uri[] = [];

  before(async () => {
    lens = await api();
  });

  /** A new article of the corpus with this text, open in an editor once indexed. */
  async function article(name: string, text: string): Promise<vscode.TextEditor> {
    const uri = corpusUri(name);
    created.push(uri, sidecarOf(uri));
    await write(uri, text);
    await until(`${name} indexed`, () => lens.service.analysis(uri.toString()));
    return open(name);
  }

  /** Rewrites the article on disk and waits until the editor and the service have the new text. */
  async function rewrite(editor: vscode.TextEditor, text: string): Promise<void> {
    await write(editor.document.uri, text);
    await until('the editor reloaded from disk', () => editor.document.getText() === text);
    await until('the article re-analysed', () => lens.service.analysis(editor.document.uri.toString())?.text.text === text);
  }

  afterEach(async () => {
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await until('the test articles out of the index', () => lens.service.articles().every((a) => !a.includes('/zz-')) || undefined);
  });

  it('shows an orphan in Problems on the place its quote is found again, and "Re-attach here" puts it there', async () => {
    const first = 'Denis Pushilin spoke in Donetsk on Monday about the vote.\n';
    const second = 'Later that week, reporters in Moscow asked Denis Pushilin whether the results would stand.\n';
    const last = 'The count was published on Friday.\n';
    const editor = await article('zz-orphan-candidate.txt', `${first}\n${second}\n${last}`);
    const uri = editor.document.uri;
    select(editor, 'Denis Pushilin', 1);
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'asked in Moscow' });
    assert.ok(annotation, 'annotated');
    assert.equal(vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'orphaned').length, 0, 'no orphan yet');

    // the annotated sentence is deleted on disk; the other mention has another context
    const edited = `${first}\n${last}`;
    await rewrite(editor, edited);
    const diagnostic = await until('an orphan diagnostic on the article', () =>
      vscode.languages.getDiagnostics(uri).find((d) => d.code === 'orphaned' && d.message.includes(annotation.id)),
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.source, 'Corpus Lens');
    const candidate = new vscode.Range(0, 0, 0, 'Denis Pushilin'.length);
    assert.ok(diagnostic.range.isEqual(candidate), `on the candidate, not at ${JSON.stringify(diagnostic.range)}`);
    // the article changed on disk, so its sidecar is saved again, the annotation as an orphan
    await until('the sidecar saved with the orphan', async () => /status: orphaned/.test(entryOf(await readText(sidecarOf(uri)), annotation.id)) || undefined);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const fix = actions.find((a) => a.title.startsWith('Re-attach here'));
    assert.ok(fix?.command, `a "Re-attach here" quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    const placed = await vscode.commands.executeCommand<Annotation>(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(placed, 'the quick fix re-attached it');

    const entry = entryOf(await readText(sidecarOf(uri)), annotation.id);
    assert.doesNotMatch(entry, /status: orphaned/);
    assert.match(entry, new RegExp(`start: ${codePoints(edited, 'Denis Pushilin')}\\n`));
    assert.match(entry, new RegExp(`end: ${codePoints(edited, 'Denis Pushilin') + 'Denis Pushilin'.length}\\n`));
    assert.match(entry, /note: asked in Moscow/, 'the same annotation, note kept');
    await until('the orphan diagnostic gone', () => !vscode.languages.getDiagnostics(uri).some((d) => d.code === 'orphaned') || undefined);
    const anchored = lens.service.analysis(uri.toString())!.annotations.find((a) => a.annotation.id === annotation.id);
    assert.equal(anchored?.status, 'anchored');
  });

  it('re-attaches an orphan to the selection with Re-attach Orphaned Annotation to Selection, given its id', async () => {
    const text = 'The mayor of Kherson met aid workers at the station.\n\nA convoy left Zaporizhzhia at dawn.\n';
    const editor = await article('zz-orphan-reattach.txt', text);
    const uri = editor.document.uri;
    select(editor, 'Kherson');
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'the city' });
    assert.ok(annotation, 'annotated');

    const edited = 'The governor inspected the bridge on the river.\n\nA convoy left Zaporizhzhia at dawn.\n';
    await rewrite(editor, edited);
    await until('the annotation orphaned', () =>
      lens.service.analysis(uri.toString())!.annotations.find((a) => a.annotation.id === annotation.id && a.status === 'orphaned'),
    );
    await until('its diagnostic', () => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'orphaned'));

    select(editor, 'governor');
    const placed = await vscode.commands.executeCommand<Annotation>('corpusLens.reattachAnnotation', annotation.id);
    assert.ok(placed, 'the command returns the re-attached annotation');
    assert.equal(placed.id, annotation.id);
    assert.equal(placed.exact, 'governor');

    const entry = entryOf(await readText(sidecarOf(uri)), annotation.id);
    assert.doesNotMatch(entry, /status: orphaned/);
    assert.match(entry, /exact: governor\n/);
    assert.match(entry, new RegExp(`start: ${codePoints(edited, 'governor')}\\n`));
    assert.match(entry, /note: the city/);
    await until('the orphan diagnostic gone', () => !vscode.languages.getDiagnostics(uri).some((d) => d.code === 'orphaned') || undefined);
  });

  it('refuses to re-attach without a selection and leaves the sidecar untouched', async () => {
    const text = 'Officials in Mariupol counted the damage.\n';
    const editor = await article('zz-orphan-noselection.txt', text);
    select(editor, 'Mariupol');
    const annotation = await vscode.commands.executeCommand<Annotation>('corpusLens.annotateSelection', { note: 'port' });
    assert.ok(annotation);
    await rewrite(editor, 'Officials counted the damage in the port.\n');
    await until('the annotation orphaned', () =>
      lens.service.analysis(editor.document.uri.toString())!.annotations.find((a) => a.annotation.id === annotation.id && a.status === 'orphaned'),
    );
    // the orphan is re-saved after the analysis shows it: compare against the file once it is
    const before = await until('the sidecar saved with the orphan', async () => {
      const saved = await readText(sidecarOf(editor.document.uri));
      return /status: orphaned/.test(saved) ? saved : undefined;
    });
    editor.selection = new vscode.Selection(0, 3, 0, 3);
    assert.equal(await vscode.commands.executeCommand('corpusLens.reattachAnnotation', annotation.id), undefined);
    assert.equal(await readText(sidecarOf(editor.document.uri)), before);
  });
});
