// The recogniser's word lists arrive as JSON (data/entities-*.json, loaded by
// the extension or CLI) and are turned into one table of bits once per data
// object.

import { newSlotOwner } from './keys';
import { parseEntityModel, type EntityModel } from './model/entityModel';

/** Every list is lower case; multi-word entries are space-separated words. */
export interface RecognizerData {
  /** Ordinary English words: a capitalised one at a sentence start or in a headline is not a name. */
  readonly commonWords: readonly string[];
  /** Function words: never a name on their own, whatever their case. */
  readonly stopWords: readonly string[];
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  /** Syrian, Russian, Western...: adjectives, never entities. */
  readonly demonyms: readonly string[];
  /** Core titles that announce a person: president, minister, mr, ceo... */
  readonly titles: readonly string[];
  /** Words that only precede a core title: deputy, foreign, prime, vice... */
  readonly titleModifiers: readonly string[];
  /** Countries, cities, regions. */
  readonly locations: readonly string[];
  readonly organizations: readonly string[];
  /** Last words that make a name an organisation: ministry, council, airlines... */
  readonly orgHeads: readonly string[];
  /** Last words that make a name a location: airport, province, river... */
  readonly locHeads: readonly string[];
  /** Last words of names of events, typed 'other': games, show, conference... */
  readonly eventHeads: readonly string[];
  /** Inc, Corp, Ltd...: part of the name, and an organisation. */
  readonly orgSuffixes: readonly string[];
  /** Lower-case nouns right before a name that make it an organisation: manufacturer, company... */
  readonly orgCues: readonly string[];
  /** Lower-case words right before a name that make it a location: in, near... */
  readonly locCues: readonly string[];
  /** Lower-case particles inside names: al, bin, de, van... */
  readonly particles: readonly string[];
  /** Heads that take "of": University of ..., Bank of ... */
  readonly ofHeads: readonly string[];
  /** Possessives inside a name: "People's" in "Donetsk People's Republic". */
  readonly innerPossessives: readonly string[];
  /** Months and weekdays: dates, recognised elsewhere. */
  readonly timeWords: readonly string[];
  /** The learnt typer of candidate names (data/entities-model.json); without it the rules type alone. */
  readonly entityModel?: EntityModel;
}

const FIELDS: readonly Exclude<keyof RecognizerData, 'entityModel'>[] = [
  'commonWords', 'stopWords', 'firstNames', 'lastNames', 'demonyms', 'titles', 'titleModifiers',
  'locations', 'organizations', 'orgHeads', 'locHeads', 'eventHeads', 'orgSuffixes', 'orgCues', 'locCues',
  'particles', 'ofHeads', 'innerPossessives', 'timeWords',
];

/**
 * Validates and merges the JSON of one or more data files (each an object
 * with some of the RecognizerData lists; lists of the same name are
 * concatenated). Throws on anything else.
 */
export function parseRecognizerData(...files: readonly unknown[]): RecognizerData {
  const out: Record<string, string[]> = {};
  for (const f of FIELDS) out[f] = [];
  let entityModel: EntityModel | undefined;
  files.forEach((json, index) => {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new Error(`recognizer data file ${index}: expected an object`);
    }
    for (const [k, v] of Object.entries(json)) {
      if (k === 'entityModel') {
        if (entityModel) throw new Error(`recognizer data file ${index}: a second entity model`);
        entityModel = parseEntityModel(v, `recognizer data file ${index}`);
        continue;
      }
      if (!(FIELDS as readonly string[]).includes(k)) continue; // metadata such as licence notes
      if (!Array.isArray(v) || v.some((w) => typeof w !== 'string')) {
        throw new Error(`recognizer data file ${index}: "${k}" must be a list of strings`);
      }
      for (const w of v as string[]) out[k].push(w.toLowerCase());
    }
  });
  return { ...(out as unknown as RecognizerData), ...(entityModel && { entityModel }) };
}

