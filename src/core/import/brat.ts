// Reads brat standoff: T lines (text-bound entities, fragments joined),
// AnnotatorNotes, and normalisations against our catalog database or
// Wikidata. The .txt beside the .ann, when there, gives the context.

import { CATALOG_DB, RECOGNIZED_NOTE, unescapeNote, WIKIDATA_DB } from '../export/brat';
import { typeOfLabel } from '../export/labels';
import { quoteSelector } from '../annotations/anchor';
import { TextMap } from '../text/offsets';
import { ImportFormatError, type ImportedSpan } from './span';

interface Entity {
  start: number;
  end: number;
  text: string;
  label: string;
  note?: string;
  entity?: string;
  wikidata?: string;
}

export function readBratAnn(ann: string, text: string | undefined): ImportedSpan[] {
  const entities = new Map<string, Entity>();
  const lines = ann.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const [id, middle = '', rest = ''] = line.split('\t');
    const fail = (why: string) => new ImportFormatError(`line ${i + 1}: ${why}`);
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(middle);
      if (!m) throw fail('a T line must be `T1<TAB>Type start end<TAB>text`');
      const offsets = m[2].split(/[ ;]/).map(Number);
      entities.set(id, { start: offsets[0], end: offsets[offsets.length - 1], text: rest, label: m[1] });
      return;
    }
    const [kind, target, reference] = middle.split(' ');
    const entity = entities.get(target ?? '');
    if (id.startsWith('#') && kind === 'AnnotatorNotes') {
      if (!entity) throw fail(`a note on ${target}, which is not a T line above`);
      entity.note = unescapeNote(rest);
    } else if (id.startsWith('N') && kind === 'Reference') {
      if (!entity) throw fail(`a normalisation of ${target}, which is not a T line above`);
      const [db, key] = (reference ?? '').split(':');
      if (db === CATALOG_DB) entity.entity = key;
      else if (db === WIKIDATA_DB) entity.wikidata = key;
    }
    // relations, events, attributes: nothing of ours to import
  });
  const map = text === undefined ? undefined : new TextMap(text);
  return [...entities].map(([id, e]): ImportedSpan => {
    const type = typeOfLabel(e.label);
    const recognized = e.note === RECOGNIZED_NOTE;
    const quote = map && e.end <= map.length ? quoteSelector(map, e) : { exact: e.text, prefix: '', suffix: '' };
    return {
      start: e.start,
      end: e.end,
      ...quote,
      ...(type && type !== 'date' ? { type } : {}),
      ...(e.entity !== undefined ? { entity: e.entity } : {}),
      ...(e.wikidata !== undefined ? { wikidata: e.wikidata } : {}),
      ...(e.note !== undefined && !recognized ? { note: e.note } : {}),
      recognized,
      where: id,
    };
  });
}
