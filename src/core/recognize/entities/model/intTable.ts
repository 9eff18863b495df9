// A map from int32 keys (word and name hashes) to non-negative ints, for the
// per-article facts of classify.ts. A Map showed in the profile there: half
// of all hashes are beyond V8's small integers, so each such key was a heap
// number to allocate and hash. Reused between articles like the scratch
// buffers (scratch.ts): clearing bumps a generation instead of zeroing.

export class IntTable {
  private keys = new Int32Array(1024);
  private values = new Int32Array(1024);
  /** Per position, the generation that filled it: older ones are empty. */
  private stamps = new Uint32Array(1024);
  private generation = 1;
  /** 32 - log2 of the number of positions: a key's first is the top bits of its Fibonacci hash. */
  private shift = 22;
  size = 0;

  /** Empties the table: valid until the next clear. */
  clear(): void {
    this.size = 0;
    if (++this.generation === 0xffffffff) { this.stamps.fill(0); this.generation = 1; }
  }

  /** The value of `key`, or -1 if it has none. */
  get(key: number): number {
    const { keys, stamps, generation } = this;
    const mask = keys.length - 1;
    for (let p = Math.imul(key, 0x9e3779b1) >>> this.shift; stamps[p] === generation; p = (p + 1) & mask) {
      if (keys[p] === key) return this.values[p];
    }
    return -1;
  }

  set(key: number, value: number): void {
    const { keys, stamps, generation } = this;
    const mask = keys.length - 1;
    let p = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (stamps[p] === generation && keys[p] !== key) p = (p + 1) & mask;
    if (stamps[p] !== generation) {
      // kept under half full, so that probe chains stay short
      if (2 * (this.size + 1) > keys.length) { this.grow(); this.set(key, value); return; }
      stamps[p] = generation;
      keys[p] = key;
      this.size++;
    }
    this.values[p] = value;
  }

  private grow(): void {
    const { keys, values, stamps, generation } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.stamps = new Uint32Array(keys.length * 2);
    this.shift--;
    this.size = 0;
    for (let p = 0; p < keys.length; p++) if (stamps[p] === generation) this.set(keys[p], values[p]);
  }
}
