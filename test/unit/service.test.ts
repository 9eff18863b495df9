import * as assert from 'node:assert/strict';
import type { Position } from '../../src/core/model';
import { createCorpusService, type CorpusService } from '../../src/core/service';
import { ARTICLE, recognizerData, sampleFiles, sampleService } from './support/corpus';
import { InMemoryWorkspace } from './support/inMemoryWorkspace';

/** The position of the n-th occurrence of `needle` in the article's text. */
function positionOf(service: CorpusService, uri: string, needle: string, occurrence = 0): Position {
  const analysis = service.analysis(uri)!;
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = analysis.text.text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" #${occurrence} not in ${uri}`);
  }
  return analysis.text.positionAt(analysis.text.toCodePoint(index));
}

function keyOf(service: CorpusService, uri: string, text: string): string | undefined {
  return service.analysis(uri)!.entities.find((m) => m.text === text)?.key;
}

describe('corpus service on the sample corpus', () => {
  let service: CorpusService;
  let workspace: InMemoryWorkspace;

  before(async () => {
    ({ service, workspace } = await sampleService());
  });

  it('indexes the five articles and nothing else', () => {
    assert.equal(service.articles().length, 5);
    assert.deepEqual(service.problems(), []);
  });

  it('resolves every spelling variant to one catalog entity', () => {
    const cases: [number, string, string][] = [
      [0, 'Kiev', 'catalog:kyiv'],
      [2, 'Kyiv', 'catalog:kyiv'],
      [2, 'Kiyv', 'catalog:kyiv'],
      [0, 'Luhansk', 'catalog:luhansk'],
      [0, 'Donbass', 'catalog:donbas'],
      [2, 'Donbas', 'catalog:donbas'],
      [3, 'Turkiye', 'catalog:turkiye'],
      [3, 'Turkey', 'catalog:turkiye'],
      [0, 'Bashar al-Assad', 'catalog:bashar-al-assad'],
      [1, 'Bashar Al-Assad', 'catalog:bashar-al-assad'],
      [2, 'Assad', 'catalog:bashar-al-assad'],
      [3, 'Al-Assad', 'catalog:bashar-al-assad'],
      [1, 'Lugansk People’s Republic', 'catalog:luhansk-peoples-republic'],
      [2, 'Donetsk People\'s Republic', 'catalog:donetsk-peoples-republic'],
      [0, 'Donetsk People’s Republic', 'catalog:donetsk-peoples-republic'],
      [2, 'DRP', 'catalog:donetsk-peoples-republic'],
    ];
    for (const [article, text, key] of cases) {
      assert.equal(keyOf(service, ARTICLE(article), text), key, `${text} in article ${article}`);
    }
  });

  it('keeps Bashar al-Jaafari apart from Bashar al-Assad', () => {
    assert.equal(keyOf(service, ARTICLE(0), 'Bashar al-Jaafari'), 'catalog:bashar-al-jaafari');
    assert.equal(keyOf(service, ARTICLE(4), 'Bashar al-Jaafari'), 'catalog:bashar-al-jaafari');
  });

  it('never recognises the catalog ignore list', () => {
    const texts = service.articles().flatMap((uri) => service.analysis(uri)!.entities.map((m) => m.text));
    for (const ignored of ['Most Popular', 'Read more', 'Live Story']) assert.ok(!texts.includes(ignored), ignored);
  });

  it('detects each publication date, or its absence', () => {
    const published = service.articles().map((uri) => service.analysis(uri)!.published?.value ?? null);
    assert.deepEqual(published, ['2022-10-17', '2022-06-29', null, '2023-01-13', null]);
  });

  it('hovers an entity with its catalog card and corpus counts', () => {
    const hover = service.hover(ARTICLE(2), positionOf(service, ARTICLE(2), 'Assad', 1));
    assert.ok(hover && hover.kind === 'entity');
    assert.equal(hover.name, 'Bashar al-Assad');
    assert.equal(hover.type, 'person');
    assert.equal(hover.catalogEntry?.description, 'President of Syria');
    assert.equal(hover.documentCount, 5);
    assert.ok(hover.mentionCount >= 20, `mentions: ${hover.mentionCount}`);
    assert.ok(hover.aliasesSeen.includes('Assad') && hover.aliasesSeen.includes('Bashar al-Assad'));
    const others = hover.otherArticles.map((m) => m.uri);
    assert.deepEqual(others, [ARTICLE(0), ARTICLE(1), ARTICLE(3), ARTICLE(4)], 'one link per other article, in corpus order');
  });

  it('hovers a relative date with its value and derivation', () => {
    const hover = service.hover(ARTICLE(0), positionOf(service, ARTICLE(0), 'last month'));
    assert.ok(hover && hover.kind === 'date');
    assert.equal(hover.mention.value, '2022-09');
    assert.ok(hover.mention.derivation.length > 0);
  });

  it('goes to the catalog entry, and to the first mention for names the catalog lacks', () => {
    const [definition] = service.definition(ARTICLE(4), positionOf(service, ARTICLE(4), 'Putin'));
    assert.equal(definition.uri, 'mem:/corpus/entities.yaml');
    const catalogLines = sampleFiles()['mem:/corpus/entities.yaml'].split('\n');
    assert.match(catalogLines[definition.range.start.line], /id: vladimir-putin/);

    const candidate = service
      .articles()
      .flatMap((uri) => service.analysis(uri)!.entities.map((m) => ({ uri, m })))
      .find(({ m }) => m.entity === null);
    assert.ok(candidate, 'the sample corpus has names the catalog lacks');
    const analysis = service.analysis(candidate.uri)!;
    const [first] = service.definition(candidate.uri, analysis.text.positionAt(candidate.m.start));
    assert.notEqual(first.uri, 'mem:/corpus/entities.yaml');
  });

  it('finds every reference across the corpus', () => {
    const refs = service.references(ARTICLE(0), positionOf(service, ARTICLE(0), 'Kiev'), false);
    const texts = refs.map((r) => service.analysis(r.uri)!.text.slice(r.span.start, r.span.end));
    assert.ok(texts.includes('Kiev') && texts.includes('Kyiv') && texts.includes('Kiyv'), texts.join());
    assert.equal(new Set(refs.map((r) => r.uri)).size, 2);
    const withDeclaration = service.references(ARTICLE(0), positionOf(service, ARTICLE(0), 'Kiev'), true);
    assert.equal(withDeclaration.length, refs.length + 1);
  });

  it('highlights the mentions of the entity in the open article', () => {
    const highlights = service.highlights(ARTICLE(4), positionOf(service, ARTICLE(4), 'Putin'));
    assert.equal(highlights.length, service.analysis(ARTICLE(4))!.text.text.split('Putin').length - 1);
  });

  it('follows unsaved editor text and returns to the disk when closed', () => {
    const uri = ARTICLE(2);
    const disk = service.analysis(uri)!.text.text;
    service.syncEditor({ uri, version: 7, getText: () => `Vladimir Putin met Assad.\n${disk}` });
    assert.equal(service.analysis(uri)!.entities[0].key, 'catalog:vladimir-putin');
    service.closeEditor(uri);
    assert.equal(service.analysis(uri)!.text.text, disk);
    assert.ok(workspace.writes.length === 0, 'nothing written');
  });
});

