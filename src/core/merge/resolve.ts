// Resolving a conflict the merge driver left (see keyedList.ts): keep our
// version, theirs, or both (theirs under a new id), as the editor's quick
// fixes do. Edits the text through the Document API, so every other line
// stays as it is.

import { isMap, isSeq, YAMLMap, type Document } from 'yaml';
import { keepUntouchedLines } from '../yaml/keepLines';
import { isAbsent, keyText, prepareForWrite, scalarText, setValue, WRITE_OPTIONS } from '../yaml/nodes';
import { parseYaml } from '../yaml/problems';
import { CONFLICT_KEYS } from './keyedList';

export type ConflictChoice = 'ours' | 'theirs' | 'both';

export interface ConflictTarget {
  /** `annotations` for a sidecar, `entities` for the catalog. */
  readonly listKey: string;
  /** The item's id; undefined for the top-level values changed two ways (a sidecar's `published`). */
  readonly id?: string;
  readonly choice: ConflictChoice;
  /** An id not among `taken`, for their version when both are kept. */
  readonly newId: (taken: ReadonlySet<string>) => string;
}

/** The text with the conflict resolved; throws when there is no such conflict (any more) or the choice does not apply. */
export function resolveConflictText(text: string, target: ConflictTarget): string {
  const { doc, collector } = parseYaml(text);
  if (collector.hasErrors && doc.errors.length > 0) throw new Error('The file does not parse; resolve the conflict by hand.');
  prepareForWrite(doc);
  const before = doc.toString(WRITE_OPTIONS);
  const root = doc.contents;
  if (!isMap(root)) throw new Error('The file is not a mapping; resolve the conflict by hand.');
  if (target.id === undefined) resolveTopLevel(root, target.choice);
  else resolveItem(doc, root, target);
  return keepUntouchedLines(text, before, doc.toString(WRITE_OPTIONS));
}

function resolveTopLevel(root: YAMLMap, choice: ConflictChoice): void {
  if (choice === 'both') throw new Error('A value changed two ways cannot keep both; keep ours or theirs.');
  let found = false;
  for (const pair of [...root.items]) {
    const value = pair.value;
    if (!isMap(value) || scalarText(value.get('status', true)) !== 'conflict') continue;
    found = true;
    const kept = value.get(choice, true);
    if (isAbsent(kept)) root.delete(keyText(pair));
    else pair.value = kept;
  }
  if (!found) throw new Error('There is no conflict left to resolve here.');
}

function resolveItem(doc: Document, root: YAMLMap, target: ConflictTarget): void {
  const list = root.get(target.listKey, true);
  if (!isSeq(list)) throw new Error('There is no conflict left to resolve here.');
  const versions = list.items.filter(
    (item): item is YAMLMap => isMap(item) && scalarText(item.get('id', true)) === target.id && scalarText(item.get('status', true)) === 'conflict',
  );
  if (versions.length === 0) throw new Error(`There is no conflict on '${target.id}' left to resolve.`);
  const side = (v: YAMLMap) => (scalarText(v.get('side', true)) === 'theirs' ? 'theirs' : 'ours');
  const kept = target.choice === 'both' ? versions : versions.filter((v) => side(v) === target.choice);
  list.items = list.items.filter((item) => !versions.includes(item as YAMLMap) || kept.includes(item as YAMLMap));
  const theirs = kept.find((v) => side(v) === 'theirs');
  for (const version of kept) unmark(doc, version);
  if (target.choice === 'both' && kept.length === 2 && theirs) {
    const taken = new Set(list.items.flatMap((item) => (isMap(item) ? [scalarText(item.get('id', true)) ?? ''] : [])));
    setValue(doc, theirs, 'id', target.newId(taken), ['id']);
  }
}

/** The version as it was before the merge marked it: `orphaned: true` is `status: orphaned` again. */
function unmark(doc: Document, version: YAMLMap): void {
  const wasOrphan = version.get('orphaned') === true;
  for (const key of CONFLICT_KEYS) version.delete(key);
  if (wasOrphan) setValue(doc, version, 'status', 'orphaned', ['status']);
}
