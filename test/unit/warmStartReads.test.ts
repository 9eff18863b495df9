// A warm start stats the unchanged articles and reads none of them: the text
// of one is read when first needed, and if the file changed in between (no
// watcher told the index yet), the article is re-analysed from what was read
// rather than shown with the saved offsets over the new text.

import * as assert from 'node:assert/strict';
import { createCorpusService, type CorpusService, type WarmStartSnapshot } from '../../src/core/service';
import * as fs from 'node:fs';
import { InMemoryWorkspace } from './support/inMemoryWorkspace';
import { ARTICLE, recognizerData, sampleFiles } from './support/corpus';
import { copySampleCorpus } from './support/realFolder';
import { NodeWorkspace } from '../../src/node/nodeWorkspace';
import { nodeFileSystem, type FileSystemCalls } from '../../src/node/files';

async function indexed(workspace: InMemoryWorkspace, warmStart?: WarmStartSnapshot): Promise<CorpusService> {
  const service = createCorpusService({ workspace, data: recognizerData, recognizerVersion: '1', loadWarmStart: async () => warmStart });
  await service.indexAll();
  return service;
}

async function warmStarted(): Promise<{ cold: CorpusService; warm: CorpusService; workspace: InMemoryWorkspace }> {
  const cold = await indexed(new InMemoryWorkspace(sampleFiles()));
  const snapshot = JSON.parse(JSON.stringify(cold.warmStartSnapshot())) as WarmStartSnapshot;
  const workspace = new InMemoryWorkspace(sampleFiles());
  const warm = await indexed(workspace, snapshot);
  return { cold, warm, workspace };
}

const articleReads = (workspace: InMemoryWorkspace) => workspace.reads.filter((uri) => uri.endsWith('.txt'));

/** Each entity mention with the text its offsets cover in the article as it is now. */
function placed(service: CorpusService, uri: string, text: string) {
  return service.analysis(uri)!.entities.map((m) => ({ text: m.text, covered: [...text].slice(m.start, m.end).join(''), type: m.type }));
}

describe('warm start reads', () => {
  it('reads no unchanged article, then each one once when its text is first needed', async () => {
    const { cold, warm, workspace } = await warmStarted();
    assert.deepEqual(articleReads(workspace), []);
    assert.deepEqual(warm.decorations(ARTICLE(1)), cold.decorations(ARTICLE(1)));
    assert.deepEqual(warm.hover(ARTICLE(1), { line: 0, character: 1 }), cold.hover(ARTICLE(1), { line: 0, character: 1 }));
    assert.deepEqual(articleReads(workspace).filter((uri) => uri === ARTICLE(1)), [ARTICLE(1)]);
  });

  it('re-analyses an article whose file changed between the stat and the first read of its text', async () => {
    const { warm, workspace } = await warmStarted();
    const changes: string[][] = [];
    warm.onDidChange((change) => changes.push([...change.articles]));
    // offsets shift: saved mentions over this text would cover the wrong characters
    const text = `Angela Merkel met Emmanuel Macron in Berlin on Monday.\n\n${workspace.text(ARTICLE(0))!}`;
    workspace.set(ARTICLE(0), text);
    const expected = await indexed(new InMemoryWorkspace({ ...sampleFiles(), [ARTICLE(0)]: text }));
    const mentions = placed(warm, ARTICLE(0), text);
    assert.deepEqual(mentions, placed(expected, ARTICLE(0), text));
    for (const m of mentions) assert.equal(m.covered, m.text);
    assert.equal(mentions[0].text, 'Angela Merkel');
    assert.deepEqual(warm.decorations(ARTICLE(0)), expected.decorations(ARTICLE(0)));
    await Promise.resolve();
    assert.deepEqual(changes, [[ARTICLE(0)]], 'views are told the article changed');
  });

  it('drops an article whose file was deleted before its text was first needed', async () => {
    const { warm, workspace } = await warmStarted();
    workspace.files.delete(ARTICLE(2));
    assert.equal(warm.analysis(ARTICLE(2)), undefined);
    assert.ok(!warm.articles().includes(ARTICLE(2)));
  });

  it('saves the next snapshot without reading the texts it never needed', async () => {
    const { cold, warm, workspace } = await warmStarted();
    const next = warm.warmStartSnapshot();
    assert.deepEqual(articleReads(workspace), []);
    assert.deepEqual(next.entries, cold.warmStartSnapshot().entries);
  });

  it('over a real folder: opens no article, and drops one deleted before its text was needed', async () => {
    const folder = copySampleCorpus();
    try {
      // written long ago: the racy-git rule would read files written in the second of the snapshot
      const past = new Date(Date.now() - 60_000);
      for (const file of folder.articles) fs.utimesSync(file, past, past);
      const opened: string[] = [];
      const calls: FileSystemCalls = { ...nodeFileSystem, openSync: (file, flags) => (opened.push(file), nodeFileSystem.openSync(file, flags)) };
      const open = async (snapshot?: WarmStartSnapshot) => {
        const workspace = new NodeWorkspace(folder.articles, folder.catalog, calls);
        const service = createCorpusService({ workspace, data: recognizerData, recognizerVersion: '1', loadWarmStart: async () => snapshot });
        await service.indexAll();
        return service;
      };
      const snapshot = JSON.parse(JSON.stringify((await open()).warmStartSnapshot())) as WarmStartSnapshot;
      opened.length = 0;
      const warm = await open(snapshot);
      assert.deepEqual(opened.filter((file) => file.endsWith('.txt')), []);
      assert.ok(warm.analysis(folder.article(1))!.entities.length > 0);
      fs.rmSync(folder.article(2));
      assert.equal(warm.analysis(folder.article(2)), undefined);
      assert.deepEqual(warm.articles(), folder.articles.filter((file) => file !== folder.article(2)));
    } finally {
      folder.remove();
    }
  });
});
