import * as assert from 'node:assert/strict';
import { createCorpusService, type CorpusService, type WarmStartSnapshot } from '../../src/core/service';
import { InMemoryWorkspace } from './support/inMemoryWorkspace';
import { ARTICLE, recognizerData, sampleFiles } from './support/corpus';

async function indexed(files: Record<string, string>, warmStart?: WarmStartSnapshot, recognizerVersion = '1', log: string[] = []): Promise<CorpusService> {
  const logger = { info: (m: string) => log.push(m), warn: (m: string) => log.push(m) };
  const service = createCorpusService({ workspace: new InMemoryWorkspace(files), data: recognizerData(), recognizerVersion, logger, loadWarmStart: async () => warmStart });
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
  const copy = JSON.parse(JSON.stringify(snapshot)) as { entries: [string, { e: number[] }][] };
  for (const [, compact] of copy.entries) compact.e[2] = 3;
  return copy as unknown as WarmStartSnapshot;
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

  it('uses the saved results for unchanged articles only', async () => {
    const cold = await indexed(sampleFiles());
    const files = { ...sampleFiles(), [ARTICLE(1)]: 'Vladimir Putin spoke on 3 May.' };
    const warm = await indexed(files, tampered(cold.warmStartSnapshot()));
    assert.equal(warm.analysis(ARTICLE(0))!.entities[0].type, 'other', 'article 0 came from the snapshot');
    assert.equal(warm.analysis(ARTICLE(1))!.entities[0].text, 'Vladimir Putin', 'the changed article was recognised');
    assert.equal(warm.analysis(ARTICLE(1))!.entities[0].type, 'person');
  });

  it('ignores results saved under another catalog or recogniser version', async () => {
    const snapshot = tampered((await indexed(sampleFiles())).warmStartSnapshot());
    const otherCatalog = { ...sampleFiles(), 'mem:/corpus/entities.yaml': 'version: 1\nentities: []\n' };
    assert.notEqual((await indexed(otherCatalog, snapshot)).analysis(ARTICLE(0))!.entities[0].type, 'other');
    assert.notEqual((await indexed(sampleFiles(), snapshot, '2')).analysis(ARTICLE(0))!.entities[0].type, 'other');
  });
});
