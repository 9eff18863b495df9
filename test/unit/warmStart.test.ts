import * as assert from 'node:assert/strict';
import { createCorpusService, type CorpusService, type WarmStartSnapshot } from '../../src/core/service';
import { packNumbers, unpackNumbers } from '../../src/core/index/packedNumbers';
import { InMemoryWorkspace } from './support/inMemoryWorkspace';
import { ARTICLE, recognizerData, sampleFiles } from './support/corpus';

async function indexed(
  files: Record<string, string> | InMemoryWorkspace,
  warmStart?: WarmStartSnapshot,
  recognizerVersion = '1',
  log: string[] = [],
): Promise<CorpusService> {
  const logger = { info: (m: string) => log.push(m), warn: (m: string) => log.push(m) };
  const workspace = files instanceof InMemoryWorkspace ? files : new InMemoryWorkspace(files);
  const service = createCorpusService({ workspace, data: recognizerData, recognizerVersion, logger, loadWarmStart: async () => warmStart });
  await service.indexAll();
  return service;
}

const results = (s: CorpusService) =>
  s.articles().map((uri) => {
    const a = s.analysis(uri)!;
    return { uri, published: a.published, entities: a.entities, dates: a.dates };
  });

/** A snapshot whose first entity is typed 'other': seeing that type proves the saved results were used. */
function tampered(snapshot: WarmStartSnapshot): WarmStartSnapshot {
  const copy = JSON.parse(JSON.stringify(snapshot)) as { entries: [string, number, number, string, string, { e: string }][] };
  for (const entry of copy.entries) {
    const e = [...unpackNumbers(entry[5].e)];
    e[2] = 3;
    entry[5].e = packNumbers(e);
  }
  return copy as unknown as WarmStartSnapshot;
}

const sampleArticleCount = () => Object.keys(sampleFiles()).filter((uri) => uri.endsWith('.txt')).length;

/** The sample corpus with article 0 changed in place: same size in bytes, same mtime. */
function sameSizeEdit(workspace: InMemoryWorkspace): InMemoryWorkspace {
  const uri = ARTICLE(0);
  const text = workspace.text(uri)!;
  const dot = text.lastIndexOf('.');
  const edited = new InMemoryWorkspace(sampleFiles());
  edited.set(uri, `${text.slice(0, dot)}!${text.slice(dot + 1)}`, workspace.mtimes.get(uri));
  return edited;
}

