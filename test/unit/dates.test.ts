import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPublished, recognizeDates, type RawDate } from '../../src/core/recognize/dates';

const corpus = join(__dirname, '..', '..', 'sample-corpus');
const read = (name: string): string => readFileSync(join(corpus, name), 'utf8');

/** The dates of a text as "span=value" strings, in order. */
function values(text: string, published?: string): string[] {
  return recognizeDates(text, published).map((d) => `${d.text}=${d.value}`);
}

function find(dates: RawDate[], text: string, nth = 0): RawDate {
  const found = dates.filter((d) => d.text === text);
  assert.ok(found[nth], `no date "${text}" (#${nth}) among ${dates.map((d) => d.text).join(' | ')}`);
  return found[nth];
}

describe('dates: seed articles', () => {
  it('000: byline date, anaphoric and relative dates against 2022-10-17', () => {
    const text = read('000_8c67307d6b1f2411.txt');
    const p = detectPublished(text);
    assert.equal(p?.value, '2022-10-17');
    assert.equal(text.slice(p!.start, p!.end), 'October 17 2022');
    const dates = recognizeDates(text, p!.value);
    assert.equal(find(dates, '16 October').value, '2022-10-16');
    assert.equal(find(dates, 'the following day').value, '2022-10-17');
    assert.equal(find(dates, 'last month').value, '2022-09');
    assert.equal(find(dates, 'June this year').value, '2022-06');
    assert.equal(find(dates, '20 July').value, '2022-07-20');
    assert.equal(find(dates, '12 October').value, '2022-10-12');
    assert.equal(find(dates, '1 March').value, '2022-03-01');
    assert.match(find(dates, 'last month').derivation, /2022-10-17/);
  });

  it('001: dateline after "3 min read", this-year dates and a duration', () => {
    const text = read('001_4ffb2e79d209e891.txt');
    const p = detectPublished(text);
    assert.equal(p?.value, '2022-06-29');
    assert.equal(text.slice(p!.start, p!.end), '29 June, 2022');
    const dates = recognizeDates(text, p!.value);
    assert.equal(find(dates, 'earlier this month').value, '2022-06');
    assert.equal(find(dates, 'Wednesday').value, '2022-06-29');
    assert.equal(find(dates, 'February this year').value, '2022-02');
    assert.equal(find(dates, '21 February this year').value, '2022-02-21');
    assert.equal(find(dates, '2014').value, '2014');
    const decade = find(dates, 'more than a decade');
    assert.deepEqual([decade.type, decade.value], ['duration', 'P10Y']);
  });

  it('002: no publication date, so nothing gets a year', () => {
    const text = read('002_f48a50816c6044df.txt');
    assert.equal(detectPublished(text), undefined);
    const dates = recognizeDates(text, undefined);
    assert.equal(find(dates, 'Thursday').value, 'XXXX-WXX-4');
    assert.equal(find(dates, 'February').value, 'XXXX-02');
    assert.equal(find(dates, 'April').value, 'XXXX-04');
    assert.match(find(dates, 'Thursday').derivation, /publication date is missing/);
    // "one month later" counts from the date mentioned before, like "a day earlier".
    assert.equal(find(dates, 'one month later').value, 'XXXX-03');
  });

  it('003: a date with a clock time is a TIMEX3 time', () => {
    const text = read('003_32f1b6a2c4f88f95.txt');
    const p = detectPublished(text);
    assert.equal(p?.value, '2023-01-13');
    assert.equal(text.slice(p!.start, p!.end), 'Friday 13 January 2023 - 11:42');
    const dates = recognizeDates(text, p!.value);
    const header = find(dates, 'Friday 13 January 2023 - 11:42');
    assert.deepEqual([header.type, header.value], ['time', '2023-01-13T11:42']);
    assert.equal(find(dates, 'January 12').value, '2023-01-12');
    assert.equal(find(dates, 'June 18, 2023').value, '2023-06-18');
    assert.equal(find(dates, 'A few days ago').value, 'PAST_REF');
  });

  it('004: no publication date; "a day earlier" takes the date just mentioned', () => {
    const text = read('004_8ea2241a76c2b476.txt');
    assert.equal(detectPublished(text), undefined);
    const dates = recognizeDates(text, undefined);
    assert.equal(find(dates, '15 March').value, 'XXXX-03-15');
    assert.equal(find(dates, 'a day earlier').value, 'XXXX-03-14');
    assert.equal(find(dates, '14 March').value, 'XXXX-03-14');
    assert.equal(find(dates, '16 March').value, 'XXXX-03-16');
    assert.equal(find(dates, '2015').value, '2015');
    const last = find(dates, 'last month');
    assert.equal(last.value, 'XXXX-XX');
    assert.match(last.derivation, /publication date, which is missing/);
  });

  it('every result is sorted, non-overlapping and slices to its text', () => {
    for (const name of ['000_8c67307d6b1f2411.txt', '001_4ffb2e79d209e891.txt', '002_f48a50816c6044df.txt', '003_32f1b6a2c4f88f95.txt', '004_8ea2241a76c2b476.txt']) {
      const text = read(name);
      let end = 0;
      for (const d of recognizeDates(text, '2022-10-17')) {
        assert.ok(d.start >= end && d.end > d.start, `${name}: ${d.text}`);
        assert.equal(text.slice(d.start, d.end), d.text);
        assert.ok(d.derivation.length > 0);
        end = d.end;
      }
    }
  });
});

