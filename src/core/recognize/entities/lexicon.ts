// The recogniser's word lists arrive as JSON (data/entities-*.json, loaded by
// the extension or CLI) and are turned into sets once per data object.

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
}

const FIELDS: readonly (keyof RecognizerData)[] = [
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
  files.forEach((json, index) => {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new Error(`recognizer data file ${index}: expected an object`);
    }
    for (const [k, v] of Object.entries(json)) {
      if (!(FIELDS as readonly string[]).includes(k)) continue; // metadata such as licence notes
      if (!Array.isArray(v) || v.some((w) => typeof w !== 'string')) {
        throw new Error(`recognizer data file ${index}: "${k}" must be a list of strings`);
      }
      for (const w of v as string[]) out[k].push(w.toLowerCase());
    }
  });
  return out as unknown as RecognizerData;
}

export interface Lexicon {
  readonly common: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
  readonly demonym: ReadonlySet<string>;
  readonly title: ReadonlySet<string>;
  readonly titleMod: ReadonlySet<string>;
  readonly location: ReadonlySet<string>;
  readonly organization: ReadonlySet<string>;
  readonly orgHead: ReadonlySet<string>;
  readonly locHead: ReadonlySet<string>;
  readonly eventHead: ReadonlySet<string>;
  readonly orgSuffix: ReadonlySet<string>;
  readonly orgCue: ReadonlySet<string>;
  readonly locCue: ReadonlySet<string>;
  readonly particle: ReadonlySet<string>;
  readonly ofHead: ReadonlySet<string>;
  readonly innerPoss: ReadonlySet<string>;
  readonly time: ReadonlySet<string>;
}

const cache = new WeakMap<RecognizerData, Lexicon>();

export function lexiconOf(data: RecognizerData): Lexicon {
  let lex = cache.get(data);
  if (!lex) {
    // Gazetteer entries are matched on token keys, which carry no apostrophes or dots.
    const names = (l: readonly string[]) => new Set(l.map((w) => w.replace(/['’.]/g, '').replace(/-/g, ' ')));
    lex = {
      common: new Set(data.commonWords),
      stop: new Set(data.stopWords),
      first: new Set(data.firstNames),
      last: new Set(data.lastNames),
      demonym: new Set(data.demonyms),
      title: new Set(data.titles),
      titleMod: new Set(data.titleModifiers),
      location: names(data.locations),
      organization: names(data.organizations),
      orgHead: new Set(data.orgHeads),
      locHead: new Set(data.locHeads),
      eventHead: new Set(data.eventHeads),
      orgSuffix: names(data.orgSuffixes),
      orgCue: new Set(data.orgCues),
      locCue: new Set(data.locCues),
      particle: new Set(data.particles),
      ofHead: new Set(data.ofHeads),
      innerPoss: new Set(data.innerPossessives),
      time: new Set(data.timeWords),
    };
    cache.set(data, lex);
  }
  return lex;
}
