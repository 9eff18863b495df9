// The entity recogniser: catalog names first, then names the catalog lacks,
// then within-article short forms and types. Pure: data comes in as values.

import type { EntityType } from '../../model';
import { matchCatalog, type CompiledCatalog } from './catalog';
import { propagateTypes, resolveAcronymTypos, resolveShortForms, type Draft } from './coref';
import { lexiconOf, type RecognizerData } from './lexicon';
import { FROM_NAME, findNames, markUncertain, type Doc } from './names';
import { tokenKey } from './keys';
import { ALLCAPS, tokenize } from './tokens';

export { compileCatalog, type CompiledCatalog } from './catalog';
export { parseRecognizerData, type RecognizerData } from './lexicon';
export { groupVariants } from './variants';

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

/** Entity mentions of one normalised article, sorted by start, non-overlapping. */
export function recognizeEntities(text: string, catalog: CompiledCatalog, data: RecognizerData): RawEntity[] {
  const t = tokenize(text);
  const keys: (string | undefined)[] = new Array(t.count);
  const key = (i: number): string => keys[i] ??= tokenKey(text, t.start[i], t.end[i], t.flags[i]);
  const taken = new Uint8Array(t.count);
  const d: Doc = { text, t, key, lex: lexiconOf(data), taken };

  const drafts: Draft[] = [];
  for (const m of matchCatalog(text, t, key, catalog)) {
    taken.fill(1, m.a, m.b);
    if (m.id !== null) drafts.push(draft(d, m.a, m.b, m.type, FROM_NAME + 1, m.id));
  }
  markUncertain(d);
  for (const c of findNames(d)) drafts.push(draft(d, c.a, c.b, c.type, c.strength, null));
  drafts.sort((x, y) => x.a - y.a);

  resolveShortForms(drafts, d.lex);
  resolveAcronymTypos(drafts);
  propagateTypes(drafts);

  return drafts.map((m) => {
    const start = t.start[m.a];
    let end = t.end[m.b - 1];
    if (text.charCodeAt(end) === 0x2e && DOTTED.has(key(m.b - 1))) end++;
    return { start, end, text: text.slice(start, end), type: m.type, entity: m.entity, key: m.key };
  });
}

function draft(d: Doc, a: number, b: number, type: EntityType, strength: number, entity: string | null): Draft {
  const words: string[] = [];
  let form = d.key(a);
  words.push(form);
  for (let i = a + 1; i < b; i++) { const k = d.key(i); words.push(k); form += ' ' + k; }
  return {
    a, b, words, form, type, strength, entity,
    allCaps: b - a === 1 && (d.t.flags[a] & ALLCAPS) !== 0,
    key: entity !== null ? 'catalog:' + entity : 'name:' + form,
  };
}
