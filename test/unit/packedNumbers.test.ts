import * as assert from 'node:assert/strict';
import { MAX_PACKED, packNumbers, unpackNumbers } from '../../src/core/index/packedNumbers';

describe('packed numbers (warm-start snapshot)', () => {
  it('round-trips through JSON at both unit widths and their edges', () => {
    const values = [0, 1, 0x7eff, 0x7f00, 0x7fff, 0x8000, 65535, 65536, 123456, MAX_PACKED];
    const packed = JSON.parse(JSON.stringify(packNumbers(values))) as string;
    assert.deepEqual([...unpackNumbers(packed)], values);
  });

  it('uses no unit JSON escapes or UTF-8 cannot hold', () => {
    const packed = packNumbers(Array.from({ length: 70000 }, (_, i) => i * 10007));
    assert.equal(JSON.stringify(packed), `"${packed}"`);
    assert.ok(!/[\ud800-\udfff]/.test(packed));
  });

  it('refuses what it cannot pack', () => {
    assert.throws(() => packNumbers([-1]), RangeError);
    assert.throws(() => packNumbers([MAX_PACKED + 1]), RangeError);
  });
});
