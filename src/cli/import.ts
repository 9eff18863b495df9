// `corpus-lens import`: brat, W3C or JSONL files into the sidecars of a
// corpus, through the service's transaction (the editor's safe write path).
// Which article a span belongs to: the path its file names relative to the
// corpus root (w3c target.source, jsonl meta.file), or for brat the .ann's
// own path, matched against the corpus's articles by its last segments.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { AnnotationError, bratStem, ImportFormatError, readBratAnn, readJsonlLine, readW3c, type ImportBatch, type ImportedArticle, type ImportReport } from '../core/service';
import { describeFileError } from '../node/files';
import { openCorpus, type OpenedCorpus } from './corpus';
import { CORPUS_OPTIONS, formatOf, maxFileSizeOf, stringOption, UsageError, type Verb } from './verb';

const IMPORT_FORMATS = ['brat', 'w3c', 'jsonl'] as const;
type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const importVerb: Verb = {
  name: 'import',
  usage: `usage: corpus-lens import <file...> --format brat|w3c|jsonl --into <corpus folder> [--catalog entities.yaml] [--max-file-size <bytes>]

Saves the spans of the files as annotations in the corpus's sidecars (the same safe write as the editor).
  brat   .ann files (or folders of them), each beside its .txt; matched to the article by path
  w3c    a W3C Web Annotation JSON-LD document; target.source is the article's path in the corpus
  jsonl  spaCy / Prodigy lines {"text", "spans", "meta": {"file"}}; meta.file is the article's path
A span whose text is not at its offsets is re-anchored by its quote, or reported and not imported.
Ids are kept when the sidecar has none of that id; entities the catalog lacks are added to it.
Spans marked as recognised mentions (by --include-recognized) are not imported.
Exit code: 0 success, 1 a span or file could not be imported, 2 bad usage.`,
  options: { ...CORPUS_OPTIONS, format: { type: 'string' }, into: { type: 'string' } },
  async run(values, files, io) {
    const format = formatOf(values, IMPORT_FORMATS);
    const into = stringOption(values, 'into');
    if (!into) throw new UsageError('--into <corpus folder> is required');
    if (files.length === 0) throw new UsageError('no file to import given');
    const corpus = await openCorpus({
      paths: [into],
      catalog: stringOption(values, 'catalog'),
      catalogToCreate: path.join(into, 'entities.yaml'),
      maxFileSize: maxFileSizeOf(values),
      data: io.data,
      err: io.err,
    });
    let failed = corpus.failed;
    const fail = (file: string, message: string) => {
      io.err(`corpus-lens: ${file}: ${message}`);
      failed = true;
    };
    const articles = new ArticleFinder(corpus, path.resolve(into));
    const batches: ImportBatch[] = [];
    const sourceOf = new Map<ImportBatch, string>();
    for (const file of await expand(files, format, fail)) {
      let read: ImportedArticle[];
      try {
        read = await readImport(file, format);
      } catch (e) {
        fail(file, e instanceof ImportFormatError ? e.message : describeFileError(e));
        continue;
      }
      for (const article of read) {
        const uri = format === 'brat' ? articles.byStem(path.resolve(article.path).replace(/\.ann$/, '')) : articles.byPath(article.path);
        if (!uri) {
          fail(file, `${article.path}: no such article in ${into}; its ${article.spans.length} span(s) not imported`);
          continue;
        }
        const batch = { uri, spans: article.spans };
        batches.push(batch);
        sourceOf.set(batch, file);
      }
    }
    let report: ImportReport;
    try {
      report = await corpus.service.importAnnotations(batches);
    } catch (e) {
      if (!(e instanceof AnnotationError)) throw e;
      io.err(`corpus-lens: ${e.message}`);
      return 1;
    }
    const fileOf = new Map(batches.map((b) => [b.uri, sourceOf.get(b)!]));
    for (const outcome of report.outcomes) {
      if (outcome.kind === 'imported' && !outcome.renamed) continue;
      const message = `${outcome.where}: ${corpus.displayOf(outcome.uri)}: ${outcome.message}`;
      if (outcome.kind === 'notFound') fail(fileOf.get(outcome.uri)!, message);
      else io.err(`corpus-lens: ${fileOf.get(outcome.uri)}: ${message}`);
    }
    for (const entity of report.addedEntities) io.err(`corpus-lens: ${corpus.catalog?.display}: added entity ${entity.id} (${entity.name}), which the catalog lacked`);
    const count = (kind: string) => report.outcomes.filter((o) => o.kind === kind).length;
    await io.out(
      `imported ${count('imported') + count('reanchored')} annotations (${count('reanchored')} re-anchored by quote), ` +
        `${count('notFound')} not found, ${count('duplicate')} already there, ${count('recognized')} recognised mentions passed over, ` +
        `${report.addedEntities.length} new catalog entities`,
    );
    return failed ? 1 : 0;
  },
};

async function readImport(file: string, format: ImportFormat): Promise<ImportedArticle[]> {
  const text = await fs.readFile(file, 'utf8');
  if (format === 'w3c') {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (e) {
      throw new ImportFormatError(`not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    return readW3c(document);
  }
  if (format === 'jsonl') {
    return text.split('\n').flatMap((line, i) => (line.trim() ? [readJsonlLine(line, i + 1)] : []));
  }
  const copy = await fs.readFile(file.replace(/\.ann$/, '.txt'), 'utf8').catch(() => undefined);
  return [{ path: file, spans: readBratAnn(text, copy) }];
}

/** Folders given for brat stand for the .ann files under them. */
async function expand(files: readonly string[], format: ImportFormat, fail: (file: string, message: string) => void): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const stat = await fs.stat(file).catch((e: unknown) => describeFileError(e));
    if (typeof stat === 'string') fail(file, stat);
    else if (!stat.isDirectory()) found.push(file);
    else if (format !== 'brat') fail(file, 'a folder: give the file to import');
    else {
      const names = (await fs.readdir(file, { recursive: true })).filter((n) => n.endsWith('.ann')).sort();
      found.push(...names.map((n) => path.join(file, n)));
    }
  }
  return found;
}

/** The corpus's articles by their path relative to its root, and by path without extension for brat. */
class ArticleFinder {
  private readonly relative = new Map<string, string>();

  constructor(corpus: OpenedCorpus, root: string) {
    for (const file of corpus.found.files) {
      if (corpus.service.isArticle(file.absolute)) this.relative.set(path.relative(root, file.absolute).split(path.sep).join('/'), file.absolute);
    }
  }

  byPath(relative: string): string | undefined {
    return this.relative.get(relative.replace(/^\.\//, ''));
  }

  /** The article whose path without extension is the longest tail of `stem` (`/out/brat/sub/x` -> `sub/x.txt`). */
  byStem(stem: string): string | undefined {
    const tail = stem.split(path.sep).join('/');
    let best: { length: number; uri: string } | undefined;
    for (const [relative, uri] of this.relative) {
      const own = bratStem(relative);
      if ((tail === own || tail.endsWith('/' + own)) && (!best || own.length > best.length)) best = { length: own.length, uri };
    }
    return best?.uri;
  }
}
