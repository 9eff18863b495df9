import { strict as assert } from 'node:assert';
import { recognizeDates } from '../../src/core/recognize/dates';

// Value rules decided on TimeBank/AQUAINT: which day, week or year an
// expression without its own year resolves to.

function values(text: string, published?: string): string[] {
  return recognizeDates(text, published).map((d) => `${d.text}=${d.value}`);
}

describe('dates: values', () => {
  it('puts an undated day up to three months after publication in the future, even without a future cue', () => {
    assert.deepEqual(values('The dividend is payable Dec. 1 to holders of record Nov. 10.', '1989-10-30'), ['Dec. 1=1989-12-01', 'Nov. 10=1989-11-10']);
    assert.deepEqual(values('The boy must return by Jan. 14, officials said.', '1999-12-20'), ['Jan. 14=2000-01-14']);
    assert.deepEqual(values('It began on March 12, officials said.', '1999-10-20'), ['March 12=1999-03-12']);
  });

  it('reads "as soon as" and "as early as" as looking ahead', () => {
    assert.deepEqual(values('The father could come to the U.S. as early as Tuesday.', '2000-04-03'), ['Tuesday=2000-04-04']);
    assert.deepEqual(values('He could come as soon as Thursday.', '2000-04-03'), ['Thursday=2000-04-06']);
  });

  it('reads "until" a weekday in a past perfect sentence, and the day a statement was made, as past', () => {
    assert.deepEqual(values('Until Thursday, they had not called Kopp a suspect.', '1999-05-07'), ['Thursday=1999-05-06']);
    assert.deepEqual(values('Thirty-two members had filed reports by Wednesday.', '1990-08-16'), ['Wednesday=1990-08-15']);
    assert.deepEqual(values('Exiles will fight the ruling, Cuba predicted Wednesday.', '2000-01-07'), ['Wednesday=2000-01-05']);
    assert.deepEqual(values('Markets stay closed until Friday.', '2008-09-17'), ['Friday=2008-09-19']);
  });

  it('leaves the "later" of an amount of time alone', () => {
    assert.deepEqual(values('Just over an hour later, he was declared dead.'), ['over an hour=PT1H']);
    assert.deepEqual(values('He took six months off, later revealing a transplant.'), ['six months=P6M', 'later=XXXX-XX-XX']);
  });

  it('reads years said in words, as broadcast transcripts write them', () => {
    assert.deepEqual(values('In nineteen ninety-one Keating was convicted; by the year two thousand it was over.'), [
      'nineteen ninety-one=1991', 'the year two thousand=2000',
    ]);
    assert.deepEqual(values('Two thousand people and nineteen children came.'), []);
  });

  it('reads "twenty four" spelled without its hyphen', () => {
    assert.deepEqual(values('Prices fell in the last twenty four hours.'), ['the last twenty four hours=PT24H']);
  });

  it('reads half units as TimeBank writes them', () => {
    assert.deepEqual(values('It took 2 1/2 years, then 5 1/2 hours and a minute and a half.'), [
      '2 1/2 years=P2Y6M', '5 1/2 hours=PT5H30M', 'a minute and a half=PT1M30S',
    ]);
    assert.deepEqual(values('It opened 2 1/2 years ago.', '1989-10-26'), ['2 1/2 years=P2Y6M']);
  });

  it('leaves a rate after a quantity ("8.5% annually") untagged, unlike a recurring event', () => {
    assert.deepEqual(values('Sales should rise 8.5% annually; the plant makes 10,000 units annually.'), []);
    assert.deepEqual(values('Such commemorations are held here annually.'), ['annually=P1Y']);
  });

  it('does not take a market index for a year', () => {
    assert.deepEqual(values('The index shed 47.3 points to close at 2082.1, down from 1989.'), ['1989=1989']);
  });
});