describe('dates: absolute expressions', () => {
  it('reads day-month and month-day dates with and without year', () => {
    assert.deepEqual(values('It was October 17 2022, then 29 June, 2022 and June 18, 2023.'), [
      'October 17 2022=2022-10-17', '29 June, 2022=2022-06-29', 'June 18, 2023=2023-06-18',
    ]);
    assert.deepEqual(values('On Nov. 4, 2022 and Sept. 30 they met.', '2022-11-10'), ['Nov. 4, 2022=2022-11-04', 'Sept. 30=2022-09-30']);
  });

  it('drops the leading preposition and keeps a range as two dates', () => {
    assert.deepEqual(values('Talks were held between 12 and 14 March.', '2022-10-17'), ['12=2022-03-12', '14 March=2022-03-14']);
    assert.deepEqual(values('He spoke on 1 March.', '2022-10-17'), ['1 March=2022-03-01']);
  });

  it('reads years, months with year, ISO dates, decades and seasons', () => {
    assert.deepEqual(values('in 2015, in September 2006, on 2022-10-17, in the 1990s, in summer 2022'), [
      '2015=2015', 'September 2006=2006-09', '2022-10-17=2022-10-17', 'the 1990s=199', 'summer 2022=2022-SU',
    ]);
  });

  it('does not take counts and amounts for years', () => {
    assert.deepEqual(values('more than 2000 people and $2015 were seen'), []);
  });

  it('keeps "mid-" and "early" inside the span', () => {
    assert.deepEqual(values('in mid-March and early 2009', '2009-06-01'), ['mid-March=2009-03', 'early 2009=2009']);
  });

  it('reads clock times as TIMEX3 times', () => {
    const [t] = recognizeDates('at 16:15 UTC the market closed', '2009-06-04');
    assert.deepEqual([t.text, t.type, t.value], ['16:15 UTC', 'time', '2009-06-04T16:15Z']);
  });

  it('leaves the verbs "may" and "march" alone', () => {
    assert.deepEqual(values('They may march to the square. Theresa May spoke.'), []);
  });
});

