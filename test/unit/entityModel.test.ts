import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog, parseRecognizerData, recognizeEntities } from '../../src/core/recognize/entities';
import { entryOf, parseEntityModel } from '../../src/core/recognize/entities/model/entityModel';
import type { GoldDoc } from '../../scripts/eval/types';
import { MODEL_FILE, modelFileText, wordLists } from '../../scripts/train/main';
import { SETTINGS, buildModel } from '../../scripts/train/model';
import { readTrainingSet } from '../../scripts/train/split';

const LABEL_TYPES = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;

/** A gold document from text with its names marked: "[PER Ann Lee] joined [ORG Acme]". */
function marked(id: string, source: string): GoldDoc {
  let text = '';
  const entities: { start: number; end: number; text: string; type: 'person' | 'organization' | 'location' }[] = [];
  const pattern = /\[(PER|ORG|LOC) ([^\]]+)\]/g;
  let last = 0;
  for (const m of source.matchAll(pattern)) {
    text += source.slice(last, m.index);
    entities.push({ start: text.length, end: text.length + m[2].length, text: m[2], type: LABEL_TYPES[m[1] as keyof typeof LABEL_TYPES] });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { id, text, dct: null, annotatedUpTo: null, hasEntities: true, hasTimex: false, entities, timex: [], optional: [] };
}

// Made-up surnames after a role word: the rules, knowing none of them, call
// them organisations; the model is to learn that the role makes them persons.
const SURNAMES = ['Vantorre', 'Quillam', 'Ostrova', 'Benedek', 'Marazzi', 'Tolvanen', 'Dunmore', 'Okonji', 'Haverkamp', 'Sorel', 'Pellworth', 'Ruggeri'];
const CLUBS = ['Brellford', 'Oxtan', 'Carvale', 'Dremmen', 'Lisburg', 'Yarrow'];
const trainingSlice = SURNAMES.map((name, i) => {
  const club = CLUBS[i % CLUBS.length];
  return marked(`hand:${i}`,
    `The match ended in a draw.\nGoalkeeper [PER ${name}] saved a penalty for [ORG ${club}] in the second half.\n` +
    `Later the coach said goalkeeper [PER ${name}] had played well.\n`);
});
const small = { ...SETTINGS, bits: 16, runs: 1, minCount: 1, minWordCount: 1 };

describe('entities: the learnt model', () => {
  const lists = wordLists();
  const empty = compileCatalog({ entities: [], ignore: [] });
  const typeOf = (text: string, name: string, data = lists): string | undefined =>
    recognizeEntities(text, empty, data).find((e) => e.text === name)?.type;

  it('learns from a hand-written slice to type a name it never saw, in a sentence held apart', () => {
    const data = parseRecognizerData(lists, { entityModel: buildModel(trainingSlice, lists, small) });
    const heldApart = 'In the final minute goalkeeper Zaborsky saved a shot.';
    assert.notEqual(typeOf(heldApart, 'Zaborsky'), 'person', 'the rules alone should not know this name');
    assert.equal(typeOf(heldApart, 'Zaborsky', data), 'person');
  });

  it('trains deterministically: the same data give the same model', () => {
    assert.deepEqual(buildModel(trainingSlice, lists, small), buildModel(trainingSlice, lists, small));
  });

  it('is the model `npm run train` builds from ../shared/data/train', function () {
    const set = readTrainingSet();
    if (!set) this.skip(); // a user's clone has no ../shared: reported as pending, not passed
    this.timeout(300_000);
    const shipped = readFileSync(join(__dirname, '..', '..', 'data', MODEL_FILE), 'utf8');
    assert.ok(shipped === modelFileText(buildModel(set.train, lists)), `data/${MODEL_FILE} is stale: run npm run train`);
  });
});

describe('entities: parseEntityModel', () => {
  const valid = { format: 1, labels: ['none', 'person', 'organization', 'location', 'other'], bits: 8, scale: 10, local: { slots: [3, 2], weights: [1, 2, 3, 4, 5, 0, 0, 0, 0, -5] }, article: { slots: [], weights: [] } };

  it('reads slots as ascending differences and weights divided by the scale', () => {
    const model = parseEntityModel(valid, 'm.json');
    assert.equal(model.bits, 8);
    assert.deepEqual([3, 4, 5].map((slot) => entryOf(model, slot) >= 0), [true, false, true]);
    // local weights of slot 5 are the 5 after slot 3's; article weights follow each slot's local ones
    assert.equal(model.weights[entryOf(model, 5) * 10 + 4], -0.5);
    assert.ok(Math.abs(model.weights[entryOf(model, 3) * 10 + 1] - 0.2) < 1e-6);
    assert.equal(model.weights[entryOf(model, 3) * 10 + 5], 0);
  });

  it('keeps the shipped weights where their sums are exact in any order (addWeights)', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', MODEL_FILE), 'utf8')) as { entityModel: unknown };
    const { weights } = parseEntityModel(file.entityModel, MODEL_FILE);
    // float32s of at least 2^-7 are multiples of 2^-30; fewer than 2^17 of them below 2^6 sum below 2^23
    assert.ok(weights.every((w) => w === 0 || (Math.abs(w) >= 2 ** -7 && Math.abs(w) < 2 ** 6)));
  });

  for (const [what, change, message] of [
    ['an unknown format', { format: 2 }, /format 2 is not supported/],
    ['other labels', { labels: ['person'] }, /labels must be/],
    ['bits out of range', { bits: 40 }, /bits must be/],
    ['a non-positive scale', { scale: 0 }, /scale must be/],
    ['slots not ascending', { local: { slots: [3, 0], weights: new Array(10).fill(0) } }, /slot 1 is not an ascending/],
    ['a slot beyond the bits', { local: { slots: [300], weights: new Array(5).fill(0) } }, /outside 8 bits/],
    ['too few weights', { local: { slots: [1], weights: [1] } }, /1 weights for 1 slots/],
    ['a missing part', { article: undefined }, /"article" needs slots and weights/],
  ] as const) {
    it(`rejects ${what}, naming the file`, () => {
      assert.throws(() => parseEntityModel({ ...valid, ...change }, 'm.json'), (e: Error) => /^m\.json: entity model/.test(e.message) && message.test(e.message));
    });
  }

  it('is taken from a data file by its key, and only once', () => {
    assert.ok(parseRecognizerData({ entityModel: valid }).entityModel);
    assert.throws(() => parseRecognizerData({ entityModel: valid }, { entityModel: valid }), /a second entity model/);
  });
});
