// A merge conflict left by `corpus-lens merge-driver` in a sidecar: an
// error in Problems on its `status: conflict` line, with the quick fixes
// "Keep ours / Keep theirs / Keep both"; a fix resolves the file and its
// annotations are loaded again.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../src/extension/main';
import { api, corpusUri, readText, until } from './support';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

const ARTICLE = 'Denis Pushilin spoke in Donetsk on Monday.\n';
const version = (note: string, side: string) => `  - id: pushil
    start: 0
    end: 14
    exact: Denis Pushilin
    note: ${note}
    created: 2026-11-23T10:00:00Z
    status: conflict
    side: ${side}
`;
const CONFLICTED = `version: 1\nsource: zz-conflict.txt\nannotations:\n${version('ours', 'ours')}${version('theirs', 'theirs')}`;

describe('merge conflicts in VS Code', () => {
  let lens: CorpusLensApi;
  const article = corpusUri('zz-conflict.txt');
  const sidecar = vscode.Uri.parse(`${article.toString()}.annotations.yaml`);

  before(async () => {
    lens = await api();
  });

  after(async () => {
    for (const uri of [sidecar, article]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await until('the test article out of the index', () => !lens.service.articles().some((a) => a.includes('/zz-conflict')) || undefined);
  });

  it('shows the conflict in Problems, and "Keep theirs" resolves it', async () => {
    await write(article, ARTICLE);
    await write(sidecar, CONFLICTED);
    const diagnostic = await until('a conflict diagnostic on the sidecar', () => vscode.languages.getDiagnostics(sidecar).find((d) => d.code === 'conflict'));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.range.start.line, CONFLICTED.split('\n').indexOf('    status: conflict'));
    assert.match(diagnostic.message, /pushil.*`note`/);
    assert.equal(lens.service.analysis(article.toString())?.annotations.length ?? 0, 0, 'not loaded while in conflict');

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sidecar));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', sidecar, diagnostic.range);
    const titles = actions.map((a) => a.title);
    for (const title of ['Keep ours', 'Keep theirs', 'Keep both']) assert.ok(titles.includes(title), `${title} among ${titles.join(' | ')}`);
    const fix = actions.find((a) => a.title === 'Keep theirs')!;
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    const resolved = await vscode.commands.executeCommand<boolean>(fix.command!.command, ...(fix.command!.arguments ?? []));
    assert.equal(resolved, true);

    const text = await readText(sidecar);
    assert.doesNotMatch(text, /status: conflict|side:|note: ours/);
    assert.match(text, /note: theirs/);
    await until('the conflict diagnostic gone', () => !vscode.languages.getDiagnostics(sidecar).some((d) => d.code === 'conflict') || undefined);
    const loaded = await until('the annotation loaded', () => lens.service.analysis(article.toString())?.annotations.find((a) => a.annotation.id === 'pushil'));
    assert.equal(loaded.annotation.note, 'theirs');
  });
});
