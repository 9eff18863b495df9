import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { compileCatalog, recognizeEntities } from '../../src/core/recognize/entities';
import { loadRecognizerData } from '../../src/node/recognizerData';

// Rules that run after the model, with the shipped data, model included: the
// model is what types a dateline by the rest of the story.
const { data } = loadRecognizerData(join(__dirname, '..', '..', 'data'));
const typesOf = (text: string, catalog = compileCatalog({ entities: [], ignore: [] })) =>
  recognizeEntities(text, catalog, data).map((m) => `${m.text}|${m.type}`);

describe('entities: datelines', () => {
  const results =
    'BASEBALL - RESULTS ON MONDAY.\nBOSTON 2026-05-04\nResults of games played on Monday (home team in CAPS):\n' +
    'BOSTON 5 Toronto 3\nSEATTLE 2 Oakland 1\nTEXAS 4 BOSTON 1\nBOSTON won its fourth game in five days.';

  it('types the place a story was filed from as a place, though the same name is a team in the story', () => {
    const types = typesOf(results);
    assert.equal(types[0], 'BOSTON|location');
    assert.ok(types.slice(1).includes('BOSTON|organization'), types.join(', '));
  });

  it('takes a comma list of places and a month-day date with the agency after it', () => {
    assert.deepEqual(typesOf('WASHINGTON, Dec 3 (Reuters) - The Treasury said on Thursday it would sell bonds.').slice(0, 1), ['WASHINGTON|location']);
    assert.deepEqual(typesOf('Hosts on top.\nDERBY, England 2026-05-04\nDerby beat Leeds 2-0.').slice(0, 2), ['DERBY|location', 'England|location']);
  });

  it('leaves a catalog entity, and a name not followed by a date, as they are', () => {
    const club = compileCatalog({ entities: [{ id: 'boston-red-sox', name: 'BOSTON', type: 'organization', aliases: [] }], ignore: [] });
    assert.equal(typesOf(results, club)[0], 'BOSTON|organization');
    assert.equal(typesOf('BASEBALL - RESULTS.\nBOSTON 5 Toronto 3\nBOSTON 2 SEATTLE 1')[0], 'BOSTON|organization');
  });
});

describe('entities: compass words in place names', () => {
  it('keeps a capitalised Northern, Southern, Eastern or Western before a place mid-sentence', () => {
    assert.deepEqual(typesOf('Ukraine beat Northern Ireland 1-0 on Saturday.').slice(0, 2), ['Ukraine|location', 'Northern Ireland|location']);
    assert.deepEqual(typesOf('The mine is in Northern Cape province, far from Western Australia.'), ['Northern Cape|location', 'Western Australia|location']);
  });

  it('drops it where the capital says nothing: a sentence start, or before a common noun', () => {
    assert.deepEqual(typesOf('Western diplomats met in Eastern Europe.'), ['Eastern Europe|location']);
    assert.equal(typesOf('Northern Syria was quiet.')[0], 'Syria|location');
  });
});
