import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, CatalogEntity, EntityType } from '../../src/core/model';
import {
  compileCatalog, parseRecognizerData, recognizeEntities, type RawEntity,
} from '../../src/core/recognize/entities';

const dataDir = join(__dirname, '..', '..', 'data');
const load = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
const data = parseRecognizerData(load('entities-lexicon.json'), load('entities-cues.json'), load('entities-cities.json'));

const e = (id: string, name: string, type: EntityType, aliases: string[] = []): CatalogEntity => ({ id, name, type, aliases });
const catalog: Catalog = {
  entities: [
    e('bashar-al-assad', 'Bashar al-Assad', 'person', ['Assad', 'al-Assad', 'Al-Assad', 'Bashar Al-Assad']),
    e('bashar-al-jaafari', 'Bashar al-Jaafari', 'person'),
    e('vladimir-putin', 'Vladimir Putin', 'person', ['Putin']),
    e('donetsk-peoples-republic', "Donetsk People's Republic", 'location', ['DPR', 'Donetsk Peoples Republic', 'Donetsk Republic']),
    e('luhansk-peoples-republic', "Luhansk People's Republic", 'location', ["Lugansk People's Republic", 'LPR']),
    e('donetsk', 'Donetsk', 'location'),
    e('kyiv', 'Kyiv', 'location', ['Kiev', 'Kiyv']),
    e('turkiye', 'Turkiye', 'location', ['Turkey']),
    e('russia', 'Russia', 'location'),
    e('syria', 'Syria', 'location'),
    e('united-states', 'United States', 'location', ['US', 'U.S.']),
    e('united-nations', 'United Nations', 'organization', ['UN']),
  ],
  ignore: ['Most Popular', 'Read more', 'Live Story'],
};
const compiled = compileCatalog(catalog);
const empty = compileCatalog({ entities: [], ignore: [] });

const run = (text: string, cat = compiled): RawEntity[] => recognizeEntities(text, cat, data);
const spans = (text: string, cat = compiled) => run(text, cat).map((m) => `${m.text}|${m.type}|${m.entity ?? m.key}`);
const find = (ms: RawEntity[], text: string) => ms.filter((m) => m.text === text);

describe('entities: catalog matching', () => {
  it('resolves every spelling of one entity to its catalog id', () => {
    const ms = run('Damascus cut ties with Kiev on 20 July. Assad backed the war against Kyiv and the Kiyv regime.');
    assert.deepEqual(ms.filter((m) => m.entity === 'kyiv').map((m) => m.text), ['Kiev', 'Kyiv', 'Kiyv']);
    assert.ok(ms.every((m) => m.entity !== 'kyiv' || m.key === 'catalog:kyiv'));
  });

  it('is tolerant of case, hyphens and apostrophes in mixed-case names', () => {
    const text = 'Bashar Al-Assad met Bashar al-Assad. Bashar al Assad left. The Donetsk People’s Republic and the Donetsk People\'s Republic and the Donetsk Peoples Republic.';
    const ids = run(text).map((m) => m.entity);
    assert.deepEqual(ids, ['bashar-al-assad', 'bashar-al-assad', 'bashar-al-assad', 'donetsk-peoples-republic', 'donetsk-peoples-republic', 'donetsk-peoples-republic']);
  });

  it('prefers the longest alias', () => {
    const ms = run('the foreign minister of the Donetsk People’s Republic, Natalia Nikonorova');
    assert.equal(ms[0].text, 'Donetsk People’s Republic');
    assert.equal(ms[0].entity, 'donetsk-peoples-republic');
  });

  it('matches all-capital aliases only in capitals', () => {
    assert.deepEqual(spans('Sources told us that the US army was there.'), ['US|location|united-states']);
    assert.deepEqual(run('Us and them. We were at the UN and in the U.S.').map((m) => m.entity), ['united-nations', 'united-states']);
  });

  it('leaves the possessive out of the mention', () => {
    const ms = run('It supports Russia’s invasion, the DPR’s ministry said, and Russia\'s too.');
    assert.deepEqual(ms.map((m) => m.text), ['Russia', 'DPR', 'Russia']);
  });

  it('never reports the ignore list', () => {
    assert.deepEqual(run('Most Popular\nRead more: Trilateral Meeting Of Russia, Turkey And Syria In Moscow\nLive Story').map((m) => m.text), ['Russia', 'Turkey', 'Syria', 'Moscow']);
  });

  it('keeps Bashar al-Jaafari apart from Bashar al-Assad', () => {
    const text = 'Syrian President Bashar al-Assad was received by officials, including Syria’s envoy in the country, Bashar al-Jaafari. Bashar al-Jaafari spoke. Assad left.';
    assert.deepEqual(run(text).map((m) => m.entity), ['bashar-al-assad', 'syria', 'bashar-al-jaafari', 'bashar-al-jaafari', 'bashar-al-assad']);
    const unseen = run(text, empty).filter((m) => m.type === 'person');
    assert.deepEqual(unseen.map((m) => `${m.text}|${m.key}`), [
      'Bashar al-Assad|name:bashar al assad', 'Bashar al-Jaafari|name:bashar al jaafari',
      'Bashar al-Jaafari|name:bashar al jaafari', 'Assad|name:bashar al assad',
    ]);
  });

  it('links the typo DRP to DPR when DPR is in the same article', () => {
    const ms = run('According to the Donetsk People\'s Republic (DPR), Assad met with the DPR’s minister. Fox News could not verify the DRP’s claims.');
    assert.equal(find(ms, 'DRP')[0].entity, 'donetsk-peoples-republic');
  });
});

