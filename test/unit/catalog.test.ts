import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml11 } from 'yaml';
import { addEntityToCatalog, parseCatalog, slugifyEntityId } from '../../src/core/catalog';
import type { CatalogEntity } from '../../src/core/model';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../sample-corpus/entities.yaml'), 'utf8');

const lines = (...l: string[]): string => l.map((x) => `${x}\n`).join('');

describe('catalog: parseCatalog', () => {
  it('reads the sample catalog without problems', () => {
    const { catalog, problems } = parseCatalog(SAMPLE);
    assert.deepEqual(problems, []);
    assert.equal(catalog.entities.length, 37);
    assert.deepEqual(catalog.entities[0], {
      id: 'bashar-al-assad',
      name: 'Bashar al-Assad',
      type: 'person',
      aliases: ['Assad', 'al-Assad', 'Al-Assad', 'Bashar Al-Assad'],
      description: 'President of Syria',
      wikidata: 'Q44329',
    });
    assert.ok(catalog.ignore.includes('Most Popular'));
  });

  it('reads an empty file as an empty catalog', () => {
    assert.deepEqual(parseCatalog(''), { catalog: { entities: [], ignore: [] }, problems: [] });
    assert.deepEqual(parseCatalog('# nothing yet\n').problems, []);
  });

  it('skips invalid entries with a problem on their line and keeps the rest', () => {
    const text = lines(
      'version: 1',
      'entities:',
      '  - id: good-one',           // 2
      '    name: Good One',
      '    type: person',
      '  - id: Bad Id',             // 5
      '    name: X',
      '    type: person',
      '  - id: no-name',            // 8
      '    type: person',
      '  - id: bad-type',           // 10
      '    name: Y',
      '    type: animal',           // 12
      '  - id: good-one',           // 13 duplicate
      '    name: Again',
      '    type: other',
      '  - just a string',          // 16
      '  - id: bad-aliases',
      '    name: Z',
      '    type: location',
      '    aliases: Zed',           // 20
      '  - id: bad-wikidata',
      '    name: W',
      '    type: organization',
      '    wikidata: 44329',         // 24
      '  - id: good-two',
      '    name: 1917',
      '    type: other',
      '    aliases: [October Revolution, 1917]',
      '    colour: red',             // 29 unknown key: warning only
      'ignore: [Read more]',
    );
    const { catalog, problems } = parseCatalog(text);
    assert.deepEqual(catalog.entities.map((e) => e.id), ['good-one', 'good-two']);
    assert.deepEqual(catalog.entities[1].aliases, ['October Revolution', '1917']);
    assert.equal(catalog.entities[1].name, '1917');
    assert.deepEqual(catalog.ignore, ['Read more']);
    const errorLines = problems.filter((p) => p.severity === 'error').map((p) => p.line);
    assert.deepEqual(errorLines, [5, 8, 12, 13, 16, 20, 24]);
    assert.match(problems.find((p) => p.line === 13)!.message, /Duplicate id 'good-one' \(first used on line 3\)/);
    assert.deepEqual(problems.filter((p) => p.severity === 'warning').map((p) => [p.line, p.column]), [[29, 4]]);
  });

  it('reports malformed YAML on its 0-based line and column', () => {
    const text = lines(
      'version: 1',
      'entities:',
      '  - id: a',
      '    name: A',
      '    type: person',
      '  - id: b',
      '     name: B', // 6: indented too far
      '    type: person',
    );
    const { problems } = parseCatalog(text);
    assert.equal(problems[0].line, 6);
    assert.equal(problems[0].column, 5);
    assert.equal(problems[0].severity, 'error');
  });

  it('counts problem columns in code points', () => {
    const { problems } = parseCatalog(lines('version: 1', 'entities:', '  - {id: 😀x, name: 𝔘, type: bad}'));
    // in UTF-16 the bad type would be at column 30: each astral character counts once here
    assert.deepEqual(problems.map((p) => [p.line, p.column]), [[2, 9], [2, 28]]);
  });

  it('ignores a catalog of another version, with an error', () => {
    const { catalog, problems } = parseCatalog(lines('version: 2', 'entities:', '  - {id: a, name: A, type: person}'));
    assert.equal(catalog.entities.length, 0);
    assert.equal(problems[0].line, 0);
    assert.equal(problems[0].severity, 'error');
  });

  it('rejects a root that is not a mapping', () => {
    const { catalog, problems } = parseCatalog('- a\n- b\n');
    assert.equal(catalog.entities.length, 0);
    assert.equal(problems.length, 1);
  });
});

