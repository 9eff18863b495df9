// Three-way merge of a sidecar (`corpus-lens merge-driver`): annotations
// matched by id, merged field by field, sorted by start as the format says.
// With the article's text at hand, every annotation is re-anchored on it
// and `sha256` is that text's; without it, the offsets are kept and the
// result is said to be stale when the two sides were saved against
// different texts.

import type { Document } from 'yaml';
import { ANNOTATION_KEYS, readSidecar, SIDECAR_KEYS } from '../annotations/sidecar-read';
import { placeAnnotations } from '../features/sidecarEdit';
import type { Annotation } from '../model';
import { TextMap } from '../text/offsets';
import { sha256Hex } from '../text/sha256';
import { mergeKeyedList, type MergeConflict } from './keyedList';
import type { Fields } from './threeWay';

export interface MergeInput {
  /** The common ancestor; '' when the file is new on both sides. */
  readonly base: string;
  readonly ours: string;
  readonly theirs: string;
}

export type MergeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly conflicts: readonly MergeConflict[];
      /** Offsets that may not refer to the merged article: its reader must re-anchor them. */
      readonly stale: boolean;
    }
  /** One of the three is not a file Corpus Lens can merge by id (it does not parse, or holds conflicts already). */
  | { readonly ok: false; readonly reason: string };

const ANCHOR_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix', 'status'];

/** `article` is the normalised text of the merged article, when known. */
export function mergeSidecarTexts(input: MergeInput, article?: string): MergeResult {
  const docs: Record<string, Document> = {};
  const shas: Record<string, string | undefined> = {};
  for (const [side, text] of Object.entries(input)) {
    const { doc, sidecar, problems } = readSidecar(text);
    if (!sidecar) {
      const error = problems.find((p) => p.severity === 'error');
      return { ok: false, reason: `${side}: ${error ? `line ${error.line + 1}: ${error.message}` : 'not a sidecar'}` };
    }
    docs[side] = doc;
    shas[side] = sidecar.sha256;
  }
  const text = article === undefined ? undefined : new TextMap(article);
  const merged = mergeKeyedList(
    { base: docs.base, ours: docs.ours, theirs: docs.theirs, oursText: input.ours },
    {
      listKey: 'annotations',
      topOrder: SIDECAR_KEYS,
      itemOrder: ANNOTATION_KEYS,
      topRules: { groups: [], sets: [] },
      itemRules: { groups: [ANCHOR_KEYS], sets: ['tags'], same: sameQuote },
      derived: { sha256: text ? sha256Hex(text.text) : shas.ours },
      compare: (a, b) => Number(a.start) - Number(b.start) || compareText(String(a.id), String(b.id)),
      ...(text ? { place: (fields: Fields) => placeOn(text, fields) } : {}),
    },
  );
  return { ok: true, text: merged.text, conflicts: merged.conflicts, stale: !text && shas.ours !== shas.theirs };
}

/** The same quote with the same context, at offsets counted on two versions of the article. */
function sameQuote(_group: readonly string[], ours: Fields, theirs: Fields): boolean {
  return ['exact', 'prefix', 'suffix', 'status'].every((k) => ours[k] === theirs[k]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The annotation's place on the merged article: moved, kept, or orphaned (DESIGN.md, re-anchoring). */
function placeOn(text: TextMap, fields: Fields): Fields {
  const annotation = {
    ...fields,
    exact: String(fields.exact ?? ''),
    prefix: String(fields.prefix ?? ''),
    suffix: String(fields.suffix ?? ''),
  } as unknown as Annotation;
  const [placed] = placeAnnotations({ version: 1, source: '', annotations: [annotation] }, text).annotations;
  const out: Record<string, unknown> = { ...fields, start: placed.start, end: placed.end, status: placed.status };
  // a quote or context re-read from the text is written; an unchanged one keeps the user's spelling of it
  for (const key of ['exact', 'prefix', 'suffix'] as const) {
    if (placed[key] !== annotation[key] && !(placed[key] === '' && fields[key] === undefined)) out[key] = placed[key];
  }
  return out;
}
