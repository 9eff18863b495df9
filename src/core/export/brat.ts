// brat standoff (https://brat.nlplab.org/standoff.html): per article a copy
// of its normalised text and an .ann of text-bound annotations, with code
// point offsets as brat (Python) counts them; notes as AnnotatorNotes, catalog
// ids (and Wikidata ids) as normalisations against databases that tools.conf
// declares.

import type { ExportArticle, ExportSpan } from './article';
import { BRAT_LABEL } from './labels';

/** The normalisation database of catalog ids, declared in tools.conf. */
export const CATALOG_DB = 'CorpusLens';
export const WIKIDATA_DB = 'Wikidata';
/** The AnnotatorNotes text that marks a recognised mention (--include-recognized). */
export const RECOGNIZED_NOTE = 'recognized';

/** `x.txt` or `x.md` -> `x`: brat wants `x.txt` beside `x.ann`. */
export function bratStem(path: string): string {
  return path.replace(/\.(txt|md)$/i, '');
}

export function bratAnn(article: ExportArticle): string {
  const lines: string[] = [];
  let notes = 0;
  let norms = 0;
  article.spans.forEach((span, i) => {
    const t = `T${i + 1}`;
    const fragments = fragmentsOf(span);
    lines.push(`${t}\t${BRAT_LABEL[span.type]} ${fragments.map((f) => `${f.start} ${f.end}`).join(';')}\t${oneLine(span.text)}`);
    const note = span.source === 'recognized' ? RECOGNIZED_NOTE : span.note;
    if (note !== undefined) lines.push(`#${++notes}\tAnnotatorNotes ${t}\t${escapeNote(note)}`);
    if (span.entity !== undefined) lines.push(`N${++norms}\tReference ${t} ${CATALOG_DB}:${span.entity}\t${oneLine(span.text)}`);
    if (span.wikidata !== undefined) lines.push(`N${++norms}\tReference ${t} ${WIKIDATA_DB}:${span.wikidata}\t${oneLine(span.text)}`);
  });
  return lines.map((l) => l + '\n').join('');
}

/** Declares every entity type an export may hold, so brat shows all of them. */
export function bratAnnotationConf(): string {
  return ['[entities]', ...Object.values(BRAT_LABEL), '', '[relations]', '', '[events]', '', '[attributes]', ''].join('\n');
}

export function bratToolsConf(): string {
  return [
    '[normalization]',
    `${CATALOG_DB}\t<URL>:entities.yaml, <URLBASE>:entities.yaml#%s`,
    `${WIKIDATA_DB}\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s`,
    '',
  ].join('\n');
}

/**
 * brat spans do not cross line breaks: a span over several lines is written
 * as one fragment per line (`10 15;16 20`), and its text field joins them with spaces.
 */
function fragmentsOf(span: ExportSpan): { start: number; end: number }[] {
  const fragments: { start: number; end: number }[] = [];
  let start = span.start;
  let offset = span.start;
  for (const ch of span.text) {
    if (ch === '\n') {
      if (offset > start) fragments.push({ start, end: offset });
      start = offset + 1;
    }
    offset++;
  }
  if (offset > start || fragments.length === 0) fragments.push({ start, end: offset });
  return fragments;
}

/** A note keeps its line breaks as `\n` (and a backslash as `\\`): an .ann line cannot hold them. */
export function escapeNote(note: string): string {
  return note.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

export function unescapeNote(note: string): string {
  return note.replace(/\\([\\n])/g, (_, c: string) => (c === 'n' ? '\n' : '\\'));
}

function oneLine(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ');
}
