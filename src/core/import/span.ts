// What an import format gives for one span, before it is placed on the
// article: offsets in the text it was exported from, its quote, and the
// annotation's fields.

import type { EntityType } from '../model';

export interface ImportedSpan {
  readonly start: number;
  readonly end: number;
  /** The quote (TextQuoteSelector); the import re-anchors by it when the article differs. */
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly id?: string;
  /** Undefined for a date, or a label no type stands for. */
  readonly type?: EntityType;
  /** A catalog id ... */
  readonly entity?: string;
  /** ... or a Wikidata Q-number, looked up in the catalog. */
  readonly wikidata?: string;
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly created?: string;
  /** Marked as a recognised mention by our export: not imported as an annotation. */
  readonly recognized: boolean;
  /** Where it was read, for messages (`line 3`, `T4`). */
  readonly where: string;
}

/** The spans of one article, named as the export named it. */
export interface ImportedArticle {
  /** Relative to the corpus root (w3c, jsonl) or the export file's own path (brat). */
  readonly path: string;
  readonly spans: readonly ImportedSpan[];
}

/** Thrown for a file that is not in the format asked for: the message names the place. */
export class ImportFormatError extends Error {}
