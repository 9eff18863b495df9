import * as assert from 'node:assert/strict';
import { parseCatalog } from '../../src/core/catalog';
import { ARTICLE, sampleService } from './support/corpus';

const NO_ENTITIES = 'version: 1\nentities: []\nignore: [Most Popular, Read more, Live Story]\n';

describe('entities of the corpus', () => {
  it('summarises each entity with its spellings and counts', async () => {
    const { service } = await sampleService();
    const assad = service.entities().find((e) => e.entity === 'bashar-al-assad')!;
    assert.equal(assad.name, 'Bashar al-Assad');
    assert.equal(assad.documents, 5);
    assert.ok(assad.spellings.includes('Assad') && assad.spellings.includes('Bashar Al-Assad'));
    assert.ok(service.entities().every((e, i, all) => i === 0 || all[i - 1].mentions >= e.mentions), 'most mentioned first');
  });

  it('groups variant spellings of names the catalog lacks, and keeps the two Bashars apart', async () => {
    const { service } = await sampleService({ 'mem:/corpus/entities.yaml': NO_ENTITIES });
    const candidates = service.candidates();
    const withSpelling = (s: string) => candidates.filter((c) => c.spellings.includes(s));
    const kyiv = withSpelling('Kyiv');
    assert.equal(kyiv.length, 1);
    assert.ok(kyiv[0].spellings.includes('Kiev') && kyiv[0].spellings.includes('Kiyv'), kyiv[0].spellings.join());
    const lugansk = withSpelling('Lugansk People’s Republic');
    assert.ok(lugansk.length === 1 && lugansk[0].spellings.includes('Luhansk People\'s Republics'), JSON.stringify(lugansk));
    const donbas = withSpelling('Donbas');
    assert.ok(donbas.length === 1 && donbas[0].spellings.includes('Donbass'), JSON.stringify(donbas));
    const turkey = withSpelling('Turkey');
    assert.ok(turkey.length === 1 && turkey[0].spellings.includes('Turkiye'), JSON.stringify(turkey));
    const jaafari = withSpelling('Bashar al-Jaafari');
    assert.equal(jaafari.length, 1);
    assert.ok(!jaafari[0].spellings.includes('Bashar al-Assad'));
  });

  it('counts an article with two spellings of one candidate once', async () => {
    const { service } = await sampleService({ 'mem:/corpus/entities.yaml': NO_ENTITIES });
    for (const candidate of service.candidates().filter((c) => c.keys.length > 1)) {
      const articles = service.articles().filter((uri) => service.analysis(uri)!.entities.some((m) => candidate.keys.includes(m.key)));
      assert.equal(candidate.documents, articles.length, candidate.name);
    }
    const kyiv = service.candidates().find((c) => c.spellings.includes('Kyiv'))!;
    assert.ok(kyiv.keys.length > 1);
  });

  it('adds a candidate to the catalog with its variants as aliases, and its mentions then belong to it', async () => {
    const { service, workspace } = await sampleService({ 'mem:/corpus/entities.yaml': NO_ENTITIES });
    const kyiv = service.candidates().find((c) => c.spellings.includes('Kiev'))!;
    const added = await service.addCandidateToCatalog(kyiv.keys[0]);
    const { catalog, problems } = parseCatalog(workspace.text('mem:/corpus/entities.yaml')!);
    assert.deepEqual(problems, []);
    const entry = catalog.entities.find((e) => e.id === added.id)!;
    assert.deepEqual([entry.name, ...entry.aliases].sort(), [...kyiv.spellings].sort());
    const kiev = service.analysis(ARTICLE(0))!.entities.find((m) => m.text === 'Kiev')!;
    assert.equal(kiev.entity, added.id);
  });

  it('lists the distinct entities of an article in order of first mention', async () => {
    const { service } = await sampleService();
    const entities = service.documentEntities(ARTICLE(4));
    assert.equal(entities[0].name, 'Bashar al-Assad');
    assert.equal(new Set(entities.map((e) => e.key)).size, entities.length);
    const assad = entities.find((e) => e.key === 'catalog:bashar-al-assad')!;
    assert.equal(assad.mentions, service.analysis(ARTICLE(4))!.entities.filter((m) => m.key === 'catalog:bashar-al-assad').length);
  });
});
