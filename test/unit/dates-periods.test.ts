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
});
