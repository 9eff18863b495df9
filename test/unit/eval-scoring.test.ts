// The evaluation scorer (scripts/eval) on hand-made gold/prediction pairs:
// if these numbers are wrong, every figure the team tunes against is too.

import * as assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { timexValue } from '../../scripts/eval/baselines';
import { prf } from '../../scripts/eval/counts';
import { context, edgeDifference } from '../../scripts/eval/errors';
import { parseGold } from '../../scripts/eval/gold';
import { matchOneToOne, anyOverlap } from '../../scripts/eval/matching';
import { toPredictions } from '../../scripts/eval/ours';
import { entityReport, timexReport } from '../../scripts/eval/report';
import { scoreEntities } from '../../scripts/eval/scoreEntities';
import { scoreTimex } from '../../scripts/eval/scoreTimex';
import type { DocPredictions, EntitySpan, EntityType, GoldDoc, TimexSpan, TimexType } from '../../scripts/eval/types';

const TEXT = 'General Motors said on Monday that Apple CEO Tim Cook met US officials in Detroit last week.';

function at(phrase: string, text = TEXT): { start: number; end: number; text: string } {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" not in text`);
  return { start, end: start + phrase.length, text: phrase };
}

const ent = (phrase: string, type: EntityType): EntitySpan => ({ ...at(phrase), type });
const tmx = (phrase: string, type: TimexType, value: string): TimexSpan => ({ ...at(phrase), type, value });

function goldDoc(overrides: Partial<GoldDoc> = {}): GoldDoc {
  return {
    id: 'doc',
    text: TEXT,
    dct: '2011-08-29',
    annotatedUpTo: null,
    hasEntities: true,
    hasTimex: true,
    entities: [ent('General Motors', 'organization'), ent('Tim Cook', 'person'), ent('Detroit', 'location')],
    timex: [tmx('Monday', 'date', '2011-08-29'), tmx('last week', 'date', '2011-W34')],
    optional: [at('Apple'), at('US')],
    ...overrides,
  };
}

function predictions(p: Partial<DocPredictions>, id = 'doc'): Map<string, DocPredictions> {
  return new Map([[id, { entities: p.entities ?? [], dates: p.dates ?? [] }]]);
}

