// From what reading a corpus file gave to what the index keeps, with the
// problems the user should see: pure functions, so the index only does the
// I/O. Every failure of one file becomes a problem on that file; none stops
// the rest of the corpus.

import type { Catalog, Problem, ProblemCode } from '../model';
import { EMPTY_CATALOG } from '../model';
import type { FileRead, FileStat } from '../ports';
import { decodeArticle, normalizeText } from '../text/normalize';
import { TextMap } from '../text/offsets';
import { Utf8Text } from '../text/utf8Text';
import { parseCatalog, type YamlProblem } from '../catalog';
import { parseSidecar } from '../annotations/sidecar';
import type { SidecarState } from './documentAnalysis';

/** A sidecar or a catalog larger than this is not read (nobody writes 64 MB of annotations by hand). */
export const MAX_YAML_BYTES = 64 * 1024 * 1024;

export interface CatalogState {
  /** The entities in use: the file's, or the last that parsed while the file has a syntax error. */
  readonly catalog: Catalog;
  /** The file's current text, where its entries are found; undefined when there is no readable catalog file. */
  readonly text?: string;
  /** `lastGood`: the file does not parse and `catalog` is the last version that did; writes are refused until it parses. */
  readonly health: 'ok' | 'none' | 'lastGood' | 'unparsed';
}

export const NO_CATALOG: CatalogState = { catalog: EMPTY_CATALOG, health: 'none' };

interface Read<T> {
  readonly state: T;
  readonly problems: Problem[];
}

/**
 * `previous` is the state in use: when the file is unreadable or does not
 * parse, its entities stay in use, so one typo does not unlink every name.
 */
export function readCatalog(uri: string, read: FileRead, previous: CatalogState): Read<CatalogState> {
  const fallback = (text: string | undefined, problems: Problem[]): Read<CatalogState> => {
    const kept = previous.health === 'ok' || previous.health === 'lastGood';
    const state: CatalogState = kept
      ? { catalog: previous.catalog, text, health: 'lastGood' }
      : { catalog: EMPTY_CATALOG, text, health: 'unparsed' };
    const notice = kept
      ? 'The last version of the catalog that could be read stays in use; Corpus Lens will not write to the catalog until this is fixed.'
      : 'The catalog is not used until this is fixed; Corpus Lens will not write to it meanwhile.';
    return { state, problems: problems.map((p) => ({ ...p, message: `${p.message} ${notice}` })) };
  };
  if (read.kind === 'missing') return { state: NO_CATALOG, problems: [] };
  if (read.kind !== 'file') return fallback(undefined, [unreadable(uri, read, 'Catalog')]);
  const decoded = decodeArticle(read.bytes);
  if (!decoded.ok) return fallback(undefined, [problem(uri, 0, 0, `Catalog not read: it is ${decoded.reason}.`, 'error', 'unreadable')]);
  const parsed = parseCatalog(decoded.text);
  const problems = parsed.problems.map((p) =>
    withConflict(problem(uri, p.line, p.column, `Catalog: ${p.message}`, p.severity, parsed.syntaxError ? 'syntax' : 'invalid'), p),
  );
  if (parsed.syntaxError) return fallback(decoded.text, problems);
  return { state: { catalog: parsed.catalog, text: decoded.text, health: 'ok' }, problems };
}

/** A sidecar that cannot be read or parsed is `broken`: its annotations are not loaded and the file is never written. */
export function readSidecar(uri: string, read: FileRead): Read<SidecarState> {
  if (read.kind === 'missing') return { state: { kind: 'none' }, problems: [] };
  if (read.kind !== 'file') return { state: { kind: 'broken' }, problems: [unreadable(uri, read, 'Annotations')] };
  const decoded = decodeArticle(read.bytes);
  if (!decoded.ok) {
    return {
      state: { kind: 'broken' },
      problems: [problem(uri, 0, 0, `Annotations not loaded (file left untouched): it is ${decoded.reason}.`, 'error', 'unreadable')],
    };
  }
  const parsed = parseSidecar(decoded.text);
  if (!parsed.sidecar) {
    const problems = parsed.problems.map((p) =>
      p.severity === 'error'
        ? withConflict(problem(uri, p.line, p.column, `Annotations not loaded (file left untouched): ${p.message}`, 'error', 'invalid'), p)
        : problem(uri, p.line, p.column, p.message, 'warning'),
    );
    return { state: { kind: 'broken' }, problems };
  }
  return {
    state: { kind: 'loaded', sidecar: parsed.sidecar },
    problems: parsed.problems.map((p) => problem(uri, p.line, p.column, p.message, p.severity)),
  };
}

