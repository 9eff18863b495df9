import * as assert from 'node:assert/strict';
import { parseCatalog } from '../../src/core/catalog';
import { createCorpusService, type CorpusService } from '../../src/core/service';
import { InMemoryWorkspace } from './support/inMemoryWorkspace';
import { recognizerData, sampleService } from './support/corpus';

const NO_ENTITIES = 'version: 1\nentities: []\nignore: [Most Popular, Read more, Live Story]\n';

/** Two articles about Apple, no catalog file. */
const APPLE = {
  'mem:/apple/001.txt':
    'Apple Inc. said on Monday that its chief executive would take medical leave.\n' +
    'He left chief operating officer Timothy D. Cook in charge of day-to-day operations at Apple.\n',
  'mem:/apple/002.txt':
    'Tim Cook presented the new phone in California on Tuesday.\n' +
    'Shares of Apple rose after Tim Cook spoke, analysts at Goldman Sachs said.\n',
};

async function appleService(): Promise<{ service: CorpusService; workspace: InMemoryWorkspace }> {
  const workspace = new InMemoryWorkspace(APPLE, 'mem:/apple/entities.yaml');
  const service = createCorpusService({ workspace, data: recognizerData });
  await service.indexAll();
  return { service, workspace };
}

describe('entity groups', () => {
  it('groups a company with its legal form and a person with a short first name, as recognised in articles', async () => {
    const { service } = await appleService();
    const apple = service.entityGroups().find((g) => g.spellings.includes('Apple Inc.'))!;
    assert.deepEqual([...apple.spellings].sort(), ['Apple', 'Apple Inc.']);
    assert.equal(apple.variants.length, 2);
    assert.equal(apple.documents, 2);
    const cook = service.entityGroups().find((g) => g.spellings.includes('Tim Cook'))!;
    assert.ok(cook.spellings.includes('Timothy D. Cook'), cook.spellings.join());
    assert.equal(cook.name, 'Tim Cook', 'the most mentioned spelling names the group');
    assert.equal(cook.type, 'person');
    assert.equal(cook.first.uri, 'mem:/apple/001.txt', 'its first mention is the earliest of its variants');
  });

  it('describes rows by counts and spellings, and says "not in catalog" only when a catalog is in use', async () => {
    const { service } = await appleService();
    const cook = service.entityGroups().find((g) => g.spellings.includes('Tim Cook'))!;
    assert.equal(cook.description, '3 mentions in 2 articles · 2 spellings');
    assert.ok(service.entityGroups().every((g) => !g.description.includes('catalog')));

    const sample = (await sampleService()).service;
    const assad = sample.entityGroups().find((g) => g.entity === 'bashar-al-assad')!;
    assert.match(assad.description, /^\d+ mentions in 5 articles$/);
    const candidate = sample.entityGroups().find((g) => g.entity === null)!;
    assert.match(candidate.description, / · not in catalog$/);
    const one = sample.entityGroups().find((g) => g.documents === 1 && g.mentions === 1)!;
    assert.match(one.description, /^1 mention in 1 article\b/);
  });

  it('filters by names, aliases and ids, case and accents aside', async () => {
    const { service } = await sampleService();
    const names = (filter: string) => service.entityGroups({ filter }).map((g) => g.name);
    assert.ok(names('kiev').includes('Kyiv'), 'a catalog alias');
    assert.ok(names('KYIV').includes('Kyiv'));
    assert.ok(names('bashar-al').includes('Bashar al-Assad'), 'an id');
    assert.deepEqual(names('jaafari'), ['Bashar al-Jaafari']);
    assert.deepEqual(names('no such name'), []);
    assert.equal(service.entityGroups({ filter: '  ' }).length, service.entityGroups().length);
  });

  it('sorts by count, most mentioned first, or by name', async () => {
    const { service } = await sampleService({ 'mem:/corpus/entities.yaml': NO_ENTITIES });
    const byCount = service.entityGroups({ sort: 'count' });
    assert.ok(byCount.every((g, i) => i === 0 || byCount[i - 1].mentions >= g.mentions));
    assert.deepEqual(service.entityGroups(), byCount, 'count is the default');
    const byName = service.entityGroups({ sort: 'name' }).map((g) => g.name);
    assert.deepEqual(byName, [...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    assert.equal(byName.length, byCount.length);
  });

  it('makes candidates of the groups the catalog lacks', async () => {
    const { service } = await sampleService();
    const groups = service.entityGroups().filter((g) => g.entity === null);
    assert.deepEqual(service.candidates().map((c) => c.keys), groups.map((g) => g.keys));
  });
});

describe('adding a name to the catalog', () => {
  it('suggests a free slug for an id and says what is wrong with one', async () => {
    const { service } = await sampleService();
    assert.equal(service.suggestEntityId('Vnukovo International Airport'), 'vnukovo-international-airport');
    assert.equal(service.suggestEntityId('Kyiv'), 'kyiv-2');
    assert.equal(service.entityIdProblem('vnukovo'), undefined);
    assert.match(service.entityIdProblem('kyiv')!, /taken by Kyiv/);
    assert.match(service.entityIdProblem('Vnukovo Airport')!, /lower-case letters, digits and hyphens/);
    assert.match(service.entityIdProblem('')!, /lower-case/);
  });

  it('writes the type, id and description chosen, the variants as aliases, and finds the new entry', async () => {
    const { service, workspace } = await appleService();
    const cook = service.candidates().find((c) => c.spellings.includes('Timothy D. Cook'))!;
    const added = await service.addCandidateToCatalog(cook.keys[0], { type: 'person', id: 'tim-cook', description: ' Apple’s COO ' });
    assert.deepEqual(added, { id: 'tim-cook', name: 'Tim Cook', type: 'person', aliases: ['Timothy D. Cook'], description: 'Apple’s COO' });
    const { catalog, problems } = parseCatalog(workspace.text('mem:/apple/entities.yaml')!);
    assert.deepEqual(problems, []);
    assert.deepEqual(catalog.entities, [added]);
    const location = service.catalogEntryLocation('tim-cook')!;
    assert.equal(location.uri, 'mem:/apple/entities.yaml');
    assert.match(workspace.text(location.uri)!.split('\n')[location.range.start.line], /id: tim-cook/);
    assert.equal(service.catalogEntryLocation('nobody'), undefined);
    const timothy = service.analysis('mem:/apple/001.txt')!.entities.find((m) => m.text === 'Timothy D. Cook')!;
    assert.equal(timothy.entity, 'tim-cook');
    const cooks = service.entityGroups({ filter: 'cook' });
    assert.deepEqual(cooks.map((g) => [g.name, g.entity, g.variants.length]), [['Tim Cook', 'tim-cook', 0]], 'grouped anew once the names changed');
  });

  it('takes the type chosen over the recognised one, and refuses a taken or malformed id without writing', async () => {
    const { service, workspace } = await sampleService({ 'mem:/corpus/entities.yaml': NO_ENTITIES });
    const kyiv = service.candidates().find((c) => c.spellings.includes('Kyiv'))!;
    const added = await service.addCandidateToCatalog(kyiv.keys[0], { type: 'other', id: 'kyiv' });
    assert.equal(added.type, 'other');
    assert.equal(added.description, undefined, 'no description asked, none written');
    const before = workspace.text('mem:/corpus/entities.yaml');
    const donbas = service.candidates().find((c) => c.spellings.includes('Donbas'))!;
    await assert.rejects(service.addCandidateToCatalog(donbas.keys[0], { id: 'kyiv' }), /taken by/);
    await assert.rejects(service.addCandidateToCatalog(donbas.keys[0], { id: 'Don Bas' }), /lower-case/);
    assert.equal(workspace.text('mem:/corpus/entities.yaml'), before);
  });
});
