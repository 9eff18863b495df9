// A text kept as its UTF-8 bytes. V8 stores a string with two bytes a
// character as soon as one of them is beyond Latin-1 (a curly quote, a dash,
// a euro sign: most articles), so the texts of a corpus took twice their
// size on disk: at 10,000 articles (36 MB) they were 61 MB of the heap, half
// of it. The string is made again when asked for after the collector took
// it: it is held weakly, for as long as someone uses it or until the next
// full collection.

const utf8 = new TextDecoder();

/** A character beyond Latin-1: the string then takes two bytes for each of its characters. */
const BEYOND_LATIN1 = /[^\0-\xff]/;

export class Utf8Text {
  private decoded: WeakRef<{ readonly text: string }>;
  /** Length of the text in UTF-16 units, known without decoding it. */
  readonly length: number;

  private constructor(
    private readonly bytes: Uint8Array,
    text: string,
  ) {
    this.decoded = new WeakRef({ text });
    this.length = text.length;
  }

  /**
   * `bytes` must be exactly `text` in UTF-8. Undefined where the string is
   * as small (it holds Latin-1 characters only, one byte each).
   */
  static of(text: string, bytes: Uint8Array): Utf8Text | undefined {
    if (bytes.length === text.length || !BEYOND_LATIN1.test(text)) return undefined;
    // a view of a larger buffer (a pooled or batched read) would keep all of it
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    return new Utf8Text(own, text);
  }

  get text(): string {
    let box = this.decoded.deref();
    if (!box) this.decoded = new WeakRef((box = { text: utf8.decode(this.bytes) }));
    return box.text;
  }
}
