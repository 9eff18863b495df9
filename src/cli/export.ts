// `corpus-lens export`: the annotations of the given articles or folders in
// brat, w3c, jsonl, conll or csv (the writers are pure, in src/core/export).
// Single-file formats go to standard output, or to DIR/annotations.<ext>
// with --out; brat writes a folder.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { bratStem, EXPORT_FILE_NAME, EXPORT_FORMATS, exportPieces, type ExportArticle } from '../core/service';
import { openCorpus, type OpenedCorpus } from './corpus';
import { CORPUS_OPTIONS, formatOf, maxFileSizeOf, stringOption, UsageError, type Verb } from './verb';

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
--out DIR: write there (single-file formats as DIR/${EXPORT_FILE_NAME.jsonl} and so on) instead of standard output.
--include-recognized: also the recognised mentions no annotation covers, marked as such.
Exit code: 0 success, 1 an input could not be read, 2 bad usage.`,
  options: { ...CORPUS_OPTIONS, format: { type: 'string' }, out: { type: 'string' }, 'include-recognized': { type: 'boolean' } },
  async run(values, paths, io) {
    const format = formatOf(values, EXPORT_FORMATS);
    const out = stringOption(values, 'out');
    if (paths.length === 0) throw new UsageError('no file or folder given');
    if (format === 'brat' && out === undefined) throw new UsageError('brat writes a folder: give --out DIR');
    if (out === '') throw new UsageError('--out needs a folder');
    const corpus = await openCorpus({ paths, catalog: stringOption(values, 'catalog'), maxFileSize: maxFileSizeOf(values), data: io.data, err: io.err });
    if (format === 'brat') checkBratOut(corpus, out!);
    const pieces = exportPieces(format, exportArticles(corpus, values['include-recognized'] === true), {
      includeRecognized: values['include-recognized'] === true,
      warn: (article, message) => io.err(`corpus-lens: ${article}: ${message}`),
    });
    if (out === undefined) for (const piece of pieces) await io.out(piece.text);
    else io.err(`corpus-lens: ${await writeFiles(pieces, out)} file(s) written to ${out}`);
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

/** brat's copy of a text is normalised: it is never written over an article of the corpus. */
function checkBratOut(corpus: OpenedCorpus, out: string): void {
  const root = corpusRoot(corpus);
  const articles = new Set(corpus.found.files.map((f) => f.absolute));
  for (const file of corpus.found.files) {
    const copy = path.resolve(out, bratStem(path.relative(root, file.absolute)) + '.txt');
    if (articles.has(copy)) throw new UsageError(`--out ${out} would overwrite the article ${file.display}: choose another folder`);
  }
}

/** Pieces of one file come one after the other: one file is open at a time. Returns how many were written. */
async function writeFiles(pieces: Iterable<{ file: string; text: string }>, out: string): Promise<number> {
  let current: { file: string; handle: fs.FileHandle } | undefined;
  let written = 0;
  try {
    for (const piece of pieces) {
      if (current?.file !== piece.file) {
        await current?.handle.close();
        current = undefined;
        const target = path.join(out, ...piece.file.split('/'));
        await fs.mkdir(path.dirname(target), { recursive: true });
        current = { file: piece.file, handle: await fs.open(target, 'w') };
        written++;
      }
      await current.handle.write(piece.text);
    }
    return written;
  } finally {
    await current?.handle.close();
  }
}
