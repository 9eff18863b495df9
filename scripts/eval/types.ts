// The shapes every part of the evaluation shares. All offsets here are
// UTF-16 code unit indices (JavaScript string indices), the convention of
// the gold files; system outputs are converted to it before scoring.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type EntityType = 'person' | 'organization' | 'location' | 'other';
export const SCORED_ENTITY_TYPES = ['person', 'organization', 'location'] as const;

export type TimexType = 'date' | 'time' | 'duration' | 'set';
export const TIMEX_TYPES: readonly TimexType[] = ['date', 'time', 'duration', 'set'];

export interface EntitySpan extends Span {
  readonly text: string;
  readonly type: EntityType;
}

export interface TimexSpan extends Span {
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value as written; compared case-insensitively. */
  readonly value: string;
}

export interface GoldDoc {
  readonly id: string;
  readonly text: string;
  /** YYYY-MM-DD, or null when the source had none. */
  readonly dct: string | null;
  /** Predictions starting at or after this UTF-16 index are not scored; null = whole text annotated. */
  readonly annotatedUpTo: number | null;
  readonly hasEntities: boolean;
  readonly hasTimex: boolean;
  readonly entities: readonly EntitySpan[];
  readonly timex: readonly TimexSpan[];
  /** Names the gold neither requires nor forbids. */
  readonly optional: readonly Span[];
}

/** What one system found in one document. */
export interface DocPredictions {
  readonly entities: readonly EntitySpan[];
  readonly dates: readonly TimexSpan[];
}

/** A system's predictions by document id; a missing id means "found nothing". */
export type SystemOutput = ReadonlyMap<string, DocPredictions>;

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
