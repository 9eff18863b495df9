// From the bytes of a corpus file to what the index keeps, with the problems
// the user should see: pure functions, so the index only does the I/O.

import type { Problem } from '../model';
import { EMPTY_CATALOG } from '../model';
import { decodeArticle } from '../text/normalize';
import { parseCatalog } from '../catalog';
import { parseSidecar } from '../annotations/sidecar';
import type { CatalogState } from './corpusIndex';
import type { SidecarState } from './analyze';

interface Read<T> {
  readonly state: T;
  readonly problems: Problem[];
}

export function readCatalog(uri: string, bytes: Uint8Array | undefined): Read<CatalogState> {
  if (!bytes) return { state: { catalog: EMPTY_CATALOG }, problems: [] };
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { state: { catalog: EMPTY_CATALOG }, problems: [problem(uri, 0, 0, `Catalog not read: ${decoded.reason}.`)] };
  const parsed = parseCatalog(decoded.text);
  return {
    state: { catalog: parsed.catalog, text: decoded.text },
    problems: parsed.problems.map((p) => problem(uri, p.line, p.column, `Catalog: ${p.message}`, p.severity)),
  };
}

/** A sidecar that does not parse is `broken`: its annotations are not loaded and the file is never written. */
export function readSidecar(uri: string, bytes: Uint8Array | undefined): Read<SidecarState> {
  if (!bytes) return { state: { kind: 'none' }, problems: [] };
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) {
    return { state: { kind: 'broken' }, problems: [problem(uri, 0, 0, 'Annotations not loaded (file left untouched): not valid UTF-8.')] };
  }
  const parsed = parseSidecar(decoded.text);
  if (!parsed.sidecar) {
    const problems = parsed.problems.map((p) =>
      p.severity === 'error'
        ? problem(uri, p.line, p.column, `Annotations not loaded (file left untouched): ${p.message}`)
        : problem(uri, p.line, p.column, p.message, 'warning'),
    );
    return { state: { kind: 'broken' }, problems };
  }
  return {
    state: { kind: 'loaded', sidecar: parsed.sidecar },
    problems: parsed.problems.map((p) => problem(uri, p.line, p.column, p.message, p.severity)),
  };
}

/** The normalised text, or why the article is skipped (never half-read). */
export function readArticle(bytes: Uint8Array, maxFileSize: number): { text: string } | { skipped: string } {
  if (bytes.length > maxFileSize) {
    return { skipped: `Skipped: ${formatMB(bytes.length)} is larger than corpusLens.maxFileSize (${formatMB(maxFileSize)}).` };
  }
  const decoded = decodeArticle(bytes);
  return decoded.ok ? { text: decoded.text } : { skipped: `Skipped: the file is ${decoded.reason}.` };
}

export function problem(uri: string, line: number, column: number, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { uri, line, column, message, severity };
}

function formatMB(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
