// The hover card's command links in a real VS Code: the provider enables
// exactly the card's commands, each link's command exists and does what it
// says with the arguments it carries; next mention says "Mention 3 of 27".

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model';
import { HOVER_COMMANDS } from '../../src/core/service';
import { api, ARTICLE_004, corpusUri, open, positionOf, readText, until } from './support';

interface CommandLink {
  readonly command: string;
  readonly args: unknown[];
}

async function hoverCard(uri: vscode.Uri, position: vscode.Position): Promise<vscode.MarkdownString> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const cards = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && /Corpus|References/.test(c.value));
  assert.equal(cards.length, 1, 'one Corpus Lens card');
  return cards[0];
}

function commandLinks(markdown: string): CommandLink[] {
  return [...markdown.matchAll(/\]\(command:([\w.]+)\?([^)]*)\)/g)].map((m) => ({ command: m[1], args: JSON.parse(decodeURIComponent(m[2])) }));
}

describe('hover card command links', () => {
  let card: vscode.MarkdownString;
  let links: CommandLink[];
  let putin: vscode.Position;

  before(async () => {
    await api();
    const editor = await open(ARTICLE_004);
    putin = positionOf(editor.document, 'Putin');
    card = await hoverCard(editor.document.uri, putin);
    links = commandLinks(card.value);
  });

  it('enables only the card’s own commands, and links to each of them once', async () => {
    assert.deepEqual(card.isTrusted, { enabledCommands: Object.values(HOVER_COMMANDS) });
    assert.equal(card.supportHtml, false);
    assert.deepEqual(links.map((l) => l.command), [HOVER_COMMANDS.findReferences, HOVER_COMMANDS.openCatalogEntry, HOVER_COMMANDS.annotate]);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of Object.values(HOVER_COMMANDS)) assert.ok(registered.has(command), command);
    assert.match(card.value, /\[\$\(globe\) Open in Wikidata\]\(https:\/\/www\.wikidata\.org\/wiki\/Q\d+\)/);
    assert.match(card.value, /\nIn this article:\n- \[line \d+\]/);
    assert.match(card.value, /\nOther articles:\n/);
  });

  it('Find All References starts from the hovered mention', async () => {
    const [uri, position] = links[0].args as [string, { line: number; character: number }];
    assert.equal(uri, corpusUri(ARTICLE_004).toString());
    await vscode.commands.executeCommand(links[0].command, ...links[0].args);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [position.line, position.character]);
    const lens = await api();
    assert.equal(lens.service.mentionAt(uri, position)?.entity, 'vladimir-putin');
  });

  it('Open Catalog Entry shows the entity’s id in entities.yaml', async () => {
    assert.equal(await vscode.commands.executeCommand(links[1].command, ...links[1].args), true);
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/entities.yaml'));
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /id: vladimir-putin/);
  });

  it('Annotate annotates the hovered mention (answers given, as a test may), and undo takes it back', async () => {
    const lens = await api();
    const article = corpusUri(ARTICLE_004).toString();
    const before = lens.service.analysis(article)!.annotations.length;
    const sidecar = corpusUri(`${ARTICLE_004}.annotations.yaml`);
    const annotation = await vscode.commands.executeCommand<Annotation>(links[2].command, ...links[2].args, { entity: 'vladimir-putin', note: 'from the hover' });
    assert.ok(annotation, 'the command returns the annotation');
    const [, range] = links[2].args as [string, { start: vscode.Position; end: vscode.Position }];
    const document = await vscode.workspace.openTextDocument(corpusUri(ARTICLE_004));
    assert.equal(annotation.exact, document.getText(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character)));
    assert.match(annotation.exact, /Putin$/);
    assert.match(await readText(sidecar), /note: from the hover/);
    assert.equal(await vscode.commands.executeCommand('corpusLens.undoAnnotationChange'), 1);
    await until('the annotation undone', () => lens.service.analysis(article)!.annotations.length === before || undefined);
  });
});

describe('next and previous mention', () => {
  it('says which mention of how many it went to', async () => {
    const lens = await api();
    const editor = await open(ARTICLE_004);
    const start = positionOf(editor.document, 'Putin');
    editor.selection = new vscode.Selection(start, start);
    const all = lens.service.references(editor.document.uri.toString(), { line: start.line, character: start.character }, false);
    const message = await vscode.commands.executeCommand<string>('corpusLens.nextMention');
    const [, place, total] = /^Mention (\d+) of (\d+)$/.exec(message ?? '') ?? [];
    assert.equal(Number(total), all.length, message);
    const reached = vscode.window.activeTextEditor!;
    const expected = all[Number(place) - 1];
    assert.equal(reached.document.uri.toString(), expected.uri);
    assert.deepEqual([reached.selection.start.line, reached.selection.start.character], [expected.range.start.line, expected.range.start.character]);
    assert.equal(await vscode.commands.executeCommand<string>('corpusLens.previousMention'), `Mention ${Number(place) - 1 || all.length} of ${all.length}`);
  });
});