describe('dates: relative expressions', () => {
  const dct = '2022-10-17'; // a Monday

  it('resolves deictic expressions against the publication date', () => {
    assert.deepEqual(values('yesterday, today, tomorrow, last week, this year, next year, two years ago', dct), [
      'yesterday=2022-10-16', 'today=2022-10-17', 'tomorrow=2022-10-18', 'last week=2022-W41',
      'this year=2022', 'next year=2023', 'two years ago=2020',
    ]);
  });

  it('takes "earlier this month" whole', () => {
    assert.deepEqual(values('It said earlier this month that', dct), ['earlier this month=2022-10']);
  });

  it('puts a bare weekday in the past unless the sentence looks ahead', () => {
    assert.deepEqual(values('He met them on Thursday.', dct), ['Thursday=2022-10-13']);
    assert.deepEqual(values('He will meet them on Thursday.', dct), ['Thursday=2022-10-20']);
    assert.deepEqual(values('They meet next Thursday.', dct), ['next Thursday=2022-10-20']);
  });

  it('gives an undated day the year that keeps it from lying after the publication date', () => {
    assert.deepEqual(values('It happened on 20 December.', '2023-01-10'), ['20 December=2022-12-20']);
    assert.deepEqual(values('The vote is scheduled for 5 January.', '2022-12-20'), ['5 January=2023-01-05']);
  });

  it('anchors "the following day" and "a day earlier" to the date just mentioned', () => {
    assert.deepEqual(values('They arrived on 16 October and met on the following day.', '2022-12-01'), [
      '16 October=2022-10-16', 'the following day=2022-10-17',
    ]);
    assert.deepEqual(values('He landed on 15 March, a day earlier than planned. The next day he left.'), [
      '15 March=XXXX-03-15', 'a day earlier=XXXX-03-14', 'The next day=XXXX-03-15',
    ]);
  });

  it('never takes a year from the clock', () => {
    assert.deepEqual(values('on 15 March, on Thursday, last month, this year'), [
      '15 March=XXXX-03-15', 'Thursday=XXXX-WXX-4', 'last month=XXXX-XX', 'this year=XXXX',
    ]);
  });

  it('reads quarters', () => {
    assert.deepEqual(values('in the first quarter and the third quarter of 2009', dct), [
      'the first quarter=2022-Q1', 'the third quarter of 2009=2009-Q3',
    ]);
  });

  it('reads "the quarter" and "the latest quarter" of company results as the last quarter before publication', () => {
    assert.deepEqual(values('Sales rose in the quarter; in the latest quarter it lost $5 million. A quarter of staff left.', '1989-10-26'), [
      'the quarter=1989-Q3', 'the latest quarter=1989-Q3',
    ]);
  });
});

describe('dates: durations, sets and vague references', () => {
  it('reads durations with their comparative modifier', () => {
    assert.deepEqual(values('three days, a decade, more than a decade, 18 months, a 12-year low'), [
      'three days=P3D', 'a decade=P10Y', 'more than a decade=P10Y', '18 months=P18M', '12-year=P12Y',
    ]);
    assert.ok(recognizeDates('for three days', undefined).every((d) => d.type === 'duration'));
  });

  it('reads sets', () => {
    const dates = recognizeDates('They meet every week and report annually, twice a year.', undefined);
    assert.deepEqual(dates.map((d) => `${d.text}=${d.type}:${d.value}`), ['every week=set:P1W', 'annually=set:P1Y', 'a year=set:P1Y']);
  });

  it('reads PRESENT_REF, PAST_REF and FUTURE_REF', () => {
    assert.deepEqual(values('It is now clear; it was recently said, as in the past, that in the future it may change.'), [
      'now=PRESENT_REF', 'recently=PAST_REF', 'the past=PAST_REF', 'the future=FUTURE_REF',
    ]);
  });
});

