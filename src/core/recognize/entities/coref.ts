// Within one article, short forms take the key of the full name they stand
// for: a person's surname ("Assad", "al-Assad" after "Bashar al-Assad", never
// the first name "Bashar"), an organisation's first word ("Lockheed" after
// "Lockheed Martin") or initials ("HTS" after "Hayat Tahrir al-Sham"). Then
// every mention of a key gets the best-supported type seen for that key.

import type { EntityType } from '../../model';
import { DEMONYM, PARTICLE, STOP, TITLE_MOD } from './lexicon';
import { FROM_CUE, FROM_NAME } from './names';

export interface Draft {
  readonly a: number;
  readonly b: number;
  /** Token keys of the mention. */
  readonly words: readonly string[];
  /** Word-list bits of each word (lexicon.ts), as looked up for its token. */
  readonly lists: readonly number[];
  /** The words joined by one space. */
  readonly form: string;
  readonly allCaps: boolean;
  type: EntityType;
  strength: number;
  entity: string | null;
  key: string;
}

interface Referent {
  readonly key: string;
  readonly type: EntityType;
  readonly entity: string | null;
  readonly strength: number;
}

export function resolveShortForms(drafts: Draft[]): void {
  const forms = new Map<string, Referent>();
  const later: Draft[] = [];
  // A draft's short forms, computed once: it does not change after its turn.
  const shortFormsOf: string[][] = new Array<string[]>(drafts.length);
  drafts.forEach((m, i) => {
    const found = m.entity === null && m.strength < FROM_NAME ? forms.get(m.form) : undefined;
    if (found && found.key !== m.key) adopt(m, found);
    else if (m.entity === null && m.strength < FROM_NAME) later.push(m);
    shortFormsOf[i] = shortForms(m);
    register(m, shortFormsOf[i], forms);
  });
  // A short form before its full name (a headline above the article) is
  // linked too, but only when the article has just one candidate for it.
  if (later.length === 0) return;
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  drafts.forEach((m, i) => {
    if (seen.has(m.key)) return;
    seen.add(m.key);
    for (const f of shortFormsOf[i]) counts.set(f, (counts.get(f) ?? 0) + 1);
  });
  for (const m of later) {
    const found = forms.get(m.form);
    if (found && found.key !== m.key && counts.get(m.form) === 1) adopt(m, found);
  }
}

function adopt(m: Draft, r: Referent): void {
  m.key = r.key;
  m.entity = r.entity;
  if (r.strength >= m.strength) { m.type = r.type; m.strength = r.strength; }
}

function register(m: Draft, short: readonly string[], forms: Map<string, Referent>): void {
  if (short.length === 0) return;
  const referent = { key: m.key, type: m.type, entity: m.entity, strength: Math.max(m.strength, FROM_CUE) };
  for (const f of short) forms.set(f, referent);
}

const NO_FORMS: string[] = [];

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii']);

function shortForms(m: Draft): string[] {
  const w = m.words;
  const lists = m.lists;
  if (w.length < 2) return NO_FORMS;
  if (m.type === 'person') {
    let end = w.length;
    while (end > 1 && SUFFIXES.has(w[end - 1])) end--;
    if (end < 2) return NO_FORMS;
    const surname = w[end - 1];
    const forms = [surname];
    if (end > 2 && lists[end - 2] & PARTICLE) forms.push(w[end - 2] + ' ' + surname);
    return forms;
  }
  if (m.type === 'organization' || m.type === 'location') {
    const forms: string[] = [];
    let initials = '';
    for (let i = 0; i < w.length; i++) {
      const x = w[i];
      if (!(lists[i] & PARTICLE) && x !== 'of' && x !== 'and' && x !== 'the') initials += x[0];
    }
    if (initials.length >= 2) forms.push(initials);
    if (m.type === 'organization' && !(lists[0] & (DEMONYM | TITLE_MOD | STOP))) forms.push(w[0]);
    return forms;
  }
  return NO_FORMS;
}

/** Every mention of a key takes the type with the strongest evidence among them. */
export function propagateTypes(drafts: Draft[]): void {
  const best = new Map<string, Draft>();
  for (const m of drafts) {
    const b = best.get(m.key);
    if (!b || m.strength > b.strength) best.set(m.key, m);
  }
  for (const m of drafts) {
    const b = best.get(m.key);
    if (b && b !== m && m.entity === null && b.strength > m.strength) { m.type = b.type; m.strength = b.strength; }
  }
}

/**
 * An unknown acronym that is a catalog acronym of the same article with two
 * neighbouring letters swapped (the typo "DRP" for "DPR") is that entity.
 */
export function resolveAcronymTypos(drafts: Draft[]): void {
  const acronyms = new Map<string, Draft>();
  for (const m of drafts) if (m.entity !== null && m.allCaps && m.words.length === 1) acronyms.set(m.words[0], m);
  if (acronyms.size === 0) return;
  for (const m of drafts) {
    if (m.entity !== null || !m.allCaps || m.words.length !== 1) continue;
    for (const [w, target] of acronyms) {
      if (isAdjacentSwap(m.words[0], w)) {
        m.entity = target.entity; m.key = target.key; m.type = target.type; m.strength = target.strength;
        break;
      }
    }
  }
}

export function isAdjacentSwap(x: string, y: string): boolean {
  if (x.length !== y.length || x.length < 3 || x === y) return false;
  let i = 0;
  while (x[i] === y[i]) i++;
  return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
}