describe('annotations through the service', () => {
  it('writes a sidecar with code point offsets and reloads it', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(0);
    const analysis = service.analysis(uri)!;
    const mention = analysis.entities.find((m) => m.text === 'Faysal Mikdad')!;
    const annotation = await service.annotate({ uri, span: mention, entity: 'faysal-mikdad', note: 'Also spelled Mekdad.' });
    assert.equal(annotation.exact, 'Faysal Mikdad');
    assert.equal(annotation.type, 'person');
    assert.equal(annotation.created, '2026-11-23T10:00:00Z');

    const sidecar = workspace.text(`${uri}.annotations.yaml`)!;
    assert.match(sidecar, /^version: 1$/m);
    assert.match(sidecar, /^source: 000_8c67307d6b1f2411\.txt$/m);
    assert.match(sidecar, new RegExp(`start: ${mention.start}\\b`));
    assert.match(sidecar, /exact: Faysal Mikdad/);
    assert.match(sidecar, /note: Also spelled Mekdad\./);

    const hover = service.hover(uri, analysis.text.positionAt(mention.start + 1));
    assert.ok(hover?.kind === 'entity');
    assert.equal(hover.annotations[0]?.note, 'Also spelled Mekdad.');

    const { service: restarted } = await sampleService({ [`${uri}.annotations.yaml`]: sidecar });
    assert.equal(restarted.analysis(uri)!.annotations[0].status, 'anchored');
  });

  it('hovers annotated text that is neither a name nor a date with its notes', async () => {
    const { service } = await sampleService();
    const uri = ARTICLE(4);
    const text = service.analysis(uri)!.text;
    const start = text.text.indexOf('large Syrian ministerial delegation');
    await service.annotate({ uri, span: { start, end: start + 35 }, note: 'size unknown', tags: ['check'] });
    const hover = service.hover(uri, text.positionAt(start + 2));
    assert.ok(hover?.kind === 'annotation', JSON.stringify(hover));
    assert.equal(hover.annotations[0].note, 'size unknown');
    assert.equal(service.hover(uri, text.positionAt(start - 3)), undefined, 'nothing just before it');
  });

  it('adds a new entity to the catalog, keeping its comments', async () => {
    const { service, workspace } = await sampleService();
    const uri = ARTICLE(3);
    const text = service.analysis(uri)!.text;
    const start = text.text.indexOf('Aydınlık');
    await service.annotate({ uri, span: { start, end: start + 'Aydınlık'.length }, newEntity: { name: 'Aydınlık', type: 'organization' } });
    const catalog = workspace.text('mem:/corpus/entities.yaml')!;
    assert.match(catalog, /# Corpus Lens catalog for the sample corpus/);
    assert.match(catalog, /id: aydinlik|id: ayd/);
    assert.ok(service.catalog().entities.some((e) => e.name === 'Aydınlık'));
  });

  it('never overwrites a sidecar that does not parse, and reports its line', async () => {
    const uri = ARTICLE(1);
    const broken = 'version: 1\nsource: x.txt\nannotations:\n  - id: a\n    start: [1\n';
    const { service, workspace } = await sampleService({ [`${uri}.annotations.yaml`]: broken });
    const problems = service.problems().filter((p) => p.uri === `${uri}.annotations.yaml`);
    assert.ok(problems.length > 0);
    assert.ok(problems[0].line >= 3, `line ${problems[0].line}`);
    assert.ok(service.analysis(uri)!.entities.length > 0, 'the article still works');
    await assert.rejects(service.annotate({ uri, span: { start: 0, end: 5 } }), /left untouched/);
    assert.equal(workspace.text(`${uri}.annotations.yaml`), broken);
  });

  it('reports a malformed catalog with its line and keeps recognising', async () => {
    const { service } = await sampleService({ 'mem:/corpus/entities.yaml': 'version: 1\nentities:\n  - id: x\n   name: [\n' });
    const problems = service.problems().filter((p) => p.uri === 'mem:/corpus/entities.yaml');
    assert.ok(problems.length > 0);
    assert.ok(problems[0].line >= 2, `line ${problems[0].line}`);
    assert.ok(service.analysis(ARTICLE(4))!.entities.some((m) => m.text === 'Bashar al-Assad'));
  });
});

