// Plain data shared by every part of the core. Offsets in these types are
// Unicode code points over the normalised text (BOM removed, CRLF/CR -> LF),
// 0-based and end-exclusive, unless a name says otherwise.

export type EntityType = 'person' | 'organization' | 'location' | 'other';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location', 'other'];

/** TIMEX3 types, lower case. */
export type DateType = 'date' | 'time' | 'duration' | 'set';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface CatalogEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly wikidata?: string;
}

export interface Catalog {
  readonly entities: readonly CatalogEntity[];
  /** Names that are never entities in this corpus. */
  readonly ignore: readonly string[];
}

export const EMPTY_CATALOG: Catalog = { entities: [], ignore: [] };

export interface EntityMention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** Catalog id, or null for a name the catalog lacks. */
  readonly entity: string | null;
  /**
   * What groups mentions of one entity across the corpus: `catalog:<id>` for
   * catalog entities, `name:<normalised name>` for candidates.
   */
  readonly key: string;
}

export interface DateMention extends Span {
  readonly text: string;
  readonly type: DateType;
  /** TIMEX3 value, e.g. 2022-10-17, 2022-09, XXXX-03-15, P3Y, PAST_REF. */
  readonly value: string;
  /** One sentence for a human: how the value was derived. */
  readonly derivation: string;
}

export interface Annotation extends Span {
  readonly id: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly entity?: string;
  readonly type?: EntityType;
  readonly note?: string;
  readonly tags?: readonly string[];
  /** ISO 8601 UTC timestamp. */
  readonly created: string;
  /**
   * Absent: anchored, start/end are its place in the text whose sha256 the
   * sidecar holds. `orphaned`: its quote was not found when last saved;
   * start/end are the last known place, a hint only.
   */
  readonly status?: 'orphaned';
}

/** An annotation placed on the current text, or orphaned when its quote is gone. */
export interface AnchoredAnnotation {
  readonly annotation: Annotation;
  /** Where it is now; undefined when orphaned. */
  readonly span?: Span;
  readonly status: 'anchored' | 'moved' | 'orphaned';
  /**
   * For an orphan: a place where its quote is, found without its context, so
   * not taken as the same annotation; the user may re-attach it there.
   */
  readonly candidate?: Span;
}

export interface Sidecar {
  readonly version: 1;
  readonly source: string;
  readonly sha256?: string;
  /** The article's publication date, YYYY-MM-DD, set by the user. */
  readonly published?: string;
  readonly annotations: readonly Annotation[];
}

/**
 * What a problem is about, for clients that act on it (quick fixes, exit
 * codes) or say more than the core can: `too-large` is an article over the
 * size limit, which each client lets the user raise in its own way (a
 * setting, an option), so the core's message names none.
 */
export type ProblemCode = 'skipped' | 'too-large' | 'unreadable' | 'syntax' | 'invalid' | 'orphaned' | 'not-saved' | 'conflict';

/** A problem in a file the user edits: 0-based line and column (code points). */
export interface Problem {
  readonly uri: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly code?: ProblemCode;
  /** Where in an article, as editors count (an orphan's candidate place). */
  readonly range?: Range;
  /** The annotation a problem is about. */
  readonly annotationId?: string;
}

/** 0-based line and UTF-16 character, as editors count. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A place in a file, both as code points (for files and exports) and as a range (for editors). */
export interface Location {
  readonly uri: string;
  readonly span: Span;
  readonly range: Range;
}
