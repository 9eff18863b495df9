import * as assert from 'node:assert/strict';
import { createCorpusService, type CorpusService, type WarmStartSnapshot } from '../../src/core/service';
import type { OffThreadRecognizer, OpenOffThreadRecognizer } from '../../src/core/ports';
import type { Catalog } from '../../src/core/model';
import { InMemoryWorkspace } from './support/inMemoryWorkspace';
import * as path from 'node:path';
import { RecognizerPool } from '../../src/node/recognizerPool';
import { buildCli } from './support/cli';
import { ARTICLE, recognizerData, ROOT, sampleFiles } from './support/corpus';

type Recognize = OffThreadRecognizer['recognize'];

/** A recogniser port as a worker pool would be: another service's recognition, answered asynchronously. */
async function elsewhere(files: Record<string, string>): Promise<Recognize> {
  const other = createCorpusService({ workspace: new InMemoryWorkspace(files), data: recognizerData });
  await other.indexAll();
  return async (text, published) => {
    await new Promise((resolve) => setImmediate(resolve));
    const { entities, dates, published: p } = other.recognize(text, published);
    return { entities: entities.map((m) => ({ ...m })), dates: dates.map((m) => ({ ...m })), published: p };
  };
}

/** Entities typed 'other' throughout: seeing that type proves the results came from the port. */
const marked = (recognize: Recognize): Recognize => async (text, published) => {
  const r = await recognize(text, published);
  return { ...r, entities: r.entities.map((m) => ({ ...m, type: 'other' as const })) };
};

interface Opened {
  readonly catalogs: Catalog[];
  calls: number;
  closed: number;
}

function port(recognize: Recognize, opened: Opened): OpenOffThreadRecognizer {
  return (catalog) => {
    opened.catalogs.push(catalog);
    return {
      recognize: (text, published) => { opened.calls++; return recognize(text, published); },
      close: async () => { opened.closed++; },
    };
  };
}

const newOpened = (): Opened => ({ catalogs: [], calls: 0, closed: 0 });

async function indexed(
  files: Record<string, string>,
  openOffThread?: OpenOffThreadRecognizer,
  options: { log?: string[]; warmStart?: WarmStartSnapshot } = {},
): Promise<CorpusService> {
  const log = options.log ?? [];
  const logger = { info: (m: string) => log.push(m), warn: (m: string) => log.push(m) };
  const service = createCorpusService({
    workspace: new InMemoryWorkspace(files), data: recognizerData, logger, openOffThread, loadWarmStart: async () => options.warmStart,
  });
  await service.indexAll();
  return service;
}

const results = (s: CorpusService) =>
  s.articles().map((uri) => {
    const a = s.analysis(uri)!;
    return { uri, published: a.published, entities: a.entities, dates: a.dates, annotations: a.annotations };
  });

describe('recognition on other threads while indexing', () => {
  it('gives the results of recognising in this thread, against the catalog in use, and closes the threads', async () => {
    const opened = newOpened();
    const service = await indexed(sampleFiles(), port(await elsewhere(sampleFiles()), opened));
    assert.deepEqual(results(service), results(await indexed(sampleFiles())));
    assert.equal(opened.calls, 5);
    assert.equal(opened.closed, 1);
    assert.ok(opened.catalogs[0].entities.length > 0, 'opened with the loaded catalog');
    // equal results alone would hold if the port were never used
    const marks = await indexed(sampleFiles(), port(marked(await elsewhere(sampleFiles())), newOpened()));
    assert.ok(marks.analysis(ARTICLE(0))!.entities.every((m) => m.type === 'other'));
  });

  it('recognises in this thread when the threads fail, and says so once', async () => {
    const log: string[] = [];
    const opened = newOpened();
    const failing: Recognize = async () => { throw new Error('a recogniser worker stopped (exit code 1)'); };
    const service = await indexed(sampleFiles(), port(failing, opened), { log });
    assert.deepEqual(results(service), results(await indexed(sampleFiles())));
    assert.equal(opened.calls, 5);
    assert.deepEqual(log.filter((m) => m.includes('worker')), ['Recognising in this thread instead of worker threads: a recogniser worker stopped (exit code 1)']);
  });

  it('does not keep results for a text the editor changed while the threads worked', async () => {
    const files = sampleFiles();
    const recognize = marked(await elsewhere(files));
    const typed = 'Vladimir Putin met Angela Merkel in Berlin.';
    let synced = false;
    const editing: Recognize = async (text, published) => {
      const result = await recognize(text, published);
      if (!synced && text === files[ARTICLE(0)].replace(/\r\n/g, '\n')) {
        synced = true;
        service.syncEditor({ uri: ARTICLE(0), version: 2, getText: () => typed });
      }
      return result;
    };
    const service = createCorpusService({ workspace: new InMemoryWorkspace(files), data: recognizerData, openOffThread: port(editing, newOpened()) });
    await service.indexAll();
    assert.ok(synced, 'the editor changed the text during recognition');
    const first = service.analysis(ARTICLE(0))!;
    assert.equal(first.text.text, typed);
    assert.ok(first.entities.some((m) => m.text === 'Angela Merkel' && m.type === 'person'), JSON.stringify(first.entities));
    assert.ok(service.analysis(ARTICLE(1))!.entities.every((m) => m.type === 'other'), 'the other articles kept the threads\' results');
  });

  it('lets the client decide by the number of articles, and recognises in this thread where it opens none', async () => {
    const asked: number[] = [];
    const log: string[] = [];
    const service = await indexed(sampleFiles(), (_catalog, articles) => { asked.push(articles); return undefined; }, { log });
    assert.deepEqual(asked, [5], 'asked once, with the corpus size');
    assert.deepEqual(results(service), results(await indexed(sampleFiles())));
    assert.deepEqual(log.filter((m) => m.includes('thread')), []);
  });

  it('starts no threads when saved results have every article', async () => {
    const snapshot = (await indexed(sampleFiles())).warmStartSnapshot();
    const opened = newOpened();
    await indexed(sampleFiles(), port(await elsewhere(sampleFiles()), opened), { warmStart: JSON.parse(JSON.stringify(snapshot)) });
    assert.equal(opened.catalogs.length, 0);
    assert.equal(opened.closed, 0);
  });

  describe('on the worker threads the extension uses', function () {
    this.timeout(60000);
    before(() => buildCli());

    it('gives the results of this thread', async () => {
      const opened = newOpened();
      const threads: OpenOffThreadRecognizer = (catalog) => {
        opened.catalogs.push(catalog);
        return new RecognizerPool(path.join(ROOT, 'dist', 'recognizeWorker.js'), 2, catalog);
      };
      const log: string[] = [];
      assert.deepEqual(results(await indexed(sampleFiles(), threads, { log })), results(await indexed(sampleFiles())));
      assert.equal(opened.catalogs.length, 1);
      assert.deepEqual(log.filter((m) => m.includes('thread')), [], 'no article fell back to this thread');
    });
  });
});