describe('dates: publication date detection', () => {
  const detect = (header: string) => detectPublished(`${header}\n\nBody text follows here.`)?.value;

  it('accepts datelines and bylines', () => {
    assert.equal(detect('Title\nPublished: 2022-10-17'), '2022-10-17');
    assert.equal(detect('Title\nUpdated March 3, 2023 10:12 AM'), '2023-03-03');
    assert.equal(detect('Nov. 4, 2022'), '2022-11-04');
    assert.equal(detect('Internal emails expose Boeing-Air Force contract discussions\n\nNovember 24, 2004'), '2004-11-24');
  });

  it('rejects body sentences that mention a date', () => {
    assert.equal(detect('Assad met Putin in Moscow on 15 March 2023, officials said.'), undefined);
    assert.equal(detect('Syrian President Bashar al-Assad, on Thursday, allegedly called for recognition.'), undefined);
  });
});

describe('dates: rules from the MEANTIME / TimeBank error classes', () => {
  it('finds every number word that can count units ("sixteen-month")', () => {
    assert.deepEqual(values('The index rose, reaching a sixteen-month high after gaining 4.6%.'), ['sixteen-month=P16M']);
  });

  it('splits a clock time from the date after it, which still gives the time its day', () => {
    assert.deepEqual(values('In a New York press conference at 16:15 UTC, June 1st, Fritz Henderson said', '2009-06-04'), [
      '16:15 UTC=2009-06-01T16:15Z', 'June 1st=2009-06-01',
    ]);
  });

  it('reads "the last week of March" as one week', () => {
    assert.deepEqual(values('The industry began to stabilise, as car sales rebounded in the last week of March.', '2009-04-01'), [
      'the last week of March=2009-W13',
    ]);
    assert.deepEqual(values('Talks resume in the first week of June 2010.'), ['the first week of June 2010=2010-W22']);
  });

  it('leaves a date that names an event alone', () => {
    assert.deepEqual(values('its biggest fall since the September 11, 2001, terrorist attacks.'), []);
    assert.deepEqual(values('the re-opening of the markets following the September 11th terrorist attacks.'), []);
  });

  it('tags each end of a range of durations', () => {
    assert.deepEqual(values('He envisioned the bankruptcy process would take between 60 and 90 days.'), ['60=P60D', '90 days=P90D']);
  });

  it('reads "more recently", "recent", "current" and "later" as vague references', () => {
    assert.deepEqual(values('The store sells music tracks, and more recently has begun to sell TV episodes.'), ['more recently=PAST_REF']);
    assert.deepEqual(values('Automakers have been hard hit in the recent economic downturn.'), ['recent=PAST_REF']);
    assert.deepEqual(values('It is the most recent iPhone model.'), []);
    assert.deepEqual(values('This is not stability under the current circumstances.'), ['current=PRESENT_REF']);
    assert.deepEqual(values('He took six months off in early 2009, later revealing he had undergone a transplant.', '2011-01-17'), [
      'six months=P6M', 'early 2009=2009', 'later=XXXX-XX-XX',
    ]);
    assert.deepEqual(values('Phone lines told people to call back at a later time.'), ['a later time=FUTURE_REF']);
  });

  it('keeps "later" inside the expression it modifies', () => {
    assert.deepEqual(values('Sony will take ownership of the studio later this month.', '1989-10-10'), ['later this month=1989-10']);
    assert.deepEqual(values('He arrived later in the day.'), []);
  });

  it('reads an annual figure as a year-long duration', () => {
    const [d] = recognizeDates('Ford Motors posts US$2.7 billion annual profit', undefined);
    assert.deepEqual([d.text, d.type, d.value], ['annual', 'duration', 'P1Y']);
    assert.deepEqual(values('the company\'s annual Worldwide Developers Conference'), []);
  });

  it('leaves out words that are rarely time expressions in news', () => {
    assert.deepEqual(values('as was previously reported. Magna cut its quarterly dividend in half.'), []);
    assert.deepEqual(values('They want the boy returned as soon as possible; he was killed soon after being captured.'), []);
    assert.deepEqual(values('It may soon seek an indictment.'), ['soon=FUTURE_REF']);
    assert.deepEqual(values('the Communist Party daily Granma reported; rallies are held daily.'), ['daily=P1D']);
  });
});
