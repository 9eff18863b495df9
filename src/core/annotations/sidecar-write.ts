// Writes a sidecar through the `yaml` Document API over the previous text:
// comments, key order and unknown keys stay, and only values that changed
// are replaced, so a git diff shows the annotations that changed and
// nothing else.

import { isMap, isSeq, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { Annotation, Sidecar } from '../model';
import { isAbsent, newDocument, prepareForWrite, putNode, scalarText, setValue, WRITE_OPTIONS } from '../yaml/nodes';
import { keepUntouchedLines } from '../yaml/keepLines';
import { ANNOTATION_KEYS, readSidecar, SIDECAR_KEYS } from './sidecar-read';

/** By start, ties by id: the order of the file. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The sidecar text for `sidecar`, edited over `previousText` (undefined for
 * a new file). Throws when `previousText` is not a trusted sidecar (see
 * parseSidecar) or when two annotations share an id: nothing is written then.
 */
export function serializeSidecar(previousText: string | undefined, sidecar: Sidecar): string {
  const ids = new Set(sidecar.annotations.map((a) => a.id));
  if (ids.size !== sidecar.annotations.length) throw new Error('Two annotations share an id; the sidecar is not written.');

  const doc = previousText === undefined ? newDocument() : editableDocument(previousText);
  const printedBefore = previousText === undefined ? undefined : doc.toString(WRITE_OPTIONS);
  if (isAbsent(doc.contents)) doc.contents = new YAMLMap();
  const root = doc.contents as YAMLMap;
  setValue(doc, root, 'version', 1, SIDECAR_KEYS);
  setValue(doc, root, 'source', sidecar.source, SIDECAR_KEYS);
  setValue(doc, root, 'sha256', sidecar.sha256, SIDECAR_KEYS);
  setValue(doc, root, 'published', sidecar.published, SIDECAR_KEYS);

  let seq: unknown = root.get('annotations', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    putNode(root, 'annotations', seq as YAMLSeq, SIDECAR_KEYS);
  }
  const annotationsNode = seq as YAMLSeq;
  const nodeById = new Map<string, YAMLMap>();
  for (const item of annotationsNode.items) {
    if (isMap(item)) nodeById.set(scalarText(item.get('id', true)) ?? '', item);
  }
  annotationsNode.items = [...sidecar.annotations].sort(compareAnnotations).map((annotation) => {
    const node = nodeById.get(annotation.id) ?? new YAMLMap();
    writeAnnotation(doc, node, annotation);
    return node;
  });
  // a list grows as a block list even from `annotations: []`, and shrinks back to `[]`
  annotationsNode.flow = annotationsNode.items.length === 0;
  const printed = doc.toString(WRITE_OPTIONS);
  return previousText === undefined || printedBefore === undefined ? printed : keepUntouchedLines(previousText, printedBefore, printed);
}

function editableDocument(text: string): Document {
  const { doc, sidecar, problems } = readSidecar(text);
  if (!sidecar) {
    const error = problems.find((p) => p.severity === 'error');
    throw new Error(`The sidecar does not parse${error ? ` (line ${error.line + 1}: ${error.message})` : ''}; it is left untouched.`);
  }
  prepareForWrite(doc);
  return doc;
}

function writeAnnotation(doc: Document, node: YAMLMap, a: Annotation): void {
  const values: Record<string, string | number | readonly string[] | undefined> = {
    id: a.id,
    start: a.start,
    end: a.end,
    exact: a.exact,
    // an absent prefix/suffix already reads as '': adding one would only grow the diff
    prefix: a.prefix === '' && !node.has('prefix') ? undefined : a.prefix,
    suffix: a.suffix === '' && !node.has('suffix') ? undefined : a.suffix,
    entity: a.entity,
    type: a.type,
    note: a.note,
    tags: a.tags,
    created: a.created,
    status: a.status,
  };
  for (const key of ANNOTATION_KEYS) setValue(doc, node, key, values[key], ANNOTATION_KEYS);
}
