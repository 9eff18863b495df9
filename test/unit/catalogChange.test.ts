// A change of the catalog re-analyses only the articles in which a changed
// name occurs, in slices that give the event loop a turn, and ends where an
// index built from scratch over the same files starts.

import * as assert from 'node:assert/strict';
import type { CorpusChange, CorpusService } from '../../src/core/service';
import { ARTICLE, sampleFiles, sampleService } from './support/corpus';

const CATALOG = 'mem:/corpus/entities.yaml';

/** Everything recognition gives, per article. */
const results = (s: CorpusService) => s.articles().map((uri) => ({ uri, entities: s.analysis(uri)!.entities, dates: s.analysis(uri)!.dates }));

function withEntry(catalog: string, entry: string): string {
  return catalog.replace(/^entities:\n/m, `entities:\n${entry}`);
}

describe('a change of the catalog', () => {
  it('re-analyses only the articles where a changed name occurs, announced after the catalog itself', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(3);
    const text = service.analysis(uri)!.text.text;
    // a word of this article that no other article has
    const word = text.match(/\b[A-Z][a-z]{5,}\b/g)!.find((w) => sampleArticles().filter((t) => t.toLowerCase().includes(w.toLowerCase())).length === 1)!;
    assert.ok(word, 'a word only article 3 has');
    const changes: CorpusChange[] = [];
    service.onDidChange((c) => changes.push(c));
    workspace.set(CATALOG, withEntry(workspace.text(CATALOG)!, `  - id: only-here\n    name: ${word}\n    type: other\n    aliases: []\n`));
    await service.fileChanged(CATALOG);
    assert.deepEqual(changes[0], { articles: [], all: false, catalog: true });
    assert.deepEqual(changes.slice(1).flatMap((c) => c.articles), [uri]);
    assert.ok(service.analysis(uri)!.entities.some((m) => m.entity === 'only-here'));
  });

  it('re-analyses no article when only a description changed', async () => {
    const { service, workspace } = await sampleService();
    const changes: CorpusChange[] = [];
    service.onDidChange((c) => changes.push(c));
    workspace.set(CATALOG, workspace.text(CATALOG)!.replace('description: President of Russia', 'description: Head of state of Russia'));
    await service.fileChanged(CATALOG);
    assert.deepEqual(changes, [{ articles: [], all: false, catalog: true }]);
    assert.equal(service.catalog().entities.find((e) => e.id === 'vladimir-putin')?.description, 'Head of state of Russia');
  });

  it('ends where a fresh index of the same files starts, after edits, removals, ignores and overlapping changes', async () => {
    const { service, workspace } = await sampleService();
    const original = workspace.text(CATALOG)!;
    const edits = [
      original.replace(/aliases: \[(.*?)Assad/, 'aliases: [$1Asad, Assad'),
      original.replace(/^ {2}- id: kyiv\n( {4}.*\n)+/m, ''),
      original.replace(/^ignore: \[/m, 'ignore: [Donbas, '),
    ];
    for (const edited of edits) {
      workspace.set(CATALOG, edited);
      await service.fileChanged(CATALOG);
      const fresh = await sampleService({ [CATALOG]: edited });
      assert.deepEqual(results(service), results(fresh.service));
    }
    // two changes in a row, the second before the first is done: it joins the same run
    workspace.set(CATALOG, edits[0]);
    const first = service.fileChanged(CATALOG);
    workspace.set(CATALOG, edits[1]);
    const second = service.fileChanged(CATALOG);
    await Promise.all([first, second]);
    assert.deepEqual(results(service), results((await sampleService({ [CATALOG]: edits[1] })).service));
  });

  it('stops re-analysing once the service is disposed (the extension built another)', async () => {
    const copies: Record<string, string> = {};
    const texts = sampleArticles();
    for (let i = 0; i < 300; i++) copies[`mem:/corpus/copy-${String(i).padStart(3, '0')}.txt`] = texts[i % texts.length];
    const { service, workspace } = await sampleService(copies);
    const before = new Map(service.articles().map((uri) => [uri, service.analysis(uri)]));
    let announced = 0;
    service.onDidChange(() => announced++);
    workspace.set(CATALOG, workspace.text(CATALOG)!.replace(/aliases: \[Putin/, 'aliases: [Vladimir Vladimirovich Putin, Putin'));
    const running = service.fileChanged(CATALOG);
    // the catalog is read, the first slice re-analysed, then the client moves on
    await new Promise((resolve) => setTimeout(resolve, 0));
    service.dispose();
    await running;
    const withPutin = service.articles().filter((uri) => service.analysis(uri)!.text.text.includes('Putin'));
    const redone = withPutin.filter((uri) => service.analysis(uri) !== before.get(uri)).length;
    assert.ok(redone < withPutin.length, `${redone} of ${withPutin.length} re-analysed`);
    const announcedAtDispose = announced;
    workspace.set(ARTICLE(0), 'Vladimir Putin spoke.');
    await service.fileChanged(ARTICLE(0));
    assert.equal(announced, announcedAtDispose, 'nothing fires after dispose');
  });

  it('gives the event loop a turn while re-analysing a large corpus, one announced slice at a time', async () => {
    const copies: Record<string, string> = {};
    const texts = sampleArticles();
    for (let i = 0; i < 300; i++) copies[`mem:/corpus/copy-${String(i).padStart(3, '0')}.txt`] = texts[i % texts.length];
    const { service, workspace } = await sampleService(copies);
    const changes: CorpusChange[] = [];
    service.onDidChange((c) => changes.push(c));
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    try {
      // Putin is in most sample articles, so in hundreds of copies
      workspace.set(CATALOG, workspace.text(CATALOG)!.replace(/aliases: \[Putin/, 'aliases: [Vladimir Vladimirovich Putin, Putin'));
      await service.fileChanged(CATALOG);
    } finally {
      clearInterval(ticker);
    }
    const slices = changes.slice(1).map((c) => c.articles.length);
    assert.ok(slices.length > 1, `one slice of ${slices[0]} articles`);
    const withPutin = service.articles().filter((uri) => service.analysis(uri)!.text.text.includes('Putin'));
    assert.ok(withPutin.length > 100);
    assert.equal(slices.reduce((a, b) => a + b, 0), withPutin.length);
    assert.ok(turns > 0, 'timers ran while the articles were re-analysed');
  });
});

function sampleArticles(): string[] {
  return Object.entries(sampleFiles())
    .filter(([uri]) => uri.endsWith('.txt'))
    .sort()
    .map(([, text]) => text);
}
