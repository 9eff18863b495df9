// Typed arrays over 64 bytes live outside the JS heap and cost microseconds
// each to allocate: a few per article showed in the profile (as the tokens'
// did, tokens.ts). The recogniser handles one article at a time, to
// completion, so each per-article array is one buffer reused, which keeps
// the size of the longest article seen.

type Typed = Float64Array | Int32Array | Int8Array | Uint8Array;

export class Scratch<T extends Typed> {
  private buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(1024);
  }

  /** The buffer, its first n elements set to `fill`: valid until the next take. */
  take(n: number, fill: number): T {
    if (this.buffer.length < n) this.buffer = this.make(n * 2);
    return this.buffer.fill(fill, 0, n) as T;
  }
}