describe('warm start', () => {
  it('gives exactly the results of a cold start, through JSON', async () => {
    const cold = await indexed(sampleFiles());
    const snapshot = JSON.parse(JSON.stringify(cold.warmStartSnapshot())) as WarmStartSnapshot;
    assert.equal(snapshot.entries.length, 5);
    const log: string[] = [];
    const warm = await indexed(sampleFiles(), snapshot, '1', log);
    assert.deepEqual(results(warm), results(cold));
    // equal results alone would hold if the snapshot were never read
    assert.ok(log.includes('Warm start: 5 of 5 articles from saved results'), log.join('\n'));
  });

  it('loads no recogniser data when every article comes from saved results, and loads it for the first that does not', async () => {
    const cold = await indexed(sampleFiles());
    const snapshot = cold.warmStartSnapshot();
    let loads = 0;
    const workspace = new InMemoryWorkspace(sampleFiles());
    const data = () => (loads++, recognizerData());
    const warm = createCorpusService({ workspace, data, recognizerVersion: '1', loadWarmStart: async () => snapshot });
    await warm.indexAll();
    assert.deepEqual(results(warm), results(cold));
    assert.equal(loads, 0);
    const text = workspace.text(ARTICLE(0))!;
    workspace.set(ARTICLE(0), `${text}\nA new line.`);
    await warm.fileChanged(ARTICLE(0));
    assert.equal(loads, 1);
  });

  it('re-recognises an article whose size changed (same mtime)', async () => {
    const first = new InMemoryWorkspace(sampleFiles());
    const cold = await indexed(first);
    const changed = new InMemoryWorkspace(sampleFiles());
    changed.set(ARTICLE(1), 'Vladimir Putin spoke on 3 May.', first.mtimes.get(ARTICLE(1)));
    const warm = await indexed(changed, tampered(cold.warmStartSnapshot()));
    assert.equal(warm.analysis(ARTICLE(0))!.entities[0].type, 'other', 'article 0 came from the snapshot');
    assert.equal(warm.analysis(ARTICLE(1))!.entities[0].text, 'Vladimir Putin', 'the changed article was recognised');
    assert.equal(warm.analysis(ARTICLE(1))!.entities[0].type, 'person');
  });

  it('trusts size and mtime: an old file with both unchanged is neither read nor recognised, until its text is needed', async () => {
    const first = new InMemoryWorkspace(sampleFiles());
    const snapshot = tampered((await indexed(first)).warmStartSnapshot());
    // the edit keeps size and mtime, so only reading the text could see it
    const edited = sameSizeEdit(first);
    const log: string[] = [];
    const warm = await indexed(edited, snapshot, '1', log);
    assert.ok(!edited.reads.includes(ARTICLE(0)), 'not read');
    assert.ok(log.includes(`Warm start: ${sampleArticleCount()} of ${sampleArticleCount()} articles from saved results`), log.join('\n'));
    // the text, read when first needed, is not the one the results were saved from
    assert.notEqual(warm.analysis(ARTICLE(0))!.entities[0].type, 'other');
    assert.equal(warm.analysis(ARTICLE(1))!.entities[0].type, 'other');
  });

  it('racy git: a file whose mtime is not older than the snapshot is hashed, and re-recognised when it changed', async () => {
    const first = new InMemoryWorkspace(sampleFiles());
    const snapshot = tampered((await indexed(first)).warmStartSnapshot());
    // the snapshot was taken in the very tick the article was last written
    const racy = { ...snapshot, time: first.mtimes.get(ARTICLE(0))! };
    const warm = await indexed(sameSizeEdit(first), racy);
    assert.notEqual(warm.analysis(ARTICLE(0))!.entities[0].type, 'other', 'the changed article was recognised');
    assert.equal(warm.analysis(ARTICLE(1))!.entities[0].type, 'other', 'an unchanged racy article still matched by its hash');
  });

  it('keeps the publication date a sidecar sets, and re-recognises when it changed', async () => {
    const sidecar = (date: string) => `version: 1\nsource: x\npublished: ${date}\nannotations: []\n`;
    const files = (date: string) => ({ ...sampleFiles(), [`${ARTICLE(0)}.annotations.yaml`]: sidecar(date) });
    const first = new InMemoryWorkspace(files('2020-01-02'));
    const snapshot = (await indexed(first)).warmStartSnapshot();
    const warm = await indexed(new InMemoryWorkspace(files('2020-01-02')), snapshot);
    assert.deepEqual(warm.analysis(ARTICLE(0))!.published, { value: '2020-01-02', source: 'sidecar' });
    const log: string[] = [];
    await indexed(new InMemoryWorkspace(files('2021-03-04')), snapshot, '1', log);
    assert.ok(log.some((m) => m.startsWith(`Warm start: ${sampleArticleCount() - 1} of`)), log.join('\n'));
  });

  it('ignores a snapshot of another format version, whose numbers mean something else', async () => {
    const snapshot = tampered((await indexed(sampleFiles())).warmStartSnapshot());
    const log: string[] = [];
    const older = await indexed(sampleFiles(), { ...snapshot, version: 3 } as unknown as WarmStartSnapshot, '1', log);
    assert.notEqual(older.analysis(ARTICLE(0))!.entities[0].type, 'other');
    assert.ok(log.some((m) => m.startsWith('Warm start: 0 of')), log.join('\n'));
  });

  it('ignores results saved under another catalog or recogniser version', async () => {
    const snapshot = tampered((await indexed(sampleFiles())).warmStartSnapshot());
    const otherCatalog = { ...sampleFiles(), 'mem:/corpus/entities.yaml': 'version: 1\nentities: []\n' };
    assert.notEqual((await indexed(otherCatalog, snapshot)).analysis(ARTICLE(0))!.entities[0].type, 'other');
    assert.notEqual((await indexed(sampleFiles(), snapshot, '2')).analysis(ARTICLE(0))!.entities[0].type, 'other');
  });
});
