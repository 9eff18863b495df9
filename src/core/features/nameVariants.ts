// Variant spellings of the names the catalog lacks, grouped so that one
// "Add Name to Catalog" takes them all: transliterations (Kiev/Kyiv,
// Lugansk/Luhansk), legal forms (Apple / Apple Inc. / Apple Corp.) and
// short first names (Tim Cook / Timothy D. Cook). A false merge would put
// two entities under one id, so every rule errs on the side of apart:
// different persons with one surname, or one first name, stay apart
// (Bashar al-Assad, Bashar al-Jaafari; John Cook, Joan Cook), and a short
// name that fits two different full names joins neither (George Bush beside
// George W. and George H. W. Bush).

import type { EntityType } from '../model';
import { DisjointSets, joinSpellingVariants, skeleton } from '../recognize/entities';

export interface NameKey {
  /** `name:<words>`: the words in lower case, one space apart. */
  readonly key: string;
  readonly type: EntityType;
  readonly mentions: number;
}

/** Last words that say a company's legal form, not its name ("corps" is no legal form: Apple Corps is not Apple). */
const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'lp', 'llp',
  'gmbh', 'ag', 'sa', 'nv', 'bv', 'spa', 'pjsc', 'ojsc', 'jsc', 'oao', 'zao',
]);

/** Shorter first names than this are not taken for the start of a longer one ("Al" is not "Alan"). */
const MIN_SHORT_FIRST_NAME = 3;

interface Name {
  readonly words: readonly string[];
  readonly type: EntityType;
  /** The words without the trailing legal forms. */
  readonly core: string;
  readonly legalForm: boolean;
  /** Set for a person's full name. */
  readonly person?: PersonName;
}

/** A person's name as first name, middle initials and the rest (the surname, with its particles and Jr.). */
interface PersonName {
  readonly first: string;
  readonly initials: string;
  /** The skeleton of the rest. */
  readonly rest: string;
}

/**
 * Maps every key given to the key of its group: the most mentioned of the
 * group, ties to the first given. A key without variants maps to itself.
 */
export function groupNameVariants(keys: readonly NameKey[]): Map<string, string> {
  const names = keys.map((k) => nameOf(k));
  const sets = new DisjointSets(keys.length);
  joinSpellingVariants(names.map((n) => n.core), sets, (i, j) => mayBeOne(names[i], names[j]));
  joinShortFirstNames(names, sets);
  const top = new Map<number, number>();
  keys.forEach((k, i) => {
    const root = sets.find(i);
    const best = top.get(root);
    if (best === undefined || k.mentions > keys[best].mentions) top.set(root, i);
  });
  return new Map(keys.map((k, i) => [k.key, keys[top.get(sets.find(i))!].key]));
}

function nameOf({ key, type }: NameKey): Name {
  const words = key.replace(/^name:/, '').split(' ').filter(Boolean);
  let end = words.length;
  while (end > 1 && LEGAL_FORMS.has(words[end - 1])) end--;
  return { words, type, core: words.slice(0, end).join(' '), legalForm: end < words.length, person: type === 'person' ? personName(words) : undefined };
}

function personName(words: readonly string[]): PersonName | undefined {
  const [first, ...others] = words;
  const rest = others.filter((w) => w.length > 1);
  if (rest.length === 0 || first.length === 1) return undefined;
  return { first, initials: others.filter((w) => w.length === 1).join(' '), rest: skeleton(rest.join(' ')) };
}

/** Whether two names whose spellings are variants may be one entity. */
function mayBeOne(a: Name, b: Name): boolean {
  // spelling forgets digits and tolerates one letter: not Airbus A330 and A380, nor VT Group and VTB Group
  if (digitsOf(a.core) !== digitsOf(b.core) || shortWordsOf(a.core) !== shortWordsOf(b.core)) return false;
  // names spelt differently, not only transliterated, are one only when nothing says they are of different kinds (France, Frankie)
  if (skeleton(a.core) !== skeleton(b.core) && a.type !== b.type && a.type !== 'other' && b.type !== 'other') return false;
  // a company's legal form is no variant of a person or a place (Dell, Dell Inc.)
  if (a.legalForm !== b.legalForm && !isCompanyLike(a.legalForm ? b : a)) return false;
  // persons' full names differ only in the spelling of the rest: not John and Joan Cook, nor George W. and George H. W. Bush
  if (a.person && b.person) return skeleton(a.person.first) === skeleton(b.person.first) && a.person.initials === b.person.initials;
  return true;
}

const digitsOf = (words: string): string => words.replace(/\D+/g, ' ').trim();

/** The words of three letters or fewer (acronyms, particles) of a name of several words. */
function shortWordsOf(words: string): string {
  const list = words.split(' ');
  return list.length > 1 ? list.filter((w) => w.length <= 3).join(' ') : '';
}

function isCompanyLike(name: Name): boolean {
  return name.type === 'organization' || name.type === 'other';
}

/**
 * Tim Cook, Timothy Cook and Timothy D. Cook: one surname, one first name
 * the start of the other, no middle initials that disagree. Two are joined
 * only when every name that fits either fits both.
 */
function joinShortFirstNames(names: readonly Name[], sets: DisjointSets): void {
  const bySurname = new Map<string, number[]>();
  names.forEach(({ person }, i) => {
    if (person) bySurname.set(person.rest, [...(bySurname.get(person.rest) ?? []), i]);
  });
  for (const people of bySurname.values()) {
    if (people.length < 2) continue;
    const fits = new Map(people.map((i) => [i, people.filter((j) => j !== i && samePerson(names[i].person!, names[j].person!))]));
    for (const [i, fitsI] of fits) {
      for (const j of fitsI) {
        const fitsJ = fits.get(j)!;
        const unambiguous = [...fitsI, ...fitsJ].every((k) => k === i || k === j || (fitsI.includes(k) && fitsJ.includes(k)));
        if (unambiguous) sets.union(i, j);
      }
    }
  }
}

function samePerson(p: PersonName, q: PersonName): boolean {
  if (p.initials && q.initials && p.initials !== q.initials) return false;
  const [short, long] = p.first.length <= q.first.length ? [p.first, q.first] : [q.first, p.first];
  return short === long || (short.length >= MIN_SHORT_FIRST_NAME && long.startsWith(short));
}