/**
 * `file`: the stat the text was read with (what a warm start compares).
 * `utf8`: the file's bytes, when they are exactly the text in UTF-8 (no BOM
 * or CR was normalised away), for the index to keep instead (utf8Text.ts).
 */
export type ArticleRead =
  | { readonly text: string; readonly file: FileStat; readonly utf8?: Uint8Array }
  | { readonly skipped: Problem }
  | { readonly missing: true };

/** The normalised text, or why the article is skipped (never half-read). */
export function readArticle(uri: string, read: FileRead, maxFileSize: number): ArticleRead {
  switch (read.kind) {
    case 'missing':
      return { missing: true };
    case 'unreadable':
      return { skipped: problem(uri, 0, 0, `Skipped: the file could not be read (${read.reason}).`, 'warning', 'unreadable') };
    case 'tooLarge':
      return { skipped: tooLarge(uri, read.size, maxFileSize) };
    case 'file': {
      if (read.bytes.length > maxFileSize) return { skipped: tooLarge(uri, read.bytes.length, maxFileSize) };
      const decoded = decodeArticle(read.bytes);
      if (!decoded.ok) return { skipped: problem(uri, 0, 0, `Skipped: the file is ${decoded.reason}.`, 'warning', 'skipped') };
      const file = { size: read.bytes.length, mtime: read.mtime };
      return isNormalised(read.bytes) ? { text: decoded.text, file, utf8: read.bytes } : { text: decoded.text, file };
    }
  }
}

const CR = 0x0d;

/** Whether decoding the bytes gives them back as they are: no BOM is taken off and no CR turned into LF (normalize.ts). */
function isNormalised(bytes: Uint8Array): boolean {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return !bom && bytes.indexOf(CR) === -1;
}

/** The map the index keeps of an article read from disk: a text read whole is kept as UTF-8 where its string would take twice as much. */
export function keptText(read: { readonly text: string | TextMap; readonly utf8?: Uint8Array }): TextMap {
  if (typeof read.text !== 'string') return read.text;
  return new TextMap((read.utf8 && Utf8Text.of(read.text, read.utf8)) ?? read.text);
}

/**
 * An article whose size and mtime say it is the file a warm start saved the
 * results of (`unchanged`): its text is decoded only when first asked for.
 * It was valid UTF-8 then; should it no longer be (changed within one mtime
 * tick, which the racy-git rule rules out), it is decoded as well as it can.
 */
export function readUnchangedArticle(
  read: FileRead,
  maxFileSize: number,
  unchanged: (file: FileStat) => boolean,
): { readonly text: TextMap; readonly file: FileStat } | undefined {
  if (read.kind !== 'file' || read.bytes.length > maxFileSize) return undefined;
  const file = { size: read.bytes.length, mtime: read.mtime };
  if (!unchanged(file)) return undefined;
  const bytes = read.bytes;
  const text = new TextMap(() => {
    const decoded = decodeArticle(bytes);
    return decoded.ok ? decoded.text : normalizeText(new TextDecoder().decode(bytes));
  });
  return { text, file };
}

/** Names no setting or option: the client that set the limit says how to raise it. */
function tooLarge(uri: string, size: number, maxFileSize: number): Problem {
  return problem(uri, 0, 0, `Skipped: ${formatMB(size)} is larger than the size limit for articles (${formatMB(maxFileSize)}).`, 'warning', 'too-large');
}

function unreadable(uri: string, read: Exclude<FileRead, { kind: 'file' | 'missing' }>, what: string): Problem {
  const why = read.kind === 'tooLarge' ? `${formatMB(read.size)} is larger than ${formatMB(MAX_YAML_BYTES)}` : read.reason;
  return problem(uri, 0, 0, `${what} not read (file left untouched): ${why}.`, 'error', 'unreadable');
}

export function problem(
  uri: string,
  line: number,
  column: number,
  message: string,
  severity: Problem['severity'] = 'error',
  code?: ProblemCode,
): Problem {
  return code ? { uri, line, column, message, severity, code } : { uri, line, column, message, severity };
}

/** A merge conflict keeps its own code (and the annotation it is about), for the editor's quick fixes. */
function withConflict(problem: Problem, yamlProblem: YamlProblem): Problem {
  const conflict = yamlProblem.conflict;
  if (!conflict) return problem;
  return { ...problem, code: 'conflict', ...(conflict.id !== undefined ? { annotationId: conflict.id } : {}) };
}

function formatMB(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