describe('eval scoring', () => {
  describe('entities', () => {
    it('scores exact span + type as strict, overlap + type as relaxed', () => {
      const gold = goldDoc();
      const scores = scoreEntities([gold], predictions({
        entities: [ent('General', 'organization'), ent('Tim Cook', 'person'), ent('Detroit', 'organization')],
      }));
      const report = entityReport(scores);
      assert.deepEqual(pick(report.micro.strict), { tp: 1, fp: 2, fn: 2 });
      assert.deepEqual(pick(report.micro.relaxed), { tp: 2, fp: 1, fn: 1 });
      // the type is wrong for Detroit, but its span is right
      assert.deepEqual(pick(report.micro.untypedStrict), { tp: 2, fp: 1, fn: 1 });
      assert.deepEqual(pick(report.byType.location.strict), { tp: 0, fp: 0, fn: 1 });
      assert.deepEqual(pick(report.byType.organization.strict), { tp: 0, fp: 2, fn: 1 });
      assert.equal(report.micro.strict.precision, 1 / 3);
      assert.equal(report.micro.strict.recall, 1 / 3);
    });

    it('ignores predictions overlapping only optional spans, but not wrong ones touching gold', () => {
      const scores = scoreEntities([goldDoc()], predictions({
        entities: [
          ent('Apple', 'organization'), // optional only: ignored
          ent('US', 'location'), // optional only: ignored
          ent('Apple CEO Tim Cook', 'person'), // overlaps gold Tim Cook: a boundary error
        ],
      }));
      assert.equal(scores.ignored.optionalOnly, 2);
      assert.deepEqual(pick(scores.byType.person.strict), { tp: 0, fp: 1, fn: 1 });
      assert.deepEqual(pick(scores.byType.person.relaxed), { tp: 1, fp: 0, fn: 0 });
      assert.deepEqual(scores.errors.map((e) => e.class).sort(), ['boundary', 'missing', 'missing']);
    });

    it('ignores predictions starting at or after annotatedUpTo, keeps those straddling it', () => {
      const cut = at('Detroit').start;
      const gold = goldDoc({ annotatedUpTo: cut, entities: [ent('General Motors', 'organization'), ent('Tim Cook', 'person')] });
      const scores = scoreEntities([gold], predictions({
        entities: [ent('Detroit', 'location'), ent('last week', 'other'), { ...at('officials in Detroit'), type: 'organization' }],
      }));
      assert.equal(scores.ignored.afterAnnotatedUpTo, 2);
      assert.deepEqual(pick(entityReport(scores).micro.strict), { tp: 0, fp: 1, fn: 2 });
    });

    it("counts 'other' as a false positive when typed, a hit when untyped", () => {
      const report = entityReport(scoreEntities([goldDoc()], predictions({ entities: [ent('Tim Cook', 'other'), ent('said', 'other')] })));
      assert.deepEqual(pick(report.byType.other.strict), { tp: 0, fp: 2, fn: 0 });
      assert.deepEqual(pick(report.micro.strict), { tp: 0, fp: 2, fn: 3 });
      assert.deepEqual(pick(report.micro.untypedStrict), { tp: 1, fp: 1, fn: 2 });
    });

    it('scores only docs with the entities layer', () => {
      const scores = scoreEntities([goldDoc({ hasEntities: false })], predictions({ entities: [ent('said', 'person')] }));
      assert.equal(scores.docs, 0);
      assert.deepEqual(pick(entityReport(scores).micro.strict), { tp: 0, fp: 0, fn: 0 });
    });

    it('classifies misses as type, boundary, boundary+type, missing, spurious', () => {
      const scores = scoreEntities([goldDoc()], predictions({
        entities: [ent('General Motors', 'location'), ent('Cook', 'person'), ent('in Detroit', 'organization'), ent('Monday', 'person')],
      }));
      assert.deepEqual(scores.errors.map((e) => e.class).sort(), ['boundary', 'boundary+type', 'spurious', 'type']);
      const doc = goldDoc();
      assert.equal(edgeDifference(TEXT, at('Detroit'), at('in Detroit last')), 'left +"in ", right +" last"');
      assert.equal(context(doc.text, at('Tim Cook'), at('Cook')).includes('[Tim {Cook]}'), true);
    });
  });

  describe('timex', () => {
    it('matches one to one: two predictions inside one gold give one hit', () => {
      const scores = scoreTimex([goldDoc()], predictions({
        dates: [tmx('last', 'date', '2011-W34'), tmx('week', 'duration', 'P1W'), tmx('Monday', 'date', '2011-08-29')],
      }));
      assert.deepEqual(pick(scores.strict), { tp: 1, fp: 2, fn: 1 });
      assert.deepEqual(pick(scores.relaxed), { tp: 2, fp: 1, fn: 0 });
    });

    it('finds the largest matching, not the greedy one', () => {
      // pred 0 overlaps both golds, pred 1 only the first: both golds can be matched
      const gold = [{ start: 0, end: 10 }, { start: 10, end: 12 }];
      const predicted = [{ start: 2, end: 11 }, { start: 0, end: 3 }];
      const m = matchOneToOne(gold, predicted, anyOverlap);
      assert.deepEqual(m.pairs, [[0, 1], [1, 0]]);
      assert.deepEqual([m.unmatchedGold, m.unmatchedPredicted], [[], []]);
    });

    it('gives type and value accuracy over relaxed pairs, values case-insensitive', () => {
      const scores = scoreTimex([goldDoc({ timex: [tmx('Monday', 'date', '2011-08-29'), tmx('last week', 'date', 'PAST_REF')] })], predictions({
        dates: [tmx('on Monday', 'date', '2011-08-22'), tmx('last week', 'duration', 'past_ref'), tmx('said', 'date', 'X')],
      }));
      const report = timexReport(scores);
      assert.equal(report.relaxed.f1, prf({ tp: 2, fp: 1, fn: 0 }).f1);
      assert.equal(report.valueAccuracy, 0.5);
      assert.equal(report.typeAccuracy, 0.5);
      assert.equal(report.te3ValueF1, report.relaxed.f1 * 0.5);
      assert.equal(report.strict.tp, 1);
      assert.deepEqual(scores.errors.map((e) => e.class).sort(), ['span', 'spurious', 'type', 'value']);
    });

    it('ignores dates after annotatedUpTo and docs without the timex layer', () => {
      const cut = at('Detroit').start;
      const scores = scoreTimex(
        [goldDoc({ annotatedUpTo: cut, timex: [tmx('Monday', 'date', '2011-08-29')] }), { ...goldDoc({ hasTimex: false }), id: 'other' }],
        new Map([
          ['doc', { entities: [], dates: [tmx('Monday', 'date', '2011-08-29'), tmx('last week', 'date', '2011-W34')] }],
          ['other', { entities: [], dates: [tmx('Monday', 'date', 'X')] }],
        ]),
      );
      assert.equal(scores.docs, 1);
      assert.equal(scores.ignored.afterAnnotatedUpTo, 1);
      assert.deepEqual(pick(scores.strict), { tp: 1, fp: 0, fn: 0 });
    });
  });

  describe('inputs', () => {
    it('converts the CLI code point offsets to UTF-16 indices', () => {
      const text = 'Hi 😀 from Paris 😀 on Monday';
      const doc = parseGold(JSON.stringify({ id: 'a', text, dct: '2020-01-01', annotatedUpTo: null, layers: ['entities'], entities: [], timex: [] }))[0];
      // code points: "Paris" starts at 10, "Monday" at 21 (each emoji is one code point, two UTF-16 units)
      const line = JSON.stringify({
        id: 'a',
        entities: [{ start: 10, end: 15, text: 'Paris', type: 'location' }],
        dates: [{ start: 21, end: 27, text: 'Monday', type: 'date', value: '2019-12-30' }],
      });
      const { output, offsetMismatches } = toPredictions([doc], line);
      assert.deepEqual(offsetMismatches, []);
      const got = output.get('a')!;
      assert.equal(text.slice(got.entities[0].start, got.entities[0].end), 'Paris');
      assert.equal(text.slice(got.dates[0].start, got.dates[0].end), 'Monday');
    });

    it('maps gold labels to lower-case types, GPE to location', () => {
      const [doc] = parseGold(JSON.stringify({
        id: 'a', text: 'Paris, May 2005', annotatedUpTo: 5, layers: ['entities', 'timex'],
        entities: [{ start: 0, end: 5, type: 'GPE' }], timex: [{ start: 7, end: 15, type: 'DATE', value: '2005-05' }],
      }));
      assert.equal(doc.entities[0].type, 'location');
      assert.deepEqual([doc.timex[0].type, doc.timex[0].text, doc.annotatedUpTo], ['date', 'May 2005', 5]);
    });

    it('values chrono results at the precision chrono read', () => {
      const ref = new Date(2011, 7, 29, 12);
      const value = (s: string) => timexValue(chrono.parse(s, ref)[0].start);
      assert.equal(value('on March 5, 2010'), '2010-03-05');
      assert.equal(value('in March 2010'), '2010-03');
      assert.equal(value('yesterday'), '2011-08-28');
    });
  });
});

function pick(c: { tp: number; fp: number; fn: number }): { tp: number; fp: number; fn: number } {
  return { tp: c.tp, fp: c.fp, fn: c.fn };
}