describe('catalog: addEntityToCatalog', () => {
  const newcomer: CatalogEntity = { id: 'new-person', name: 'New Person', type: 'person', aliases: ['N. Person', 'Person'], description: 'Someone new' };

  it('creates a catalog when there is none', () => {
    assert.equal(
      addEntityToCatalog(undefined, newcomer),
      lines('version: 1', 'entities:', '  - id: new-person', '    name: New Person', '    type: person', '    aliases: [N. Person, Person]', '    description: Someone new'),
    );
  });

  it('appends to the sample catalog keeping every comment and the key order', () => {
    const out = addEntityToCatalog(SAMPLE, newcomer);
    const before = SAMPLE.split('\n');
    const after = out.split('\n');
    // only the new entry is added (before `ignore:`); the rest is unchanged but for comment spacing
    const squash = (l: string): string => l.replace(/\s+#/, ' #');
    const added = after.filter((l) => !before.map(squash).includes(squash(l)));
    assert.deepEqual(added, ['  - id: new-person', '    name: New Person', '    aliases: [N. Person, Person]', '    description: Someone new']);
    assert.equal(after.length, before.length + 5);
    assert.ok(out.indexOf('id: new-person') < out.indexOf('ignore:'));
    for (const comment of SAMPLE.match(/#.*$/gm)!) assert.ok(out.includes(comment), comment);
    const reparsed = parseCatalog(out);
    assert.deepEqual(reparsed.problems, []);
    assert.deepEqual(reparsed.catalog.entities.at(-1), newcomer);
    assert.deepEqual(reparsed.catalog.entities.slice(0, -1), parseCatalog(SAMPLE).catalog.entities);
  });

  it('quotes values that YAML 1.1 readers would not read as text', () => {
    const odd: CatalogEntity = { id: 'no', name: 'No', type: 'other', aliases: ['yes', '2022-10-17', 'a, b', '1_000', '#1'], description: 'on' };
    const out = addEntityToCatalog(undefined, odd);
    assert.deepEqual(parseCatalog(out).catalog.entities, [odd]);
    const asYaml11 = parseYaml11(out, { version: '1.1' }) as { entities: Record<string, unknown>[] };
    assert.deepEqual(asYaml11.entities[0], { ...odd });
  });

  it('adds `entities` to a catalog that has none, before `ignore`', () => {
    assert.equal(
      addEntityToCatalog(lines('# my corpus', 'version: 1', 'ignore: [Read more]'), { id: 'x', name: 'X', type: 'location', aliases: [] }),
      lines('# my corpus', 'version: 1', 'entities:', '  - id: x', '    name: X', '    type: location', 'ignore: [Read more]'),
    );
    assert.equal(
      addEntityToCatalog(lines('version: 1', 'entities:'), { id: 'x', name: 'X', type: 'location', aliases: [] }),
      lines('version: 1', 'entities:', '  - id: x', '    name: X', '    type: location'),
    );
  });

  it('throws rather than overwrite a broken catalog or write a bad entry', () => {
    const x: CatalogEntity = { id: 'x', name: 'X', type: 'person', aliases: [] };
    assert.throws(() => addEntityToCatalog('entities:\n  - id: a\n   name: b\n', x), /line 3/);
    assert.throws(() => addEntityToCatalog('version: 2\nentities: []\n', x));
    assert.throws(() => addEntityToCatalog('entities: 3\n', x));
    assert.throws(() => addEntityToCatalog(SAMPLE, { ...x, id: 'bashar-al-assad' }), /already/);
    assert.throws(() => addEntityToCatalog(undefined, { ...x, id: 'Not OK' }));
    assert.throws(() => addEntityToCatalog(undefined, { ...x, wikidata: 'x1' }));
  });
});

describe('catalog: slugifyEntityId', () => {
  it('makes readable ids', () => {
    const none = new Set<string>();
    assert.equal(slugifyEntityId('Bashar al-Assad', none), 'bashar-al-assad');
    assert.equal(slugifyEntityId("Luhansk People's Republic", none), 'luhansk-peoples-republic');
    assert.equal(slugifyEntityId('Donetsk People’s Republic', none), 'donetsk-peoples-republic');
    assert.equal(slugifyEntityId('Recep Tayyip Erdoğan', none), 'recep-tayyip-erdogan');
    assert.equal(slugifyEntityId('Türkiye', none), 'turkiye');
    assert.equal(slugifyEntityId('  Øresund  Straße ', none), 'oresund-strasse');
    assert.equal(slugifyEntityId('Путин', none), 'entity');
  });

  it('never returns a taken id', () => {
    const taken = new Set(['bashar-al-assad', 'bashar-al-assad-2']);
    assert.equal(slugifyEntityId('Bashar Al-Assad', taken), 'bashar-al-assad-3');
  });
});