describe('entities: names the catalog lacks', () => {
  it('drops titles and demonyms and types people from titles', () => {
    const ms = run('Ukrainian President Volodymyr Zelensky announced it. Russia’s Deputy Foreign Minister Mikhail Bogdanov came.', empty);
    assert.deepEqual(ms.map((m) => `${m.text}|${m.type}`), ['Volodymyr Zelensky|person', 'Russia|location', 'Mikhail Bogdanov|person']);
  });

  it('types a person after a title and a comma', () => {
    const ms = run('Sources said that Syria’s Foreign Minister, Faysal Mikdad, will be meeting with the Foreign Minister of the Donetsk People’s Republic, Natalia Nikonorova, on the following day.', empty);
    assert.equal(find(ms, 'Faysal Mikdad')[0].type, 'person');
    assert.equal(find(ms, 'Natalia Nikonorova')[0].type, 'person');
    assert.equal(find(ms, 'Foreign Minister').length, 0);
  });

  it('types organisations and places from their last word and the gazetteer', () => {
    const ms = run('Though Assad backed the war, Fox News could not verify it. He landed at Moscow’s Vnukovo International Airport in Syria. These include members of Al-Qaeda, Hayat Tahrir al-Sham (HTS), and ISIS.', empty);
    const type = (t: string) => find(ms, t)[0]?.type;
    assert.equal(type('Fox News'), 'organization');
    assert.equal(type('Moscow'), 'location');
    assert.equal(type('Vnukovo International Airport'), 'location');
    assert.equal(type('Syria'), 'location');
    assert.equal(type('Al-Qaeda'), 'organization');
    assert.equal(type('Hayat Tahrir al-Sham'), 'organization');
    assert.equal(find(ms, 'HTS')[0].key, find(ms, 'Hayat Tahrir al-Sham')[0].key);
    assert.equal(find(ms, 'Though').length, 0);
  });

  it('does not take demonyms, sentence-initial words, months or weekdays for names', () => {
    const text = 'According to the sources, the Syrian regime met. Since its February invasion, Russian forces killed thousands. During the meeting, they said it. Official sources said it. Both states were there on Thursday in recent European history.';
    assert.deepEqual(run(text, empty).map((m) => m.text), []);
  });

  it('reads Title Case headlines word by word', () => {
    const ms = run('Putin’s Special Envoy Meets With Bashar Al-Assad\n\nFriday 13 January 2023 - 11:42\n', empty);
    assert.deepEqual(ms.map((m) => m.text), ['Putin', 'Bashar Al-Assad']);
  });

  it('keeps an ordinary first word of a known name: "NEW YORK" in capitals, "New Zealand" opening a line, after "("', () => {
    const ms = run('BASEBALL - NEW YORK BEAT BOSTON.\nNew Zealand won.\nTeams (United Arab Emirates) met.', empty);
    assert.deepEqual(ms.map((m) => m.text), ['NEW YORK', 'BOSTON', 'New Zealand', 'United Arab Emirates']);
  });

  it('keeps an initial with the surname, even one spelt like a stop word: "A. Dale", "M. Waugh"', () => {
    const ms = run('Glamorgan 259 (A. Dale 69, H. Morris 69)\nM. Waugh c and b Jayasuriya 50', empty);
    assert.deepEqual(ms.map((m) => m.text), ['Glamorgan', 'A. Dale', 'H. Morris', 'M. Waugh', 'Jayasuriya']);
    assert.deepEqual(run('He met John F. Kennedy and J. R. R. Tolkien.', empty).map((m) => m.text), ['John F. Kennedy', 'J. R. R. Tolkien']);
  });

  it('keeps a club\'s head word in a results table: "Sheffield United 2", "Notts County 3"', () => {
    const ms = run('Oldham 4 0 1 3 5 9 1 Sheffield United 2 0 1 1 4 5 1 Notts County 3 1 1 1 2 2 4', empty);
    assert.deepEqual(ms.map((m) => m.text), ['Oldham', 'Sheffield United', 'Notts County']);
    assert.equal(ms[1].type, 'organization');
    assert.deepEqual(run('RUSSIA ARMY MOVES INTO GROZNY', empty).map((m) => m.text), ['RUSSIA', 'GROZNY']);
  });

  it('gives a later short form the key of the full name', () => {
    const ms = run('Syrian President Bashar al-Assad held a meeting. Al-Assad went on to say it. Assad told Putin.', empty);
    const keys = ms.filter((m) => m.text !== 'Putin').map((m) => m.key);
    assert.deepEqual(keys, ['name:bashar al assad', 'name:bashar al assad', 'name:bashar al assad']);
    assert.ok(ms.filter((m) => m.text !== 'Putin').every((m) => m.type === 'person'));
  });

  it('types larger cities from the city gazetteer', () => {
    const ms = run('Shelling was reported in Luhansk and Donetsk overnight. The A380 will land in Sydney on October 25.', empty);
    assert.deepEqual(ms.filter((m) => m.type === 'location').map((m) => m.text), ['Luhansk', 'Donetsk', 'Sydney']);
  });

  it('does not take two-word demonyms for names', () => {
    const ms = run('Ford aims to end its North American losses by 2008, while Latin American sales grew.', empty);
    assert.deepEqual(ms.map((m) => m.text), ['Ford']);
  });

  it('types "Name, Place" from the place only when the place is the whole next name', () => {
    const ms = run('Dreamliners go to six airlines - Air China, China Eastern Airlines and Hainan Airlines. Airbus is based in Toulouse, France.', empty);
    assert.equal(find(ms, 'Air China')[0].type, 'organization');
    assert.equal(find(ms, 'Toulouse')[0].type, 'location');
  });

  it('types names ending in "Air" as airlines', () => {
    const ms = run('This year saw the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200.', empty);
    assert.equal(find(ms, 'Adam Air')[0].type, 'organization');
  });

  it('returns sorted, non-overlapping UTF-16 spans that slice to their text', () => {
    const text = 'In 😀 emoji news, Syria’s Foreign Minister, Faysal Mikdad, met Donetsk People’s Republic officials in Damascus.';
    const ms = run(text);
    for (let i = 0; i < ms.length; i++) {
      assert.equal(text.slice(ms[i].start, ms[i].end), ms[i].text);
      if (i > 0) assert.ok(ms[i - 1].end <= ms[i].start);
    }
  });
});

