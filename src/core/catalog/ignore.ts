// Adds a name to the catalog's `ignore` list (names that are never entities
// in this corpus), through the same comment-keeping edit as entities.

import { isSeq, Scalar, YAMLSeq } from 'yaml';
import { editCatalog } from './edit';
import { CATALOG_KEYS } from './parse';
import { isAbsent, putNode, scalarText, styleOf } from '../yaml/nodes';

/**
 * The catalog text with `name` appended to `ignore` (created, in the flow
 * style of DESIGN.md's example, when absent). Throws rather than write when
 * the catalog does not parse, `ignore` is not a list, or the name is there.
 */
export function addIgnoredName(text: string | undefined, name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('There is no name to ignore.');
  return editCatalog(text, (_doc, root) => {
    let ignore: unknown = root.get('ignore', true);
    if (isAbsent(ignore)) {
      const list = new YAMLSeq();
      list.flow = true;
      ignore = list;
      putNode(root, 'ignore', list, CATALOG_KEYS);
    }
    if (!isSeq(ignore)) throw new Error('`ignore` in the catalog is not a list; fix it before adding names.');
    if (ignore.items.some((item) => scalarText(item) === trimmed)) throw new Error(`“${trimmed}” is already ignored.`);
    const item = new Scalar(trimmed);
    item.type = styleOf(trimmed);
    ignore.items.push(item);
  });
}

/** The catalog text without `name` in `ignore` (undo of addIgnoredName); unchanged when it is not there. */
export function removeIgnoredName(text: string, name: string): string {
  return editCatalog(text, (_doc, root) => {
    const ignore = root.get('ignore', true);
    if (isSeq(ignore)) ignore.items = ignore.items.filter((item) => scalarText(item) !== name);
  });
}
