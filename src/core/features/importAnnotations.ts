// Importing annotations from another tool's file into sidecars, through the
// same transaction as every editor command. Each span is placed on the
// article by its quote (at its offsets if the text there is its quote, else
// where its quote and context are) or reported, never silently shifted. Ids
// are kept when free; an entity the catalog lacks is added to it, so no id
// points nowhere.

import type { Annotation, CatalogEntity, Span } from '../model';
import { reanchor, newAnnotationId, quoteSelector } from '../annotations/anchor';
import { compareAnnotations } from '../annotations/sidecar';
import { addEntityToCatalog, parseCatalog, slugifyEntityId } from '../catalog';
import { ENTITY_ID_PATTERN, WIKIDATA_PATTERN } from '../catalog/parse';
import type { ImportedSpan } from '../import/span';
import { AnnotationError, type FileEdit } from '../write/transaction';
import { editSidecars, withoutUndefined, type EditEnvironment, type SidecarUpdate } from './sidecarEdit';

export interface ImportBatch {
  /** The article of the corpus the spans belong to. */
  readonly uri: string;
  readonly spans: readonly ImportedSpan[];
}

export type ImportOutcomeKind =
  /** Saved at the offsets it came with. */
  | 'imported'
  /** Saved where its quote is now: the article differs from the exported text. */
  | 'reanchored'
  /** The sidecar already has this annotation (same id if it has one, same place, entity, type and note): not added twice. */
  | 'duplicate'
  /** Its quote is not in the article: not imported. */
  | 'notFound'
  /** A recognised mention our export marked as such: not an annotation. */
  | 'recognized';

export interface ImportOutcome {
  readonly uri: string;
  readonly where: string;
  readonly kind: ImportOutcomeKind;
  readonly message: string;
  /** Saved under a new id: the sidecar already had its own for another annotation. */
  readonly renamed?: boolean;
}

export interface ImportReport {
  readonly outcomes: readonly ImportOutcome[];
  /** Entities the catalog lacked, added so that the imported ids point somewhere. */
  readonly addedEntities: readonly CatalogEntity[];
}

const ANNOTATION_ID_PATTERN = /^[a-z0-9]+$/;
const CREATED_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

interface Placed {
  readonly span: ImportedSpan;
  readonly at: Span;
  readonly moved: boolean;
  readonly entity?: string;
}

export async function importAnnotations(env: EditEnvironment, batches: readonly ImportBatch[]): Promise<ImportReport> {
  const fixed: ImportOutcome[] = [];
  const entities = new EntityResolver(env);
  const placedByUri = new Map<string, Placed[]>();
  for (const { uri, spans } of batches) {
    const analysis = env.index.get(uri);
    if (!analysis) throw new AnnotationError(`${uri} is not an article of the corpus.`);
    const placed = placedByUri.get(uri) ?? [];
    placedByUri.set(uri, placed);
    for (const span of spans) {
      if (span.recognized) {
        fixed.push({ uri, where: span.where, kind: 'recognized', message: 'a recognised mention, not an annotation: not imported' });
        continue;
      }
      const probe: Annotation = { id: 'import', start: span.start, end: span.end, exact: span.exact, prefix: span.prefix, suffix: span.suffix, created: '' };
      const [anchored] = reanchor(analysis.text, [probe]);
      if (!anchored.span) {
        fixed.push({ uri, where: span.where, kind: 'notFound', message: `"${span.exact}" (${span.start}-${span.end}) is not in the article with its context: not imported` });
        continue;
      }
      const moved = anchored.span.start !== span.start || anchored.span.end !== span.end;
      placed.push({ span, at: anchored.span, moved, entity: entities.resolve(span) });
    }
  }

  const outcomesByUri = new Map<string, ImportOutcome[]>();
  const updates = new Map<string, SidecarUpdate>(
    [...placedByUri].map(([uri, placed]) => [
      uri,
      (sidecar, text) => {
        // runs again when the sidecar changed on disk before the write: the outcomes are those of the last run
        const outcomes: ImportOutcome[] = [];
        outcomesByUri.set(uri, outcomes);
        const taken = new Set(sidecar.annotations.map((a) => a.id));
        const added: Annotation[] = [];
        for (const p of placed) {
          const fields = withoutUndefined({
            start: p.at.start,
            end: p.at.end,
            ...quoteSelector(text, p.at),
            entity: p.entity,
            type: p.span.type,
            note: p.span.note,
            tags: p.span.tags?.length ? p.span.tags : undefined,
            created: p.span.created && CREATED_PATTERN.test(p.span.created) ? p.span.created : env.now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
          });
          // formats without ids (brat) find theirs by place and fields
          const same = sidecar.annotations.find((a) => (p.span.id === undefined || a.id === p.span.id) && sameAnnotation(a, fields));
          if (same) {
            outcomes.push({ uri, where: p.span.where, kind: 'duplicate', message: `annotation ${same.id} is already there: not added again` });
            continue;
          }
          const keep = p.span.id !== undefined && ANNOTATION_ID_PATTERN.test(p.span.id) && !taken.has(p.span.id);
          const id = keep ? p.span.id! : newAnnotationId(taken, env.random);
          taken.add(id);
          added.push({ id, ...fields });
          const renamed = p.span.id !== undefined && !keep;
          const why = renamed ? ` (id ${p.span.id} is taken: saved as ${id})` : '';
          outcomes.push(
            p.moved
              ? { uri, where: p.span.where, kind: 'reanchored', renamed, message: `"${fields.exact}" re-anchored by its quote from ${p.span.start}-${p.span.end} to ${p.at.start}-${p.at.end}${why}` }
              : { uri, where: p.span.where, kind: 'imported', renamed, message: `"${fields.exact}" imported as ${id}${why}` },
          );
        }
        return { ...sidecar, annotations: [...sidecar.annotations, ...added].sort(compareAnnotations) };
      },
    ]),
  );
  await editSidecars(env, updates, () => entities.catalogEdits());
  return { outcomes: [...fixed, ...[...outcomesByUri.values()].flat()], addedEntities: entities.added };
}

