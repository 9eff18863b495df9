import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCatalog } from '../../src/core/catalog/parse';
import { catalogEntitiesNamed, nameKey, symbolLabel } from '../../src/core/features/nameMatch';
import { SAMPLE } from './support/corpus';

describe('names: matching a selection against the catalog', () => {
  const parsed = parseCatalog(fs.readFileSync(path.join(SAMPLE, 'entities.yaml'), 'utf8'));

  it('finds the entity by its name or an alias, case and punctuation aside', () => {
    const catalog = parsed.catalog;
    const ids = (text: string) => catalogEntitiesNamed(catalog, text).map((e) => e.id);
    assert.deepEqual(ids('Kiev'), ['kyiv']);
    assert.deepEqual(ids('kyiv'), ['kyiv']);
    assert.deepEqual(ids('Moscow'), ['moscow']);
    assert.deepEqual(ids('Denis Pushilin'), ['denis-pushilin']);
    assert.deepEqual(ids('al Assad'), ['bashar-al-assad']);
    assert.deepEqual(ids('Lugansk People’s Republic'), ['luhansk-peoples-republic']);
    assert.deepEqual(ids('Nobody Known'), []);
  });

  it('compares an all-capitals name exactly', () => {
    assert.notEqual(nameKey('US'), nameKey('us'));
    assert.equal(nameKey('Al-Assad'), nameKey('al assad'));
  });
});

describe('names: workspace symbol labels', () => {
  it('labels an entity found by an alias with that alias, so that the editor keeps it', () => {
    assert.equal(symbolLabel('kyiv', 'Kyiv', ['Kiev', 'Kiyv']), 'Kyiv');
    assert.equal(symbolLabel('Kiev', 'Kyiv', ['Kiev', 'Kiyv']), 'Kyiv (Kiev)');
    assert.equal(symbolLabel('jaafari', 'Bashar al-Jaafari', []), 'Bashar al-Jaafari');
    assert.equal(symbolLabel('london', 'Kyiv', ['Kiev']), undefined);
    assert.equal(symbolLabel('', 'Kyiv', ['Kiev']), 'Kyiv');
  });
});
