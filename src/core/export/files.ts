// An export as the files it is made of, in pieces written as they come:
// the single-file formats (one file, article after article) and brat (two
// files per article, then its configuration). The CLI and the editor
// command write these pieces to standard output or to disk.

import type { ExportArticle } from './article';
import { bratAnn, bratAnnotationConf, bratStem, bratToolsConf } from './brat';
import { conllDocument } from './conll';
import { csvHeader, csvRows } from './csv';
import { jsonlLine } from './jsonl';
import { w3cCollection } from './w3c';

export const EXPORT_FORMATS = ['brat', 'w3c', 'jsonl', 'conll', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type SingleFileFormat = Exclude<ExportFormat, 'brat'>;

/** The file a single-file format is written to in a folder. */
export const EXPORT_FILE_NAME: Readonly<Record<SingleFileFormat, string>> = {
  w3c: 'annotations.jsonld',
  jsonl: 'annotations.jsonl',
  conll: 'annotations.conll',
  csv: 'annotations.csv',
};

export interface ExportPiece {
  /** Relative to the export folder, `/`-separated. Pieces of one file come one after the other. */
  readonly file: string;
  readonly text: string;
}

export interface ExportOptions {
  readonly includeRecognized: boolean;
  /** Something the reader of the export should know about an article (spans left out). */
  readonly warn: (article: string, message: string) => void;
}

export function* exportPieces(format: ExportFormat, articles: Iterable<ExportArticle>, options: ExportOptions): Generator<ExportPiece> {
  if (format === 'brat') {
    for (const article of articles) {
      const stem = bratStem(article.path);
      yield { file: `${stem}.txt`, text: article.text };
      yield { file: `${stem}.ann`, text: bratAnn(article) };
    }
    yield { file: 'annotation.conf', text: bratAnnotationConf() };
    yield { file: 'tools.conf', text: bratToolsConf() };
    return;
  }
  const file = EXPORT_FILE_NAME[format];
  if (format === 'w3c') {
    yield { file, text: JSON.stringify(w3cCollection([...articles]), null, 2) + '\n' };
    return;
  }
  if (format === 'csv') yield { file, text: csvHeader(options.includeRecognized) };
  for (const article of articles) {
    if (format === 'jsonl') yield { file, text: jsonlLine(article) + '\n' };
    else if (format === 'csv') yield { file, text: csvRows(article, options.includeRecognized) };
    else {
      const document = conllDocument(article);
      if (document.overlapping) options.warn(article.path, `${document.overlapping} span(s) overlap an earlier one and are not in the CoNLL output (IOB2 has one tag per token)`);
      yield { file, text: document.text };
    }
  }
}
