// Reads `<article>.annotations.yaml` (DESIGN.md, "Sidecar"). Annotations are
// user data that must never be lost, so the reading is strict: any error
// makes the whole file untrusted (no Sidecar), and an untrusted file is
// never rewritten. Unknown keys are other tools' business: they are neither
// reported nor lost.

import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { ENTITY_TYPES, type Annotation, type EntityType, type Sidecar } from '../model';
import { isAbsent, scalarText, textList } from '../yaml/nodes';
import { parseYaml, type ProblemCollector, type YamlProblem } from '../yaml/problems';

export interface ParsedSidecar {
  /** Undefined when the file cannot be trusted: it must then never be overwritten. */
  readonly sidecar?: Sidecar;
  readonly problems: YamlProblem[];
}

export const SIDECAR_KEYS: readonly string[] = ['version', 'source', 'sha256', 'published', 'annotations'];
export const ANNOTATION_KEYS: readonly string[] = [
  'id', 'start', 'end', 'exact', 'prefix', 'suffix', 'entity', 'type', 'note', 'tags', 'created', 'status',
];

const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const CREATED_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function parseSidecar(text: string): ParsedSidecar {
  const { sidecar, problems } = readSidecar(text);
  return sidecar ? { sidecar, problems } : { problems };
}

/** parseSidecar plus the parsed document, for rewriting it. */
export function readSidecar(text: string): ParsedSidecar & { doc: Document.Parsed } {
  const { doc, collector } = parseYaml(text);
  // after a syntax error the tree is a guess: checking it would only add noise
  const sidecar = doc.errors.length === 0 ? readRoot(doc.contents, collector) : undefined;
  return { doc, problems: collector.problems, ...(sidecar && !collector.hasErrors ? { sidecar } : {}) };
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

function readRoot(root: unknown, collector: ProblemCollector): Sidecar | undefined {
  // an empty file (or one with only comments) holds nothing to lose
  if (isAbsent(root)) return { version: 1, source: '', annotations: [] };
  if (!isMap(root)) {
    collector.at(root, 'A sidecar must be a mapping with `version: 1`, `source` and `annotations`.');
    return undefined;
  }
  const versionNode = root.get('version', true);
  if (scalarText(versionNode) !== '1') {
    collector.at(isAbsent(versionNode) ? root : versionNode, 'Unsupported or missing version; Corpus Lens reads `version: 1` and leaves this file untouched.');
    return undefined;
  }

  const sourceNode = root.get('source', true);
  const source = scalarText(sourceNode);
  if (isAbsent(sourceNode)) collector.at(root, 'Missing `source` (the article file name).', 'warning');
  else if (source === undefined) collector.at(sourceNode, '`source` must be the article file name.');

  const shaNode = root.get('sha256', true);
  const sha = scalarText(shaNode);
  if (!isAbsent(shaNode) && (sha === undefined || !SHA256_PATTERN.test(sha))) {
    collector.at(shaNode, '`sha256` is not a SHA-256 in hex; it is ignored and rewritten on the next save.', 'warning');
  }

  const publishedNode = root.get('published', true);
  const published = scalarText(publishedNode);
  if (isConflictMark(publishedNode)) {
    collector.conflictAt(publishedNode, 'Merge conflict on `published`: the two sides set different dates; keep one (`ours` or `theirs`).');
  } else if (!isAbsent(publishedNode) && (published === undefined || !isIsoDate(published))) {
    collector.at(publishedNode, '`published` must be a date written YYYY-MM-DD.');
  }

  const annotationsNode = root.get('annotations', true);
  const annotations: Annotation[] = [];
  if (isSeq(annotationsNode)) {
    const lineOfId = new Map<string, number>();
    const conflicted = new Map<string, YAMLMap[]>();
    for (const item of annotationsNode.items) {
      if (isConflictMark(item)) {
        const id = scalarText(item.get('id', true)) ?? '';
        conflicted.set(id, [...(conflicted.get(id) ?? []), item]);
        continue;
      }
      const annotation = readAnnotation(item, collector);
      if (!annotation) continue;
      const first = lineOfId.get(annotation.id);
      if (first !== undefined) collector.at(isMap(item) ? item.get('id', true) : item, `Duplicate annotation id '${annotation.id}' (first on line ${first + 1}).`);
      else lineOfId.set(annotation.id, collector.lineOf(item));
      annotations.push(annotation);
    }
    for (const [id, items] of conflicted) collector.conflictAt(items[0].get('status', true), conflictMessage(id, items), id);
  } else if (!isAbsent(annotationsNode)) {
    collector.at(annotationsNode, '`annotations` must be a list.');
  }

  return {
    version: 1,
    source: source ?? '',
    ...(sha !== undefined && SHA256_PATTERN.test(sha) ? { sha256: sha } : {}),
    ...(published !== undefined ? { published } : {}),
    annotations,
  };
}

/** A version left by the merge driver (`status: conflict`), or a top-level value changed two ways. */
function isConflictMark(node: unknown): node is YAMLMap {
  return isMap(node) && scalarText(node.get('status', true)) === 'conflict';
}

function conflictMessage(id: string, items: readonly YAMLMap[]): string {
  const sides = items.map((item) => scalarText(item.get('side', true)));
  if (items.length === 1) {
    const kept = sides[0] === 'theirs' ? 'their' : 'our';
    return `Merge conflict on annotation '${id}': ${kept} side edited it, the other side deleted it; keep it or delete it.`;
  }
  const differ = [...new Set(items.flatMap((item) => item.items.map((p) => scalarText(p.key) ?? '')))].filter(
    (key) => !['side', 'status'].includes(key) && JSON.stringify(items[0].get(key)) !== JSON.stringify(items[1].get(key)),
  );
  return `Merge conflict on annotation '${id}': the two sides changed ${differ.map((k) => `\`${k}\``).join(', ') || 'it'} differently; keep ours, theirs or both.`;
}

function readAnnotation(item: unknown, collector: ProblemCollector): Annotation | undefined {
  if (!isMap(item)) {
    collector.at(item, 'An annotation must be a mapping (id, start, end, exact, ...).');
    return undefined;
  }
  let ok = true;
  const fail = (node: unknown, message: string): void => {
    ok = false;
    collector.at(isAbsent(node) ? item : node, message);
  };
  const text = (key: string, required: boolean): string | undefined => {
    const node = item.get(key, true);
    if (isAbsent(node)) {
      if (required) fail(node, `Missing \`${key}\`.`);
      return undefined;
    }
    const value = scalarText(node);
    if (value === undefined) fail(node, `\`${key}\` must be text.`);
    return value;
  };

  const id = text('id', true);
  if (id === '') fail(item.get('id', true), '`id` must not be empty.');
  const start = offset(item, 'start', fail);
  const end = offset(item, 'end', fail);
  if (start !== undefined && end !== undefined && start > end) fail(item.get('end', true), '`end` must not be before `start`.');
  const exact = text('exact', true);
  const prefix = text('prefix', false) ?? '';
  const suffix = text('suffix', false) ?? '';
  const entity = text('entity', false);
  const type = text('type', false);
  if (type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    fail(item.get('type', true), `\`type\` must be one of ${ENTITY_TYPES.join(', ')}.`);
  }
  const note = text('note', false);
  const tagsNode = item.get('tags', true);
  const tags = isAbsent(tagsNode) ? undefined : textList(tagsNode);
  if (!isAbsent(tagsNode) && !tags) fail(tagsNode, '`tags` must be a list of words.');
  const created = text('created', true);
  if (created !== undefined && !CREATED_PATTERN.test(created)) {
    collector.at(item.get('created', true), '`created` should be an ISO 8601 UTC time such as 2026-11-23T10:00:00Z.', 'warning');
  }

  const status = text('status', false);
  if (status !== undefined && status !== 'orphaned') {
    fail(item.get('status', true), '`status` must be `orphaned` or absent (anchored).');
  }

  if (!ok || id === undefined || start === undefined || end === undefined || exact === undefined || created === undefined) return undefined;
  return {
    id,
    start,
    end,
    exact,
    prefix,
    suffix,
    ...(entity !== undefined ? { entity } : {}),
    ...(type !== undefined ? { type: type as EntityType } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(tags !== undefined ? { tags } : {}),
    created,
    ...(status === 'orphaned' ? { status } : {}),
  };
}

function offset(item: YAMLMap, key: string, fail: (node: unknown, message: string) => void): number | undefined {
  const node = item.get(key, true);
  const value: unknown = isAbsent(node) ? undefined : node?.value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  fail(node, `\`${key}\` must be a whole number >= 0 (a code point offset).`);
  return undefined;
}
