// `corpus-lens export`: the annotations of the given articles or folders in
// brat, w3c, jsonl, conll or csv (the writers are pure, in src/core/export).
// Single-file formats go to standard output, or to DIR/annotations.<ext>
// with --out; brat writes a folder.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { bratAnn, bratAnnotationConf, bratStem, bratToolsConf, conllDocument, csvHeader, csvRows, jsonlLine, w3cCollection, type ExportArticle } from '../core/service';
import { openCorpus, type OpenedCorpus } from './corpus';
import { CORPUS_OPTIONS, formatOf, maxFileSizeOf, stringOption, UsageError, type CliIo, type Verb } from './verb';

export const EXPORT_FORMATS = ['brat', 'w3c', 'jsonl', 'conll', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file a single-file format is written to under --out. */
const FILE_NAME: Record<Exclude<ExportFormat, 'brat'>, string> = {
  w3c: 'annotations.jsonld',
  jsonl: 'annotations.jsonl',
  conll: 'annotations.conll',
  csv: 'annotations.csv',
};

export const exportVerb: Verb = {
  name: 'export',
  usage: `usage: corpus-lens export <file or folder...> --format brat|w3c|jsonl|conll|csv [--out DIR] [--include-recognized]
       [--catalog entities.yaml] [--max-file-size <bytes>]

Writes the annotations of the articles, in path order, in one of:
  jsonl  one line per article, spaCy / Prodigy: {"text", "spans": [{"start", "end", "label"}], "meta": {"file"}}
  conll  CoNLL-2003 IOB2: "token tag" lines, a blank line between sentences, -DOCSTART- before each article
  csv    one row per annotation (RFC 4180): article,start,end,text,type,entity,note,tags,created
  w3c    a W3C Web Annotation JSON-LD AnnotationCollection (TextQuoteSelector + TextPositionSelector)
  brat   standoff: x.txt and x.ann per article, annotation.conf and tools.conf (needs --out)
Offsets are Unicode code points over the normalised text (LF line ends, no BOM).
--out DIR: write there (single-file formats as DIR/annotations.<ext>) instead of standard output.
--include-recognized: also the recognised mentions no annotation covers, marked as such.
Exit code: 0 success, 1 an input could not be read, 2 bad usage.`,
  options: { ...CORPUS_OPTIONS, format: { type: 'string' }, out: { type: 'string' }, 'include-recognized': { type: 'boolean' } },
  async run(values, paths, io) {
    const format = formatOf(values, EXPORT_FORMATS);
    const out = stringOption(values, 'out');
    if (paths.length === 0) throw new UsageError('no file or folder given');
    if (format === 'brat' && out === undefined) throw new UsageError('brat writes a folder: give --out DIR');
    if (out === '') throw new UsageError('--out needs a folder');
    const includeRecognized = values['include-recognized'] === true;
    const corpus = await openCorpus({ paths, catalog: stringOption(values, 'catalog'), maxFileSize: maxFileSizeOf(values), data: io.data(), err: io.err });
    const articles = exportArticles(corpus, includeRecognized);
    if (format === 'brat') await writeBrat(articles, checkBratOut(corpus, out!), io);
    else await writeSingle(format, articles, includeRecognized, out, io);
    return corpus.failed ? 1 : 0;
  },
};

/** The corpus root that exported paths are relative to: the first folder given, else the first file's folder. */
function corpusRoot(corpus: OpenedCorpus): string {
  const first = corpus.found.folders[0] ?? path.dirname(corpus.found.files[0]?.display ?? '.');
  return path.resolve(first);
}

function* exportArticles(corpus: OpenedCorpus, includeRecognized: boolean): Generator<ExportArticle> {
  const root = corpusRoot(corpus);
  for (const file of corpus.found.files) {
    const relative = path.relative(root, file.absolute).split(path.sep).join('/');
    const article = corpus.service.exportArticle(file.absolute, relative, includeRecognized);
    if (article) yield article;
  }
}

async function writeSingle(
  format: Exclude<ExportFormat, 'brat'>,
  articles: Iterable<ExportArticle>,
  includeRecognized: boolean,
  out: string | undefined,
  io: CliIo,
): Promise<void> {
  const handle = out === undefined ? undefined : await openOutput(out, FILE_NAME[format]);
  const emit = (text: string) => (handle ? handle.write(text) : io.out(text));
  try {
    if (format === 'w3c') {
      await emit(JSON.stringify(w3cCollection([...articles]), null, 2) + '\n');
      return;
    }
    if (format === 'csv') await emit(csvHeader(includeRecognized));
    for (const article of articles) {
      if (format === 'jsonl') await emit(jsonlLine(article) + '\n');
      else if (format === 'csv') await emit(csvRows(article, includeRecognized));
      else {
        const document = conllDocument(article);
        if (document.overlapping) io.err(`corpus-lens: ${article.path}: ${document.overlapping} span(s) overlap an earlier one and are not in the CoNLL output (IOB2 has one tag per token)`);
        await emit(document.text);
      }
    }
  } finally {
    await handle?.close();
  }
}

async function openOutput(dir: string, name: string): Promise<fs.FileHandle> {
  await fs.mkdir(dir, { recursive: true });
  return fs.open(path.join(dir, name), 'w');
}

/** The copy of the text is normalised: it is never written over an article of the corpus. */
function checkBratOut(corpus: OpenedCorpus, out: string): string {
  const root = corpusRoot(corpus);
  const articles = new Set(corpus.found.files.map((f) => f.absolute));
  for (const file of corpus.found.files) {
    const copy = path.resolve(out, bratStem(path.relative(root, file.absolute)) + '.txt');
    if (articles.has(copy)) throw new UsageError(`--out ${out} would overwrite the article ${file.display}: choose another folder`);
  }
  return out;
}

async function writeBrat(articles: Iterable<ExportArticle>, out: string, io: CliIo): Promise<void> {
  await fs.mkdir(out, { recursive: true });
  let written = 0;
  for (const article of articles) {
    const stem = path.join(out, ...bratStem(article.path).split('/'));
    await fs.mkdir(path.dirname(stem), { recursive: true });
    await fs.writeFile(stem + '.txt', article.text);
    await fs.writeFile(stem + '.ann', bratAnn(article));
    written++;
  }
  await fs.writeFile(path.join(out, 'annotation.conf'), bratAnnotationConf());
  await fs.writeFile(path.join(out, 'tools.conf'), bratToolsConf());
  io.err(`corpus-lens: ${written} article(s) written to ${out}`);
}
