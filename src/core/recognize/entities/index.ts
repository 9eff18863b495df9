// The entity recogniser: catalog names first, then names the catalog lacks,
// then within-article short forms and types. Pure: data comes in as values.

import type { EntityType } from '../../model';
import { matchCatalog, type CompiledCatalog } from './catalog';
import { propagateTypes, resolveAcronymTypos, resolveShortForms, type Draft } from './coref';
import { withCompassWord } from './compass';
import { typeDatelines } from './dateline';
import { lexiconOf, type RecognizerData } from './lexicon';
import { classifyCandidates } from './model/classify';
import { FROM_NAME, findNames, markUncertain, type Candidate, type Doc } from './names';
import { tokenWords } from './words';
import { ALLCAPS, tokenizeReusing } from './tokens';

export { compileCatalog, type CompiledCatalog } from './catalog';
export { parseRecognizerData, type RecognizerData } from './lexicon';
export { DisjointSets, joinSpellingVariants, skeleton } from './variants';

export interface RawEntity {
  /** UTF-16 indices, end-exclusive. */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Catalog id, or null. */
  entity: string | null;
  /**
   * Groups mentions across the corpus: `catalog:<id>`, or `name:<words>` for a
   * name the catalog lacks, its words in lower case (acronyms too) and
   * separated by one space ("name:bashar al jaafari"). A later short form in
   * the same article carries the key of the full name.
   */
  key: string;
}

/** Words that a name keeps together with the full stop after them. */
const DOTTED = new Set(['jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros']);

// Reused between calls, like the tokens (tokenizeReusing): one article at a time.
let takenScratch = new Uint8Array(1024);

/** Entity mentions of one normalised article, sorted by start, non-overlapping. */
export function recognizeEntities(text: string, catalog: CompiledCatalog, data: RecognizerData): RawEntity[] {
  const d = documentOf(text, data);
  const drafts: Draft[] = [];
  for (const m of matchCatalog(text, d.t, d.key, catalog)) {
    d.taken.fill(1, m.a, m.b);
    if (m.id !== null) drafts.push(draft(d, m.a, m.b, m.type, FROM_NAME + 1, m.id));
  }
  markUncertain(d);
  const candidates = findNames(d);
  const typed = data.entityModel ? classifyCandidates(d, candidates, data.entityModel) : candidates;
  for (const named of typed) {
    const c = withCompassWord(d, named);
    drafts.push(draft(d, c.a, c.b, c.type, c.strength, null));
  }
  drafts.sort((x, y) => x.a - y.a);

  resolveShortForms(drafts);
  resolveAcronymTypos(drafts);
  propagateTypes(drafts);
  typeDatelines(d, drafts, (b) => endOf(d, b));

  return drafts.map((m) => {
    const start = d.t.start[m.a];
    const end = endOf(d, m.b);
    return { start, end, text: text.slice(start, end), type: m.type, entity: m.entity, key: m.key };
  });
}

function documentOf(text: string, data: RecognizerData): Doc {
  const t = tokenizeReusing(text);
  const lex = lexiconOf(data);
  const { key, lists, keyHash } = tokenWords(text, t, lex);
  if (takenScratch.length < t.count) takenScratch = new Uint8Array(t.count * 2);
  return { text, t, key, lists, keyHash, lex, taken: takenScratch.fill(0, 0, t.count) };
}

/** UTF-16 end of a name whose last token is b - 1: "Inc." keeps its full stop. */
function endOf(d: Doc, b: number): number {
  const end = d.t.end[b - 1];
  return d.text.charCodeAt(end) === 0x2e && DOTTED.has(d.key(b - 1)) ? end + 1 : end;
}

/**
 * The rules' candidate names of an article without a catalog, before the model
 * types them: what scripts/train learns to type. Valid until the next call.
 */
export function ruleCandidates(text: string, data: RecognizerData): { doc: Doc; candidates: Candidate[]; endOf: (b: number) => number } {
  const d = documentOf(text, data);
  markUncertain(d);
  return { doc: d, candidates: findNames(d), endOf: (b) => endOf(d, b) };
}

function draft(d: Doc, a: number, b: number, type: EntityType, strength: number, entity: string | null): Draft {
  let form = d.key(a);
  const words: string[] = [form];
  const lists: number[] = [d.lists(a)];
  for (let i = a + 1; i < b; i++) { const k = d.key(i); words.push(k); lists.push(d.lists(i)); form += ' ' + k; }
  return {
    a, b, words, lists, form, type, strength, entity,
    allCaps: b - a === 1 && (d.t.flags[a] & ALLCAPS) !== 0,
    key: entity !== null ? keyOf(catalogKeys, 'catalog:', entity) : b - a === 1 ? keyOf(nameKeys, 'name:', form) : 'name:' + form,
  };
}

// Mention keys are interned corpus-wide (analyze.ts): a key built afresh per
// mention is a new string, which the pool must hash and compare char by char.
// One-word forms and catalog ids are strings seen before (keys.ts), cheap to
// look up, so their keys are built once. Bounded: once full, keys are built as before.
const catalogKeys = new Map<string, string>();
const nameKeys = new Map<string, string>();
const MAX_BUILT_KEYS = 1 << 14;

function keyOf(built: Map<string, string>, prefix: string, s: string): string {
  let key = built.get(s);
  if (key === undefined) {
    key = prefix + s;
    if (built.size < MAX_BUILT_KEYS) built.set(s, key);
  }
  return key;
}
