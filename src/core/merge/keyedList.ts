// The three-way merge of a YAML file that holds a list of items with ids
// (a sidecar's annotations, the catalog's entities), edited over our side's
// document so that its comments, key order and spacing stay: git's line
// merge cannot place two annotations appended after the same last line, a
// merge by id can.
//
// A conflict keeps both versions next to each other, with the same id,
// marked `status: conflict` and `side: ours | theirs`; a version that was
// an orphan says so with `orphaned: true`, since its status is taken by the
// marker. An item edited on one side and deleted on the other is the edited
// version alone, so marked. A top-level value changed two ways becomes
// `{status: conflict, ours: ..., theirs: ...}` (a side without the key has
// none). The file parses, and nothing either side wrote is lost.

import { isMap, isNode, isSeq, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { isAbsent, keyText, prepareForWrite, putNode, scalarText, setValue, WRITE_OPTIONS } from '../yaml/nodes';
import { keepUntouchedLines } from '../yaml/keepLines';
import { parseYaml } from '../yaml/problems';
import { mergeFields, sameValue, type FieldRules, type Fields } from './threeWay';

export type Side = 'ours' | 'theirs';

export interface MergeConflict {
  /** The item's id; undefined for a top-level key. */
  readonly id?: string;
  /** The fields changed two ways; empty when one side deleted what the other edited. */
  readonly keys: readonly string[];
  /** For a delete/edit conflict: the side that deleted it. */
  readonly deletedBy?: Side;
}

export interface KeyedListSpec {
  readonly listKey: string;
  readonly topOrder: readonly string[];
  readonly itemOrder: readonly string[];
  readonly topRules: FieldRules;
  readonly itemRules: FieldRules;
  /** Top-level values the caller derives itself (a sidecar's sha256), not merged; undefined removes the key. */
  readonly derived: Fields;
  /** The list's order; without it, ours, with their additions after the item before them on their side. */
  readonly compare?: (a: Fields, b: Fields) => number;
  /** Each item's fields as they belong in the merged file (re-anchored on the merged article). */
  readonly place?: (fields: Fields) => Fields;
}

export interface KeyedListMerge {
  readonly text: string;
  readonly conflicts: readonly MergeConflict[];
}

export const CONFLICT_KEYS: readonly string[] = ['status', 'side', 'orphaned'];

interface Entry {
  readonly id: string;
  readonly node: YAMLMap;
  fields: Fields;
  readonly side?: Side;
}

export interface MergeSides {
  readonly base: Document;
  /** Edited in place into the merged document. */
  readonly ours: Document;
  readonly theirs: Document;
  /** Our side's text, whose lines the merged file keeps wherever the merge did not change them. */
  readonly oursText: string;
}

/** The documents must have been checked by the caller (see mergeableDocument): each a mapping whose list items carry ids of their own. */
export function mergeKeyedList(sides: MergeSides, spec: KeyedListSpec): KeyedListMerge {
  const { base: baseDoc, ours: doc, theirs: theirsDoc } = sides;
  prepareForWrite(doc);
  const printedBefore = doc.toString(WRITE_OPTIONS);
  if (isAbsent(doc.contents)) doc.contents = new YAMLMap();
  const root = doc.contents as YAMLMap;
  const conflicts: MergeConflict[] = [];

  mergeTopLevel(doc, root, [topFields(baseDoc, spec), topFields(doc, spec), topFields(theirsDoc, spec)], spec, conflicts);
  for (const [key, value] of Object.entries(spec.derived)) setAny(doc, root, key, value, spec.topOrder);

  const baseItems = itemsOf(baseDoc, spec.listKey);
  const oursItems = itemsOf(doc, spec.listKey);
  const theirsItems = itemsOf(theirsDoc, spec.listKey);
  const entries: Entry[] = [];
  for (const [id, o] of oursItems) {
    const b = baseItems.get(id);
    const t = theirsItems.get(id);
    if (!t) {
      if (!b) entries.push({ id, node: o.node, fields: o.fields });
      else if (!sameValue(o.fields, b.fields)) {
        conflicts.push({ id, keys: [], deletedBy: 'theirs' });
        entries.push({ id, node: o.node, fields: o.fields, side: 'ours' });
      }
      continue;
    }
    const merged = mergeFields(b?.fields, o.fields, t.fields, spec.itemRules);
    if (merged.kind === 'merged') {
      entries.push({ id, node: o.node, fields: merged.fields });
      continue;
    }
    conflicts.push({ id, keys: merged.keys });
    entries.push({ id, node: o.node, fields: merged.ours, side: 'ours' });
    entries.push({ id, node: t.node.clone() as YAMLMap, fields: merged.theirs, side: 'theirs' });
  }
  let after: string | undefined;
  for (const [id, t] of theirsItems) {
    if (oursItems.has(id)) {
      after = id;
      continue;
    }
    const b = baseItems.get(id);
    if (b && sameValue(t.fields, b.fields)) continue;
    if (b) conflicts.push({ id, keys: [], deletedBy: 'ours' });
    const entry: Entry = { id, node: t.node.clone() as YAMLMap, fields: t.fields, ...(b ? { side: 'theirs' as const } : {}) };
    insertAfter(entries, after, entry, theirsItems);
    after = id;
  }

  for (const entry of entries) {
    const placed = spec.place ? spec.place(entry.fields) : entry.fields;
    entry.fields = entry.side ? marked(placed, entry.side) : placed;
  }
  if (spec.compare) {
    const compare = spec.compare;
    entries.sort((a, b) => compare(a.fields, b.fields) || sideRank(a) - sideRank(b));
  }
  let seq: unknown = root.get(spec.listKey, true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    putNode(root, spec.listKey, seq as YAMLSeq, spec.topOrder);
  }
  const list = seq as YAMLSeq;
  const order = [...spec.itemOrder, ...CONFLICT_KEYS];
  list.items = entries.map((entry) => {
    writeFields(doc, entry.node, entry.fields, order);
    return entry.node;
  });
  list.flow = list.items.length === 0;
  const printed = doc.toString(WRITE_OPTIONS);
  return { text: keepUntouchedLines(sides.oursText, printedBefore, printed), conflicts };
}

function mergeTopLevel(doc: Document, root: YAMLMap, [b, o, t]: Fields[], spec: KeyedListSpec, conflicts: MergeConflict[]): void {
  const merged = mergeFields(b, o, t, spec.topRules);
  const fields: Record<string, unknown> = { ...(merged.kind === 'merged' ? merged.fields : merged.ours) };
  if (merged.kind === 'conflict') {
    for (const key of merged.keys) {
      fields[key] = { status: 'conflict', ...(o[key] !== undefined ? { ours: o[key] } : {}), ...(t[key] !== undefined ? { theirs: t[key] } : {}) };
      conflicts.push({ keys: [key] });
    }
  }
  for (const pair of [...root.items]) {
    const key = keyText(pair) ?? '';
    if (fields[key] === undefined && isMerged(key, spec)) root.delete(key);
  }
  for (const [key, value] of Object.entries(fields)) setAny(doc, root, key, value, spec.topOrder);
}

function isMerged(key: string, spec: KeyedListSpec): boolean {
  return key !== spec.listKey && !(key in spec.derived);
}

function topFields(doc: Document, spec: KeyedListSpec): Fields {
  const root = doc.contents;
  if (!isMap(root)) return {};
  const out: Record<string, unknown> = {};
  for (const pair of root.items) {
    const key = keyText(pair);
    if (key !== undefined && isMerged(key, spec) && !isAbsent(pair.value)) out[key] = toJs(doc, pair.value);
  }
  return out;
}

function itemsOf(doc: Document, listKey: string): Map<string, { node: YAMLMap; fields: Fields }> {
  const out = new Map<string, { node: YAMLMap; fields: Fields }>();
  const root = doc.contents;
  const list = isMap(root) ? root.get(listKey, true) : undefined;
  if (!isSeq(list)) return out;
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const id = scalarText(item.get('id', true));
    if (id !== undefined && !out.has(id)) out.set(id, { node: item, fields: toJs(doc, item) as Fields });
  }
  return out;
}

