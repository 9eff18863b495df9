// Reads a W3C Web Annotation document in the compacted shape of
// http://www.w3.org/ns/anno.jsonld: our AnnotationCollection, an
// AnnotationPage, a list of annotations or one annotation. The target's
// TextQuoteSelector and TextPositionSelector give the span; bodies give the
// entity (Wikidata or our urn), type, note and tags.

import { isEntityType } from '../catalog/parse';
import { ANNOTATION_ID, CATALOG_ENTITY, RECOGNIZER, WIKIDATA_ENTITY } from '../export/w3c';
import { ImportFormatError, type ImportedArticle, type ImportedSpan } from './span';

type Node = Record<string, unknown>;

export function readW3c(document: unknown): ImportedArticle[] {
  const byPath = new Map<string, ImportedSpan[]>();
  annotationsOf(document).forEach((annotation, i) => {
    const where = `annotation ${i + 1}`;
    const target = (Array.isArray(annotation.target) ? annotation.target[0] : annotation.target) as Node | undefined;
    if (typeof target?.source !== 'string') throw new ImportFormatError(`${where}: no target.source naming the article`);
    const selectors = (Array.isArray(target.selector) ? target.selector : [target.selector]) as (Node | undefined)[];
    const quote = selectors.find((s) => s?.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s?.type === 'TextPositionSelector');
    if (typeof quote?.exact !== 'string' && !position) throw new ImportFormatError(`${where}: neither a TextQuoteSelector nor a TextPositionSelector`);
    const start = Number(position?.start ?? 0);
    const end = Number(position?.end ?? start + [...String(quote?.exact ?? '')].length);
    const bodies = (Array.isArray(annotation.body) ? annotation.body : annotation.body === undefined ? [] : [annotation.body]) as (Node | string)[];
    const span: ImportedSpan = {
      start,
      end,
      exact: typeof quote?.exact === 'string' ? quote.exact : '',
      prefix: typeof quote?.prefix === 'string' ? quote.prefix : '',
      suffix: typeof quote?.suffix === 'string' ? quote.suffix : '',
      ...idOf(annotation.id),
      ...bodyFields(bodies),
      ...(typeof annotation.created === 'string' ? { created: annotation.created } : {}),
      recognized: (annotation.generator as Node | undefined)?.id === RECOGNIZER.id,
      where,
    };
    const list = byPath.get(target.source) ?? [];
    list.push(span);
    byPath.set(target.source, list);
  });
  return [...byPath].map(([path, spans]) => ({ path, spans }));
}

function annotationsOf(document: unknown): Node[] {
  if (Array.isArray(document)) return document as Node[];
  const d = document as Node | null;
  if (d?.type === 'Annotation') return [d];
  const items = d?.type === 'AnnotationCollection' ? (d.first as Node | undefined)?.items : d?.type === 'AnnotationPage' ? d.items : undefined;
  if (!Array.isArray(items)) throw new ImportFormatError('not a W3C AnnotationCollection (with first.items), AnnotationPage or Annotation');
  return items as Node[];
}

/** Our own annotation IRIs carry the id after the last colon. */
function idOf(iri: unknown): { id?: string } {
  if (typeof iri !== 'string' || !iri.startsWith(ANNOTATION_ID)) return {};
  const id = iri.slice(iri.lastIndexOf(':') + 1);
  return id.startsWith('recognized-') ? {} : { id };
}

function bodyFields(bodies: readonly (Node | string)[]): Partial<ImportedSpan> {
  const fields: { type?: ImportedSpan['type']; entity?: string; wikidata?: string; note?: string; tags?: string[] } = {};
  for (const body of bodies) {
    const node: Node = typeof body === 'string' ? { source: body, purpose: 'identifying' } : body;
    const source = typeof node.source === 'string' ? node.source : typeof node.id === 'string' && node.type !== 'TextualBody' ? node.id : undefined;
    if (source?.startsWith(WIKIDATA_ENTITY)) fields.wikidata = source.slice(WIKIDATA_ENTITY.length);
    else if (source?.startsWith(CATALOG_ENTITY)) fields.entity = source.slice(CATALOG_ENTITY.length);
    else if (typeof node.value === 'string') {
      if (node.purpose === 'classifying' && isEntityType(node.value)) fields.type = node.value;
      else if (node.purpose === 'tagging') (fields.tags ??= []).push(node.value);
      else if (node.purpose === 'commenting' || node.purpose === undefined) fields.note = node.value;
    }
  }
  return fields;
}
