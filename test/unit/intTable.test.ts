import * as assert from 'node:assert/strict';
import { IntTable } from '../../src/core/recognize/entities/model/intTable';

describe('entities: IntTable', () => {
  it('maps int32 keys, beyond small integers too, to the last value set', () => {
    const table = new IntTable();
    table.set(-2_000_000_000, 7);
    table.set(5, 1);
    table.set(5, 2);
    assert.deepEqual([table.get(-2_000_000_000), table.get(5), table.get(6), table.size], [7, 2, -1, 2]);
  });

  it('keeps every key as it grows, and forgets them all when cleared', () => {
    const table = new IntTable();
    const keys = Array.from({ length: 5000 }, (_, i) => Math.imul(i, 0x01000193));
    keys.forEach((k, i) => table.set(k, i));
    assert.ok(keys.every((k, i) => table.get(k) === i));
    table.clear();
    assert.equal(table.size, 0);
    assert.ok(keys.every((k) => table.get(k) === -1));
  });
});
