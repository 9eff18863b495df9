// The Corpus Timeline in a real VS Code, through its message protocol: the
// command opens the panel and returns the controller that answers the page.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TimelineView } from '../../src/core/service';
import type { CorpusLensApi } from '../../src/extension/main';
import type { TimelineController } from '../../src/extension/views/timeline/timelinePanel';
import { api, ARTICLE_000, ARTICLE_002, ARTICLE_004, corpusUri, until } from './support';

describe('Corpus Timeline', () => {
  let timeline: TimelineController;
  let lens: CorpusLensApi;
  const undatedUri = () => corpusUri(ARTICLE_002).toString();

  before(async () => {
    lens = await api();
    // another suite may have given the article without a publication date one
    await lens.service.setPublished(undatedUri(), undefined);
    timeline = await vscode.commands.executeCommand<TimelineController>('corpusLens.showTimeline');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function view(query = {}): Promise<TimelineView> {
    const answer = await timeline.receive({ type: 'query', query });
    assert.equal(answer?.type, 'view');
    return (answer as { view: TimelineView }).view;
  }

  it('opens as a webview tab', async () => {
    const tab = await until('the timeline tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Corpus Timeline'));
    assert.ok(tab.input instanceof vscode.TabInputWebview);
  });

  it('lists the seed dates, and the unresolved ones apart', async () => {
    const all = await view();
    const published = all.events.find((e) => e.text === 'October 17 2022');
    assert.ok(published, 'the publication date of article 000');
    assert.equal(published.uri, corpusUri(ARTICLE_000).toString());
    const undated = all.unresolved.articles.find((a) => a.uri === corpusUri(ARTICLE_004).toString());
    assert.ok(undated?.examples.some((e) => e.value === 'XXXX-03-15'), JSON.stringify(all.unresolved));
    assert.ok(all.unresolved.articles.some((a) => a.uri === undatedUri()));
  });

  it('places them once the article has a publication date', async () => {
    await lens.service.setPublished(undatedUri(), '2022-06-11');
    try {
      const placed = await until('the dates of the article placed', async () => {
        const v = await view({ article: undatedUri() });
        return v.unresolved.total === 0 && v.total > 0 ? v : undefined;
      });
      // "on Thursday" in an article of Saturday 11 June 2022
      assert.ok(placed.events.some((e) => e.value === '2022-06-09'), placed.events.map((e) => e.value).join());
    } finally {
      await lens.service.setPublished(undatedUri(), undefined);
    }
  });

  it('suggests an entity by an alias and filters by it', async () => {
    const answer = await timeline.receive({ type: 'suggest', field: 'entity', text: 'Kiev' });
    assert.ok(answer?.type === 'suggestions' && answer.items[0]?.id === 'catalog:kyiv', JSON.stringify(answer));
    const kyiv = await view({ entity: 'catalog:kyiv', entityScope: 'article' });
    assert.equal(kyiv.entity?.name, 'Kyiv');
    assert.ok(kyiv.together.some((t) => t.name === 'Ukraine'), JSON.stringify(kyiv.together));
    assert.ok(kyiv.total > 0 && kyiv.total < (await view()).total);
  });

  it('opens the article at the date on a click', async () => {
    const event = (await view()).events.find((e) => e.text === 'October 17 2022')!;
    await timeline.receive({ type: 'open', uri: event.uri, range: event.range });
    const editor = await until('the article open at the date', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === event.uri ? e : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), 'October 17 2022');
  });

  it('opens nothing that is not an article of the corpus', async () => {
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    await timeline.receive({ type: 'open', uri: corpusUri('entities.yaml').toString(), range });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before);
  });
});