describe('offsets are code points over the normalised text', () => {
  it('gives a CRLF + BOM article the same offsets as its LF twin', async () => {
    const lf = 'Putin met 𝔘 Bashar al-Assad in Damascus on 15 March.\nAssad said e\u0301 no.\n';
    const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
    const { service } = await sampleService({ 'mem:/corpus/x-lf.txt': lf, 'mem:/corpus/x-crlf.txt': crlf });
    const a = service.analysis('mem:/corpus/x-lf.txt')!;
    const b = service.analysis('mem:/corpus/x-crlf.txt')!;
    const spans = (x: typeof a) => x.entities.map((m) => [m.start, m.end, m.text]);
    assert.deepEqual(spans(b), spans(a));
    const assad = a.entities.find((m) => m.text === 'Bashar al-Assad')!;
    assert.equal(assad.start, [...lf].indexOf('B'), 'the astral character counts once');
  });

  it('loads the recogniser data on the first text to recognise, once, and not to read the catalog', async () => {
    let loads = 0;
    const workspace = new InMemoryWorkspace(sampleFiles());
    const service = createCorpusService({ workspace, data: () => (loads++, recognizerData()) });
    assert.equal(loads, 0, 'not when the service is made');
    await service.indexAll();
    assert.equal(loads, 1);
    const catalog = workspace.text('mem:/corpus/entities.yaml')!;
    workspace.set('mem:/corpus/entities.yaml', catalog.replace('name: Bashar al-Assad', 'name: Bashar Hafez al-Assad'));
    await service.fileChanged('mem:/corpus/entities.yaml');
    assert.ok(service.entities().some((e) => e.name === 'Bashar Hafez al-Assad'), 'the catalog change took effect');
    assert.equal(loads, 1, 'a new catalog keeps the data');
  });

  it('skips a file larger than the limit, on disk and in the editor', async () => {
    const big = 'Vladimir Putin spoke. '.repeat(100);
    const service = createCorpusService({
      workspace: new InMemoryWorkspace({ ...sampleFiles(), 'mem:/corpus/big.txt': big }),
      data: recognizerData,
      maxFileSize: 1024,
    });
    await service.indexAll();
    const problem = service.problems().find((p) => p.uri === 'mem:/corpus/big.txt');
    assert.match(problem?.message ?? '', /larger than the size limit for articles/);
    assert.equal(problem?.code, 'too-large');
    // the CLI and the extension each say how to raise their own limit
    assert.doesNotMatch(problem!.message, /corpusLens|maxFileSize|--max-file-size|setting/);
    assert.equal(service.syncEditor({ uri: 'mem:/corpus/big.txt', version: 1, getText: () => big }), undefined);
    assert.equal(service.analysis('mem:/corpus/big.txt'), undefined);
  });

  it('skips a file that is not UTF-8 with a message', async () => {
    const { service } = await sampleService({ 'mem:/corpus/latin1.txt': new Uint8Array([0x41, 0xe9, 0x42]) });
    const problem = service.problems().find((p) => p.uri === 'mem:/corpus/latin1.txt');
    assert.match(problem?.message ?? '', /UTF-8/);
    assert.equal(service.analysis('mem:/corpus/latin1.txt'), undefined);
  });
});

describe('incremental index', () => {
  it('equals an index rebuilt from scratch after edits on disk', async () => {
    const { service, workspace } = await sampleService();
    workspace.set(ARTICLE(2), 'Vladimir Putin and Recep Tayyip Erdogan met in Kyiv.');
    await service.fileChanged(ARTICLE(2));
    workspace.files.delete(ARTICLE(3));
    service.fileDeleted(ARTICLE(3));
    const fresh = await sampleService({ [ARTICLE(2)]: 'Vladimir Putin and Recep Tayyip Erdogan met in Kyiv.' });
    fresh.workspace.files.delete(ARTICLE(3));
    await fresh.service.indexAll();
    const snapshot = (s: CorpusService) =>
      s.articles().map((uri) => ({ uri, refs: s.analysis(uri)!.entities.map((m) => [m.key, s.references(uri, s.analysis(uri)!.text.positionAt(m.start), false).length]) }));
    assert.deepEqual(snapshot(service), snapshot(fresh.service));
  });
});
