import { strict as assert } from 'node:assert';
import { recognizeDates } from '../../src/core/recognize/dates';

// Extent rules decided on TimeBank/AQUAINT (TBAQ) where TimeML and the
// annotated majority agree; each test shows the span a rule gives.

function values(text: string, published?: string): string[] {
  return recognizeDates(text, published).map((d) => `${d.text}=${d.value}`);
}

describe('dates: extents', () => {
  it('leaves a sentence-initial discourse "Now," and the "most recently" before a date untagged', () => {
    assert.deepEqual(values('It failed. Now, he says, it looks bad. Now for the quiz.'), []);
    assert.deepEqual(values('Now the alliance has changed; it is now bigger, for now.'), ['Now=PRESENT_REF', 'now=PRESENT_REF', 'now=PRESENT_REF']);
    assert.deepEqual(values('Two were killed, most recently last October.', '1999-02-06'), ['last October=1998-10']);
    assert.deepEqual(values('It has most recently grown.'), ['recently=PAST_REF']);
  });

  it('leaves a narrative "and later" and a "later," untagged, but not a bare "later" before a verb', () => {
    assert.deepEqual(values('She fled and later became a citizen. Later, he asked. He told reporters later, then left.'), []);
    assert.deepEqual(values('The index fell, although later recovered.'), ['later=XXXX-XX-XX']);
  });

  it('leaves a "soon" told of a past event untagged', () => {
    assert.deepEqual(values('A trickle of cash that soon became a flood. He was soon released.'), []);
    assert.deepEqual(values('They may soon seek an indictment.'), ['soon=FUTURE_REF']);
  });

  it('still finds amounts and ranges the character pre-checks let through', () => {
    assert.deepEqual(values('It took 5\u00a0years, then 2 1/2 months, a 30-day wait and 60\u2013 90 days.'), [
      '5\u00a0years=P5Y', '2 1/2 months=P2M15D', '30-day=P30D', '60=P60D', '90 days=P90D',
    ]);
    assert.deepEqual(values('Twenty to thirty years; this year\'s quarter; the 1988 period; fiscal 1989; by year end; page 12'), [
      'Twenty=P20Y', 'thirty years=P30Y', "this year's quarter=XXXX-QX", 'the 1988 period=1988-QX', 'fiscal 1989=1989', 'year end=XXXX',
    ]);
  });

  it('takes "nearly" into a duration, but leaves "about" and "almost" outside', () => {
    assert.deepEqual(values('Talks have been cut off for nearly two years.'), ['nearly two years=P2Y']);
    assert.deepEqual(values('It lasted about three days, then almost five months.'), ['three days=P3D', 'five months=P5M']);
  });

  it('leaves "earlier" and "later" outside a bare weekday, inside other dates', () => {
    assert.deepEqual(values('Earlier Friday, the police left. Later Thursday he spoke, as he did earlier this week.', '2000-01-28'), [
      'Friday=2000-01-28', 'Thursday=2000-01-27', 'earlier this week=2000-W04',
    ]);
  });

  it('leaves "the" outside a hyphenated adjective', () => {
    assert.deepEqual(values('the 30-day period and the third-quarter loss, unlike the third quarter', '1989-10-26'), [
      '30-day=P30D', 'third-quarter=1989-Q3', 'the third quarter=1989-Q3',
    ]);
  });

  it('leaves a possessive "\'s" outside', () => {
    assert.deepEqual(values("The offer, in today's editions, follows Monday's vote.", '1989-11-02'), ['today=1989-11-02', 'Monday=1989-10-30']);
  });

  it('leaves "the" outside a bare plural unit', () => {
    assert.deepEqual(values('A car was seen in the weeks before the shooting.'), ['weeks=PXW']);
  });

  it('leaves an age alone', () => {
    assert.deepEqual(values('Mr. Schwarz, 52 years old, will succeed him; the 44-year-old left.'), []);
  });
});