function sameAnnotation(a: Annotation, b: Omit<Annotation, 'id'>): boolean {
  return a.start === b.start && a.end === b.end && a.exact === b.exact && a.entity === b.entity && a.type === b.type && a.note === b.note;
}

/** Catalog ids for the imported spans; the entities the catalog lacks, to be added in the same step. */
class EntityResolver {
  private readonly missing = new Map<string, CatalogEntity>();
  private readonly byWikidata = new Map<string, string>();
  private readonly ids: Set<string>;

  constructor(private readonly env: EditEnvironment) {
    const catalog = env.index.catalog.catalog;
    this.ids = new Set(catalog.entities.map((e) => e.id));
    for (const e of catalog.entities) if (e.wikidata) this.byWikidata.set(e.wikidata, e.id);
  }

  get added(): CatalogEntity[] {
    return [...this.missing.values()];
  }

  resolve(span: ImportedSpan): string | undefined {
    const wikidata = span.wikidata !== undefined && WIKIDATA_PATTERN.test(span.wikidata) ? span.wikidata : undefined;
    if (span.entity !== undefined && ENTITY_ID_PATTERN.test(span.entity)) {
      if (!this.ids.has(span.entity)) this.add({ id: span.entity, name: span.exact, type: span.type ?? 'other', aliases: [], ...(wikidata ? { wikidata } : {}) });
      return span.entity;
    }
    if (wikidata === undefined) return undefined;
    const known = this.byWikidata.get(wikidata);
    if (known) return known;
    const id = slugifyEntityId(span.exact, this.ids);
    this.add({ id, name: span.exact, type: span.type ?? 'other', aliases: [], wikidata });
    return id;
  }

  private add(entity: CatalogEntity): void {
    this.ids.add(entity.id);
    if (entity.wikidata) this.byWikidata.set(entity.wikidata, entity.id);
    this.missing.set(entity.id, entity);
  }

  /** One edit of the catalog adding every missing entity that is still missing on disk. */
  catalogEdits(): FileEdit[] {
    if (this.missing.size === 0) return [];
    const uri = this.env.workspace.catalogUri;
    if (!uri) throw new AnnotationError('The import names entities the catalog lacks, and there is no catalog file to add them to.');
    return [{
      uri,
      apply: (current) => {
        if (current !== undefined && parseCatalog(current).syntaxError) throw new AnnotationError('The catalog does not parse; fix it first. Nothing was imported.');
        const onDisk = new Set(current === undefined ? [] : parseCatalog(current).catalog.entities.map((e) => e.id));
        let text = current;
        for (const entity of this.missing.values()) if (!onDisk.has(entity.id)) text = addEntityToCatalog(text, entity);
        return text;
      },
    }];
  }
}