/**
 * Every word list in one table: a word's (or phrase's) key maps to the set of
 * lists it belongs to, as bits. The recogniser asks several lists about each
 * capitalised word; one lookup per word, whose answer the document keeps per
 * token, replaced a hash lookup per list (most of the time left after GC).
 */
export interface Lexicon {
  readonly flags: ReadonlyMap<string, number>;
  /**
   * The table is large (the common words), so a lookup misses the CPU cache;
   * the bits of each word are kept again beside the word's key in the small
   * key table of keys.ts (slotBits), where the key was just found, under
   * this owner number: 0 = not yet, else bits | LOOKED_UP.
   */
  readonly slotOwner: number;
}

// One bit per list of RecognizerData.
export const COMMON = 1 << 0;
export const STOP = 1 << 1;
export const FIRST = 1 << 2;
export const LAST = 1 << 3;
export const DEMONYM = 1 << 4;
export const TITLE = 1 << 5;
export const TITLE_MOD = 1 << 6;
export const LOCATION = 1 << 7;
export const ORGANIZATION = 1 << 8;
export const ORG_HEAD = 1 << 9;
export const LOC_HEAD = 1 << 10;
export const EVENT_HEAD = 1 << 11;
export const ORG_SUFFIX = 1 << 12;
export const ORG_CUE = 1 << 13;
export const LOC_CUE = 1 << 14;
export const PARTICLE = 1 << 15;
export const OF_HEAD = 1 << 16;
export const INNER_POSS = 1 << 17;
export const TIME = 1 << 18;
// First words of the multi-word entries of a list: a phrase is built and
// looked up only when its first word carries the bit, since building it (a
// fresh string, hashed anew) cost more than all the single-word lookups.
export const LOCATION_START = 1 << 19;
export const ORGANIZATION_START = 1 << 20;
export const DEMONYM_START = 1 << 21;

/** Above every list bit: marks bits already looked up. */
export const LOOKED_UP = 1 << 30;

/** The lists of a word or phrase key, as bits (0 if in none). */
export function flagsOf(lex: Lexicon, key: string): number {
  return lex.flags.get(key) ?? 0;
}

const cache = new WeakMap<RecognizerData, Lexicon>();

export function lexiconOf(data: RecognizerData): Lexicon {
  let lex = cache.get(data);
  if (!lex) {
    const flags = new Map<string, number>();
    const add = (words: readonly string[], bit: number, startBit = 0): void => {
      for (const w of words) {
        flags.set(w, (flags.get(w) ?? 0) | bit);
        const space = startBit ? w.indexOf(' ') : -1;
        if (space >= 0) { const first = w.slice(0, space); flags.set(first, (flags.get(first) ?? 0) | startBit); }
      }
    };
    // Gazetteer entries are matched on token keys, which carry no apostrophes or dots.
    const names = (l: readonly string[]) => l.map((w) => w.replace(/['’.]/g, '').replace(/-/g, ' '));
    add(data.commonWords, COMMON);
    add(data.stopWords, STOP);
    add(data.firstNames, FIRST);
    add(data.lastNames, LAST);
    add(data.demonyms, DEMONYM, DEMONYM_START);
    add(data.titles, TITLE);
    add(data.titleModifiers, TITLE_MOD);
    add(names(data.locations), LOCATION, LOCATION_START);
    add(names(data.organizations), ORGANIZATION, ORGANIZATION_START);
    add(data.orgHeads, ORG_HEAD);
    add(data.locHeads, LOC_HEAD);
    add(data.eventHeads, EVENT_HEAD);
    add(names(data.orgSuffixes), ORG_SUFFIX);
    add(data.orgCues, ORG_CUE);
    add(data.locCues, LOC_CUE);
    add(data.particles, PARTICLE);
    add(data.ofHeads, OF_HEAD);
    add(data.innerPossessives, INNER_POSS);
    add(data.timeWords, TIME);
    lex = { flags, slotOwner: newSlotOwner() };
    cache.set(data, lex);
  }
  return lex;
}
