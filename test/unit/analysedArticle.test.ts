import * as assert from 'node:assert/strict';
import { compactMentions, FIELDS } from '../../src/core/index/analysedArticle';
import { StringPool } from '../../src/core/index/documentAnalysis';
import type { DateMention, EntityMention } from '../../src/core/model';

describe('analysedArticle: mentions as numbers', () => {
  it('keeps the entities and the dates of an article in one buffer', () => {
    const entities: EntityMention[] = [{ start: 0, end: 3, text: 'Ann', type: 'person', entity: null, key: 'ann' }];
    const dates: DateMention[] = [{ start: 8, end: 13, text: 'today', type: 'date', value: '2024-01-02', derivation: 'the publication date' }];
    const pool = new StringPool();
    const m = compactMentions(entities, dates, pool);
    assert.equal(m.entities.buffer, m.dates.buffer);
    assert.deepEqual([...m.entities], [0, 3, 0, pool.id('ann'), 0]);
    assert.deepEqual([...m.dates], [8, 13, 0, pool.id('2024-01-02'), pool.id('the publication date')]);
    assert.equal(m.entities.length + m.dates.length, 2 * FIELDS);
  });
});
