import * as assert from 'node:assert/strict';
import { TextMap } from '../../src/core/text/offsets';
import { placeValue, readableValue } from '../../src/core/features/timelineValues';
import { sentenceAround } from '../../src/core/features/sentences';
import {
  buildTimeline,
  EVENTS_PER_PAGE,
  MAX_BUCKETS,
  queryTimeline,
  suggest,
  TOGETHER_SHOWN,
  UNRESOLVED_ARTICLES_SHOWN,
  type TimelineSource,
} from '../../src/core/features/timeline';
import type { CorpusService } from '../../src/core/service';
import { ARTICLE, sampleService } from './support/corpus';
import { generatedTimeline } from './support/generatedTimeline';

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

describe('timeline: TIMEX3 values on a calendar', () => {
  it('gives each value its exact interval and lane', () => {
    const cases: [string, string, string, string, string][] = [
      ['2022-10-17', '2022-10-17', '2022-10-17', 'day', '17 Oct 2022'],
      ['2023-01-13T11:42', '2023-01-13', '2023-01-13', 'day', '13 Jan 2023'],
      ['2022-09', '2022-09-01', '2022-09-30', 'month', 'September 2022'],
      ['2024-02', '2024-02-01', '2024-02-29', 'month', 'February 2024'],
      ['2014', '2014-01-01', '2014-12-31', 'year', '2014'],
      ['2004-W47', '2004-11-15', '2004-11-21', 'day', 'week of 15 Nov 2004'],
      ['2022-W41-4', '2022-10-13', '2022-10-13', 'day', '13 Oct 2022'],
      ['2022-SU', '2022-06-01', '2022-08-31', 'month', 'summer 2022'],
      ['2023-WI', '2022-12-01', '2023-02-28', 'month', 'winter 2023'],
      ['2022-Q4', '2022-10-01', '2022-12-31', 'month', 'Q4 2022'],
      ['201', '2010-01-01', '2019-12-31', 'year', '2010s'],
    ];
    for (const [value, from, to, granularity, label] of cases) {
      assert.deepEqual(placeValue(value), { from: day(from), to: day(to), granularity, label }, value);
    }
  });

  it('keeps dates of an unknown year apart, and leaves out what is no point in time', () => {
    for (const v of ['XXXX-03-15', 'XXXX-WXX-4', 'XXXX-XX', 'XXXX-02']) assert.equal(placeValue(v), 'unresolved', v);
    for (const v of ['P3Y', 'PAST_REF', 'PRESENT_REF', '2022-02-30', '2022-13']) assert.equal(placeValue(v), undefined, v);
  });

  it('starts an ISO week on its Monday, across year ends (the week of 4 January is week 1)', () => {
    const cases: [string, string][] = [
      ['2004-W47', '2004-11-15'],
      ['2004-W53', '2004-12-27'],
      ['2009-W01', '2008-12-29'],
      ['2015-W01', '2014-12-29'],
      ['2020-W53', '2020-12-28'],
      ['2021-W01', '2021-01-04'],
      ['2026-W01', '2025-12-29'],
    ];
    for (const [value, monday] of cases) {
      const placed = placeValue(value);
      assert.ok(placed && placed !== 'unresolved', value);
      assert.deepEqual([placed.from, placed.to], [day(monday), day(monday) + 6], value);
    }
  });

  it('reads values as a reader says them, beside the TIMEX3 value in hovers', () => {
    const cases: [string, string | undefined][] = [
      ['2004-11-22', '22 Nov 2004'],
      ['2004-11', 'November 2004'],
      ['2004-W47', 'week of 15 Nov 2004'],
      ['2004-Q3', 'Q3 2004'],
      ['2004', '2004'],
      ['XXXX-03-15', 'unresolved'],
      ['P3Y', undefined],
      ['PAST_REF', undefined],
    ];
    for (const [value, readable] of cases) assert.equal(readableValue(value), readable, value);
  });
});

describe('timeline: the sentence of a mention', () => {
  it('stops at a full stop followed by a space and at a line break', () => {
    const map = new TextMap('Headline 2022\nFirst one. Then on 1 March, they met. Last.');
    const start = map.text.indexOf('1 March');
    const s = sentenceAround(map, { start, end: start + 7 });
    assert.equal(s.before, 'Then on ');
    assert.equal(s.after, ', they met.');
    const head = sentenceAround(map, { start: 9, end: 13 });
    assert.deepEqual([head.before, head.after], ['Headline ', '']);
  });

  it('cuts a long sentence to whole words either side, with an ellipsis', () => {
    const map = new TextMap('The delegation from the ministry met Ramzan Kadyrov on Monday in the capital.');
    const start = map.text.indexOf('Ramzan Kadyrov');
    const s = sentenceAround(map, { start, end: start + 14 }, 12);
    assert.deepEqual([s.before, s.after], ['…met ', ' on Monday…']);
  });
});

