// Reading plain values out of `yaml` nodes and writing them back into a
// parsed Document so that everything the user wrote around them (comments,
// key order, unknown keys, quoting of untouched values) survives.

import { Document, isScalar, isSeq, Pair, Scalar, type Node, type Tags, type ToStringOptions, type YAMLMap } from 'yaml';

export type PlainValue = string | number | readonly string[];

/**
 * The text of a scalar. An unquoted number or boolean counts as the text the
 * user typed (`aliases: [1917]`, `exact: 2022`), since every such field is text.
 */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if ((typeof node.value === 'number' || typeof node.value === 'boolean') && node.source !== undefined) return node.source;
  return undefined;
}

export function isAbsent(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && node.value === null);
}

/** The texts of a sequence, or undefined when it is not a sequence of texts. */
export function textList(node: unknown): string[] | undefined {
  if (!isSeq(node)) return undefined;
  const out: string[] = [];
  for (const item of node.items) {
    const text = scalarText(item);
    if (text === undefined) return undefined;
    out.push(text);
  }
  return out;
}

export function keyText(pair: Pair): string | undefined {
  return scalarText(pair.key);
}

/**
 * How every file is written: one line per value, never folded (a re-wrapped
 * note, or a quote whose `\n` became a real line break, would show as a
 * multi-line diff), and `[a, b]` lists as in DESIGN.md.
 */
export const WRITE_OPTIONS: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false, doubleQuotedMinMultiLineLength: Infinity };

/**
 * Lets the stringifier escape line separators (see below). Call on a parsed
 * document before changing it.
 */
export function prepareForWrite(doc: Document): void {
  doc.setSchema('1.2', { customTags: (tags) => tags.map(escapingLineSeparators) });
}

const STRING_TAG = 'tag:yaml.org,2002:str';

/** The implicit types of YAML 1.1: timestamps, yes/no/on/off, 0o17, 1_000, 1:20 ... */
const YAML_11_NON_TEXT: readonly RegExp[] = new Document(null, { version: '1.1' }).schema.tags.flatMap((tag) =>
  typeof tag !== 'string' && tag.default && tag.tag !== STRING_TAG && 'test' in tag && tag.test ? [tag.test] : [],
);
const LINE_SEPARATOR_ESCAPES: Readonly<Record<string, string>> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

/**
 * YAML 1.1 readers take U+0085, U+2028 and U+2029 for line breaks and fold
 * them inside quoted strings; the `yaml` package writes them raw. In a
 * double-quoted string the escapes mean the same to every reader.
 */
function escapingLineSeparators(tag: Tags[number]): Tags[number] {
  if (typeof tag === 'string' || tag.tag !== STRING_TAG || !('stringify' in tag) || !tag.stringify) return tag;
  const stringify = tag.stringify;
  return {
    ...tag,
    stringify: (item, ctx, onComment, onChompKeep) => {
      const out = stringify(item, ctx, onComment, onChompKeep);
      return out.startsWith('"') ? out.replace(/[\u0085\u2028\u2029]/g, (c) => LINE_SEPARATOR_ESCAPES[c]) : out;
    },
  };
}

export function newDocument(): Document {
  const doc = new Document({});
  prepareForWrite(doc);
  return doc;
}

/**
 * A text with a line break, tab or other control character is written
 * double-quoted with escapes, on one line: block scalars would make the
 * diff of a changed quote span several lines and need indentation hints
 * to keep leading spaces. A text that a YAML 1.1 reader (PyYAML and other
 * tools) would take for something else (`2022-10-17`,
 * `2026-11-23T10:00:00Z`, `yes`, `1_000`) is double-quoted too; the `yaml`
 * package itself only guards against YAML 1.2's types. Values the user
 * wrote and we leave unchanged keep their own style.
 */
export function styleOf(value: string): Scalar.Type | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(value)) return 'QUOTE_DOUBLE';
  return YAML_11_NON_TEXT.some((test) => test.test(value)) ? 'QUOTE_DOUBLE' : undefined;
}

function createValueNode(doc: Document, value: PlainValue): Node {
  if (typeof value === 'string') {
    const node = new Scalar(value);
    node.type = styleOf(value);
    return node;
  }
  if (typeof value === 'number') return new Scalar(value);
  return doc.createNode(value.map((v) => createValueNode(doc, v)), { flow: true }) as Node;
}

function sameValue(node: unknown, value: PlainValue): boolean {
  if (typeof value === 'string') return scalarText(node) === value;
  if (typeof value === 'number') return isScalar(node) && node.value === value;
  const list = textList(node);
  return list !== undefined && list.length === value.length && list.every((v, i) => v === value[i]);
}

/**
 * Sets `key` to `value` (deletes it when undefined), touching the node only
 * when the value differs. A changed scalar is updated in place so that its
 * trailing comment stays. A new key goes where `order` puts it among the
 * keys already there.
 */
export function setValue(doc: Document, map: YAMLMap, key: string, value: PlainValue | undefined, order: readonly string[]): void {
  const index = map.items.findIndex((p) => keyText(p) === key);
  if (value === undefined) {
    if (index >= 0) map.items.splice(index, 1);
    return;
  }
  if (index >= 0) {
    const pair = map.items[index];
    if (sameValue(pair.value, value)) return;
    if (isScalar(pair.value) && typeof value !== 'object') {
      pair.value.value = value;
      pair.value.type = typeof value === 'string' ? styleOf(value) : undefined;
      return;
    }
    pair.value = createValueNode(doc, value);
    return;
  }
  putNode(map, key, createValueNode(doc, value), order);
}

/** Sets `key` to `node`, replacing the old value or inserting the key where `order` puts it. */
export function putNode(map: YAMLMap, key: string, node: Node, order: readonly string[]): void {
  const pair = map.items.find((p) => keyText(p) === key);
  if (pair) pair.value = node;
  else map.items.splice(insertionIndex(map, key, order), 0, new Pair(new Scalar(key), node));
}

function insertionIndex(map: YAMLMap, key: string, order: readonly string[]): number {
  const rank = order.indexOf(key);
  let after = -1;
  map.items.forEach((p, i) => {
    const r = order.indexOf(keyText(p) ?? '');
    if (r >= 0 && r < rank) after = i;
  });
  if (after >= 0) return after + 1;
  const before = map.items.findIndex((p) => order.indexOf(keyText(p) ?? '') > rank);
  return before >= 0 ? before : map.items.length;
}