/**
 * The parsed text, or why it cannot be merged by id: every list item must be
 * a mapping with an id of its own, or the merge would have nothing to match
 * it by and would drop it.
 */
export function mergeableDocument(text: string, listKey: string): { doc: Document } | { reason: string } {
  const { doc } = parseYaml(text);
  const why = (reason: string) => ({ reason });
  if (doc.errors.length > 0) return why(`line ${doc.errors[0].linePos?.[0].line ?? '?'}: ${doc.errors[0].message}`);
  const root = doc.contents;
  if (isAbsent(root)) return { doc };
  if (!isMap(root)) return why('not a mapping');
  const list = root.get(listKey, true);
  if (isAbsent(list)) return { doc };
  if (!isSeq(list)) return why(`\`${listKey}\` is not a list`);
  const seen = new Set<string>();
  for (const item of list.items) {
    const id = isMap(item) ? scalarText(item.get('id', true)) : undefined;
    if (id === undefined) return why(`an item of \`${listKey}\` has no id`);
    if (isMap(item) && scalarText(item.get('status', true)) === 'conflict') return why(`it holds an unresolved merge conflict (id '${id}')`);
    if (seen.has(id)) return why(`two items share the id '${id}'`);
    seen.add(id);
  }
  return { doc };
}

function toJs(doc: Document, node: unknown): unknown {
  return isNode(node) ? node.toJS(doc) : node;
}

/** After the entry `id` and after what only we added there: at the same place, ours come first as in git. */
function insertAfter(entries: Entry[], id: string | undefined, entry: Entry, theirs: ReadonlyMap<string, unknown>): void {
  let at = entries.length;
  if (id !== undefined) {
    const last = entries.map((e) => e.id).lastIndexOf(id);
    if (last >= 0) at = last + 1;
    while (at < entries.length && !theirs.has(entries[at].id)) at++;
  }
  entries.splice(at, 0, entry);
}

function marked(fields: Fields, side: Side): Fields {
  const { status, ...rest } = fields;
  return { ...rest, status: 'conflict', side, ...(status === 'orphaned' ? { orphaned: true } : {}) };
}

function sideRank(entry: Entry): number {
  return entry.side === 'theirs' ? 1 : 0;
}

/** Makes `node` hold exactly `fields`, touching only the keys whose value differs. */
function writeFields(doc: Document, node: YAMLMap, fields: Fields, order: readonly string[]): void {
  for (const pair of [...node.items]) {
    const key = keyText(pair);
    if (key !== undefined && fields[key] === undefined) node.delete(key);
  }
  for (const [key, value] of Object.entries(fields)) setAny(doc, node, key, value, order);
}

function setAny(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]): void {
  if (typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
    setValue(doc, map, key, value as string | number | string[], order);
  } else if (!sameValue(toJs(doc, map.get(key, true)), value)) {
    putNode(map, key, doc.createNode(value), order);
  }
}