describe('entities: seed articles', () => {
  const seeds = join(__dirname, '..', '..', 'sample-corpus');
  const read = (f: string) => readFileSync(join(seeds, f), 'utf8');

  it('finds the people, places and organisations of 000', () => {
    const ms = run(read('000_8c67307d6b1f2411.txt'));
    const texts = new Set(ms.map((m) => m.text));
    for (const t of ['Damascus', 'Faysal Mikdad', 'Natalia Nikonorova', 'Bashar al-Assad', 'Volodymyr Zelensky', 'Denis Pushilin', 'Bashar al-Jaafari', 'Atlantic Council', 'CIA']) assert.ok(texts.has(t), t);
    for (const t of ['Most Popular', 'Syrian', 'Russian', 'Ukrainian', 'According', 'Since', 'During', 'October']) assert.ok(!texts.has(t), t);
  });

  it('resolves every variant in 002 to the catalog', () => {
    const ms = run(read('002_f48a50816c6044df.txt'));
    assert.ok(find(ms, 'Kiyv').every((m) => m.entity === 'kyiv'));
    assert.ok(find(ms, 'DRP').every((m) => m.entity === 'donetsk-peoples-republic'));
    assert.ok(find(ms, 'Assad').every((m) => m.entity === 'bashar-al-assad'));
    assert.equal(find(ms, 'Fox News')[0].type, 'organization');
  });
});

describe('entities: parseRecognizerData', () => {
  it('rejects malformed data', () => {
    assert.throws(() => parseRecognizerData([]), /expected an object/);
    assert.throws(() => parseRecognizerData({ firstNames: [1] }), /list of strings/);
  });
});
