import { strict as assert } from 'node:assert';
import { recognizeDates } from '../../src/core/recognize/dates';

// Periods of company results (quarters, fiscal years) and the comparisons
// that earnings stories make with them.

function values(text: string, published?: string): string[] {
  return recognizeDates(text, published).map((d) => `${d.text}=${d.value}`);
}

describe('dates: reported periods', () => {
  it('compares "a year ago" with the quarter just reported, and keeps that quarter as the anchor', () => {
    assert.deepEqual(values('Profit rose in the third quarter from $4 million a year ago. Sales fell from a year earlier.', '1989-10-26'), [
      'the third quarter=1989-Q3', 'a year ago=1988-Q3', 'a year earlier=1988-Q3',
    ]);
    assert.deepEqual(values('He left the company a year ago.', '1989-10-26'), ['a year ago=1988']);
  });

  it('reads "the year-ago quarter" and "year-earlier" as the reported quarter a year before', () => {
    const text = 'Net rose in the third quarter. In the year-ago quarter it lost money, compared with a year-earlier loss.';
    assert.deepEqual(values(text, '1989-10-26'), ['the third quarter=1989-Q3', 'the year-ago quarter=1988-Q3', 'year-earlier=1988-Q3']);
    assert.deepEqual(values('Net fell from the year-earlier period. It sees a gain in the third quarter of 1990.', '1989-10-26'), [
      'the year-earlier period=1988-Q3', 'the third quarter of 1990=1990-Q3',
    ]);
  });

  it('reads "the latest period" as the last quarter before publication', () => {
    assert.deepEqual(values('The latest period had profit from continuing operations.', '1989-10-26'), ['The latest period=1989-Q3']);
  });

  it('reads "the year" of results as the publication year, or as twelve months before the date that ends it', () => {
    assert.deepEqual(values('Sales for the full year rose. For the year, volume was flat; in the latest fiscal year it fell.', '1989-10-26'), [
      'the full year=1989', 'the year=1989', 'the latest fiscal year=1988',
    ]);
    const [d] = recognizeDates('For the year ended March 31, it earned $5 million.', '1989-10-26');
    assert.deepEqual([d.text, d.type, d.value], ['the year', 'duration', 'P1Y']);
    assert.deepEqual(values('It earned $5 million, up from $4 million the year before.', '1989-10-26'), []);
  });

  it('reads a quarter of a named year: "this year\'s third quarter", "last year\'s quarter", "the 1988 period"', () => {
    const text = "Net sales for this year's third quarter fell; last year's quarter was better. In the 1988 period it lost money.";
    assert.deepEqual(values(text, '1989-10-26'), ["this year's third quarter=1989-Q3", "last year's quarter=1988-Q3", 'the 1988 period=1988-Q3']);
  });

  it('reads "year end" as the publication year, but not the adjective "year-end"', () => {
    assert.deepEqual(values("It will cut 6,000 jobs by year end and close by year's end, when year-end net is due.", '1989-10-26'), [
      'year end=1989', "year's end=1989",
    ]);
  });
});
