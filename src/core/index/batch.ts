// One article at a time, with no corpus index (the CLI's batch recognition):
// the same reading, sidecar override of the publication date, orphan
// problems and recognition as the index gives that article. Nothing of one
// article depends on another: the index shares only the catalog and its
// string pool (identity, not content) across articles.

import type { Catalog, Problem } from '../model';
import type { FileRead } from '../ports';
import { sidecarUriOf } from '../ports';
import { TextMap } from '../text/offsets';
import { compileCatalog, type RecognizerData } from '../recognize/entities';
export { MAX_YAML_BYTES } from './fileReaders';
import { NO_CATALOG, readArticle, readCatalog, readSidecar } from './fileReaders';
import { placeAnnotations, recognizeText, type Recognition } from './analyze';
import { orphanProblems } from './orphans';

export type { Recognition } from './analyze';

/** Recognises normalised texts against one catalog, as the index does for its articles. */
export function createRecognizer(data: RecognizerData, catalog: Catalog): (text: string, published?: string) => Recognition {
  const context = { catalog: compileCatalog(catalog), data: () => data };
  return (text, published) => recognizeText(new TextMap(text), context, published);
}

/** The catalog in use when the index first reads this file, with its problems. */
export function catalogOfFile(uri: string, read: FileRead): { catalog: Catalog; problems: Problem[] } {
  const { state, problems } = readCatalog(uri, read, NO_CATALOG);
  return { catalog: state.catalog, problems };
}

export type ArticleFile =
  /** Nothing to recognise: skipped (with its problem) or gone since it was listed (none). */
  | { readonly kind: 'skipped'; readonly problems: readonly Problem[] }
  /** `text` is normalised; `published` is the sidecar's override; problems are the sidecar's and its orphans'. */
  | { readonly kind: 'article'; readonly text: string; readonly published?: string; readonly problems: readonly Problem[] };

/** An article and its sidecar as read from disk (`sidecar` missing when the article has none). */
export function articleOfFiles(uri: string, article: FileRead, sidecar: FileRead, maxFileSize: number): ArticleFile {
  const read = readArticle(uri, article, maxFileSize);
  if ('missing' in read) return { kind: 'skipped', problems: [] };
  if ('skipped' in read) return { kind: 'skipped', problems: [read.skipped] };
  const side = readSidecar(sidecarUriOf(uri), sidecar);
  if (side.state.kind !== 'loaded') return { kind: 'article', text: read.text, problems: side.problems };
  const text = new TextMap(read.text);
  const orphans = orphanProblems({ uri, text, annotations: placeAnnotations(text, side.state.sidecar) });
  return { kind: 'article', text: read.text, published: side.state.sidecar.published, problems: [...side.problems, ...orphans] };
}
