// A W3C Web Annotation (https://www.w3.org/TR/annotation-model/) JSON-LD
// AnnotationCollection: every span an Annotation whose target is the
// article (its path relative to the corpus root) with a TextQuoteSelector
// and a TextPositionSelector (code points, as the model counts them).
// Bodies: the entity (its Wikidata IRI when the catalog has one), the type
// (classifying), the note (commenting), each tag (tagging). Recognised
// mentions are marked by motivation `identifying` and a generator.

import type { ExportArticle, ExportSpan } from './article';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';
export const CATALOG_ENTITY = 'urn:corpus-lens:entity:';
export const ANNOTATION_ID = 'urn:corpus-lens:annotation:';
export const RECOGNIZER = { id: 'urn:corpus-lens:recognizer', type: 'Software', name: 'Corpus Lens' } as const;

export function w3cCollection(articles: readonly ExportArticle[]): object {
  const items = articles.flatMap((article) => article.spans.map((span) => w3cAnnotation(article.path, span)));
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Corpus Lens annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The annotation's IRI: its article and its id (ids are unique per article only). */
export function annotationIri(path: string, span: ExportSpan): string {
  const id = span.id ?? `recognized-${span.start}-${span.end}`;
  return `${ANNOTATION_ID}${encodeURIComponent(path)}:${id}`;
}

export function entityIri(span: Pick<ExportSpan, 'entity' | 'wikidata'>): string | undefined {
  if (span.wikidata !== undefined) return WIKIDATA_ENTITY + span.wikidata;
  return span.entity === undefined ? undefined : CATALOG_ENTITY + span.entity;
}

function w3cAnnotation(path: string, span: ExportSpan): object {
  const entity = entityIri(span);
  const body: object[] = [
    ...(entity !== undefined ? [{ type: 'SpecificResource', source: entity, purpose: 'identifying' }] : []),
    { type: 'TextualBody', value: span.type, purpose: 'classifying' },
    ...(span.note !== undefined ? [{ type: 'TextualBody', value: span.note, format: 'text/plain', purpose: 'commenting' }] : []),
    ...(span.tags ?? []).map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  ];
  const recognized = span.source === 'recognized';
  return {
    id: annotationIri(path, span),
    type: 'Annotation',
    ...(recognized ? { motivation: 'identifying', generator: RECOGNIZER } : {}),
    ...(span.created !== undefined ? { created: span.created } : {}),
    body,
    target: {
      source: path,
      selector: [
        { type: 'TextQuoteSelector', exact: span.text, prefix: span.prefix, suffix: span.suffix },
        { type: 'TextPositionSelector', start: span.start, end: span.end },
      ],
    },
  };
}