describe('timeline on the sample corpus', () => {
  let service: CorpusService;

  before(async () => {
    ({ service } = await sampleService());
  });

  it('places every resolved date, in order, each with its sentence and place', () => {
    const view = queryTimeline(service.timeline(), {});
    assert.ok(view.total > 15, `${view.total} events`);
    const published = view.events.find((e) => e.text === 'October 17 2022')!;
    assert.equal(published.value, '2022-10-17');
    assert.equal(published.uri, ARTICLE(0));
    const month = view.events.find((e) => e.text === 'last month')!;
    assert.deepEqual([month.granularity, month.label, month.to - month.from], ['month', 'September 2022', 29]);
    const assad = view.events.find((e) => e.text === '1 March')!;
    assert.ok(assad.before.length + assad.after.length > 20, 'a sentence around it');
    const froms = view.events.map((e) => e.from);
    assert.deepEqual(froms, [...froms].sort((a, b) => a - b));
    assert.ok(view.buckets.length > 1 && view.buckets.length <= MAX_BUCKETS);
  });

  it('lists dates of an unknown year apart, by article, with the article lacking a publication date', () => {
    const view = queryTimeline(service.timeline(), {});
    const article = view.unresolved.articles.find((a) => a.examples.some((e) => e.value === 'XXXX-03-15'));
    assert.ok(article, 'the article without a publication date is listed');
    assert.equal(article.published, undefined);
    assert.ok(!view.events.some((e) => e.value.startsWith('X')));
  });

  it('filters by entity (the same sentence, or the same article) and by article', () => {
    const data = service.timeline();
    const all = queryTimeline(data, {});
    const inSentence = queryTimeline(data, { entity: 'catalog:bashar-al-assad' });
    const inArticle = queryTimeline(data, { entity: 'catalog:bashar-al-assad', entityScope: 'article' });
    assert.equal(inSentence.entity?.name, 'Bashar al-Assad');
    assert.ok(inSentence.total > 0 && inSentence.total < inArticle.total && inArticle.total <= all.total);
    const text = service.analysis(ARTICLE(0))!.text.text;
    for (const e of inSentence.events.filter((x) => x.uri === ARTICLE(0))) {
      assert.match(e.before + e.text + e.after, /Assad/, 'the sentence names him');
      assert.ok(text.includes(e.text));
    }
    const one = queryTimeline(data, { article: ARTICLE(1) });
    assert.ok(one.total > 0 && one.events.every((e) => e.uri === ARTICLE(1)));
    assert.equal(one.article?.uri, ARTICLE(1));
    const undated = queryTimeline(data, { article: ARTICLE(2) });
    assert.deepEqual([undated.total, undated.unresolved.articles.map((a) => a.uri)], [0, [ARTICLE(2)]]);
  });

  it('zooms to a range: day columns, and only what overlaps it', () => {
    const data = service.timeline();
    const view = queryTimeline(data, { from: day('2022-10-01'), to: day('2022-10-31') });
    assert.equal(view.unit, 'day');
    assert.equal(view.buckets.length, 31);
    assert.ok(view.events.every((e) => e.to >= day('2022-10-01') && e.from <= day('2022-10-31')));
    const seventeenth = view.buckets[16];
    assert.equal(seventeenth.label, '17 Oct 2022');
    assert.ok(seventeenth.day >= 1);
  });

  it('lists the entities mentioned in the same articles as the filter entity, by article count', () => {
    const data = service.timeline();
    const view = queryTimeline(data, { entity: 'catalog:kyiv' });
    assert.ok(view.together.length > 0 && view.together.length <= TOGETHER_SHOWN);
    assert.ok(!view.together.some((t) => t.key === 'catalog:kyiv'));
    const withKyiv = service.articles().filter((uri) => service.analysis(uri)!.entities.some((m) => m.key === 'catalog:kyiv'));
    for (const t of view.together) {
      const expected = withKyiv.filter((uri) => service.analysis(uri)!.entities.some((m) => m.key === t.key)).length;
      assert.equal(t.articles, expected, t.name);
    }
    const counts = view.together.map((t) => t.articles);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.deepEqual(queryTimeline(data, {}).together, []);
  });

  it('suggests entities by name or spelling and articles by title', () => {
    const data = service.timeline();
    assert.equal(suggest(data, 'entity', 'kiev')[0]?.id, 'catalog:kyiv');
    assert.ok(suggest(data, 'article', 'assad').length > 0);
  });
});

describe('timeline at 10,000 articles', () => {
  const sources: TimelineSource[] = generatedTimeline(10_000);
  const data = buildTimeline(sources, []);

  it('aggregates: a bounded number of columns, events and articles in any view', () => {
    const resolved = sources.reduce((n, s) => n + s.dates.filter((d) => !d.value.startsWith('X')).length, 0);
    for (const query of [{}, { page: 3 }, { from: day('2010-01-01'), to: day('2010-12-31') }, { from: day('2015-06-01'), to: day('2015-06-30') }]) {
      const view = queryTimeline(data, query);
      assert.ok(view.buckets.length <= MAX_BUCKETS, `${view.buckets.length} buckets`);
      assert.ok(view.events.length <= EVENTS_PER_PAGE);
      assert.ok(view.unresolved.articles.length <= UNRESOLVED_ARTICLES_SHOWN);
      if (Object.keys(query).length === 0) assert.equal(view.total, resolved);
    }
  });

  it('counts each event in every column its interval overlaps', () => {
    const view = queryTimeline(data, { from: day('2012-01-01'), to: day('2012-12-31') });
    assert.equal(view.unit, 'month');
    const events = data.events.filter((e) => e.interval.to >= day('2012-01-01') && e.interval.from <= day('2012-12-31'));
    for (const b of view.buckets) {
      const expected = events.filter((e) => e.interval.granularity === 'month' && e.interval.from <= b.to && e.interval.to >= b.from).length;
      assert.equal(b.month, expected, b.label);
      const years = events.filter((e) => e.interval.granularity === 'year').length;
      assert.equal(b.year, years, 'a year covers each of its months');
    }
  });
});
