// The one façade of the core. The VS Code extension, the CLI and the tests
// build it from ports and use nothing else; plain data goes in and out.

import type { Annotation, Catalog, CatalogEntity, EntityMention, Location, Position, Problem, Range, Span } from './model';
import type { CancellationToken, ILogger, IWorkspace, OpenOffThreadRecognizer } from './ports';
import { sidecarUriOf, silentLogger } from './ports';
import type { RecognizerData } from './recognize/entities';
import { TextMap } from './text/offsets';
import { normalizeText } from './text/normalize';
import { CorpusIndex, type CorpusChange, type Progress, type TextSnapshot } from './index/corpusIndex';
import { recognizeText } from './index/analyze';
import type { DocumentAnalysis } from './index/documentAnalysis';
import type { WarmStartSnapshot } from './index/warmStart';
import { hoverAt, type HoverInfo } from './features/hover';
import { adjacentMention, catalogLocation, definitionAt, highlightsAt, referencesAt, type AdjacentMention } from './features/navigation';
import { entityAt } from './features/lookup';
import { targetAt, type EditorTarget } from './features/target';
import { decorationsOf, type Decorations } from './features/decorations';
import { annotate, annotateSpans, findIdentical, type AnnotateRequest, type AnnotationFields } from './features/annotate';
import {
  deleteAnnotation,
  reattachAnnotation,
  resaveAnchors,
  setPublished,
  updateAnnotation,
  type AnnotationUpdate,
} from './features/annotationChanges';
import { UndoStack } from './features/sidecarEdit';
import { undoLastChange } from './features/undo';
import { WriteQueue } from './write/queue';
import { addCandidateToCatalog, entityIdProblem, suggestEntityId, type NewEntryChoices } from './features/catalogEdit';
import { buildTimeline, type TimelineData } from './features/timeline';
import { ignoreName } from './features/ignoreName';
import { mergeEntities, renameEntity, type EntityRename } from './features/entityRename';
import { documentEntities, entitySummaries, type DocumentEntity, type EntitySummary } from './features/entitySummaries';
import { candidates, entityGroups, type Candidate, type EntityGroup, type EntityQuery } from './features/entityGroups';
import { resolveConflict } from './features/resolveConflict';
import type { ConflictChoice } from './merge/resolve';
import { exportArticle, type ExportArticle } from './export';
import { importAnnotations, type ImportBatch, type ImportReport } from './features/importAnnotations';

export interface CorpusServiceOptions {
  readonly workspace: IWorkspace;
  /**
   * Gives the gazetteers, word lists and model, which the client loads from
   * the shipped data files: called once, on the first text to recognise, so
   * that a client's start does not wait for it (it was the larger part of
   * the extension's activation).
   */
  readonly data: () => RecognizerData;
  readonly logger?: ILogger;
  /** Articles larger than this many bytes are skipped with a message. */
  readonly maxFileSize?: number;
  readonly now?: () => Date;
  readonly random?: () => number;
  /** Identifies the recognisers and their data (e.g. the extension's version); saved results of another are ignored. */
  readonly recognizerVersion?: string;
  /** Loads results saved by warmStartSnapshot() in an earlier session: unchanged articles are not recognised again. */
  readonly loadWarmStart?: () => Promise<WarmStartSnapshot | undefined>;
  /**
   * The undo history, when it should outlive this service: the extension
   * keeps one for as long as it runs, so a Re-index or a setting that
   * rebuilds the service keeps what can be undone. Undo is a
   * compare-and-swap on the files, so it is safe on any service over them.
   */
  readonly undoHistory?: UndoStack;
  /** Recognition on worker threads for the first reading of the corpus (the articles the warm start lacks). */
  readonly openOffThread?: OpenOffThreadRecognizer;
}

export interface CorpusService {
  /** Reads the whole corpus; resolves when every article is analysed (or the token is cancelled). */
  indexAll(token?: CancellationToken, progress?: Progress): Promise<void>;
  /**
   * A file was created or changed on disk (article, sidecar or catalog).
   * For an article with a sidecar, its moved or lost anchors and new sha256
   * are saved (a sidecar that cannot be saved is reported, not thrown).
   */
  fileChanged(uri: string): Promise<void>;
  fileDeleted(uri: string): void;
  /** The text of an open editor; it wins over the disk until closeEditor. */
  syncEditor(snapshot: TextSnapshot): DocumentAnalysis | undefined;
  closeEditor(uri: string): void;

  isArticle(uri: string): boolean;
  articles(): readonly string[];
  analysis(uri: string): DocumentAnalysis | undefined;
  catalog(): Catalog;
  /** The catalog file of the corpus (it may not exist yet), or undefined when there is none. */
  catalogUri(): string | undefined;
  /** `lastGood`: entities.yaml does not parse (or cannot be read) and the last catalog that did is in use. */
  catalogHealth(): 'ok' | 'none' | 'lastGood' | 'unparsed';
  problems(): Problem[];
  /** After every change, with the articles it touched; the watcher's echo of our own writes fires nothing. */
  onDidChange(listener: (change: CorpusChange) => void): () => void;

  /** Every entity of the corpus with its spellings and counts, most mentioned first. */
  entities(): EntitySummary[];
  /** Names the catalog lacks, variant spellings grouped. */
  candidates(): Candidate[];
  /** The rows of the Entities view: catalog entities, and names the catalog lacks with their variant spellings grouped. */
  entityGroups(query?: EntityQuery): EntityGroup[];
  /** The id a new catalog entry with this name would get. */
  suggestEntityId(name: string): string;
  /** Why `id` cannot be a new entry's id (not a slug, taken), or undefined when it can. */
  entityIdProblem(id: string): string | undefined;
  /** Adds the candidate with this key (and its variant spellings as aliases) to the catalog, with the type, id and description chosen. */
  addCandidateToCatalog(key: string, choices?: NewEntryChoices): Promise<CatalogEntity>;
  /** Renames a catalog entity (name and/or id) in the catalog and every sidecar, in one undoable step; the old name stays as an alias. */
  renameEntity(id: string, rename: EntityRename): Promise<CatalogEntity>;
  /** Folds entity `fromId` into `intoId` (names become aliases, annotations relinked), in one undoable step. */
  mergeEntities(fromId: string, intoId: string): Promise<CatalogEntity>;
  /** Adds a name to the catalog's `ignore` list (one undoable step): it is never recognised again. */
  ignoreName(name: string): Promise<void>;
  /** The distinct entities of one article, in order of first mention. */
  documentEntities(uri: string): DocumentEntity[];

  /** The recognised mention at a place: a position as editors count, or a code-point offset. */
  mentionAt(uri: string, at: Position | number): EntityMention | undefined;
  /** What a command on this selection acts on (an empty one: the mention under the cursor); undefined outside the corpus. */
  targetAt(uri: string, range: Range): EditorTarget | undefined;
  /** The next (step 1) or previous (-1) mention of the entity at the position, across the corpus, wrapping around; with its place ("3 of 27"). */
  adjacentMention(uri: string, position: Position, step: 1 | -1): AdjacentMention | undefined;
  /** What to paint on an article: mentions by kind, annotated ranges; undefined outside the corpus. */
  decorations(uri: string): Decorations | undefined;
  hover(uri: string, position: Position): HoverInfo | undefined;
  definition(uri: string, position: Position): Location[];
  /** Where the entity's `id:` is written in the catalog file (undefined: no such entry). */
  catalogEntryLocation(id: string): Location | undefined;
  references(uri: string, position: Position, includeDeclaration: boolean): Location[];
  highlights(uri: string, position: Position): Range[];
  annotate(request: AnnotateRequest): Promise<Annotation>;
  /** Whole-word occurrences of `text` not yet annotated, in the given articles (all when omitted). */
  findIdentical(text: string, uris?: readonly string[]): Map<string, Span[]>;
  /** Annotates every span given, in one undoable change. */
  annotateSpans(spans: ReadonlyMap<string, readonly Span[]>, fields: AnnotationFields): Promise<Annotation[]>;
  updateAnnotation(uri: string, id: string, update: AnnotationUpdate): Promise<Annotation>;
  deleteAnnotation(uri: string, id: string): Promise<void>;
  /** Places the annotation (an orphan) on `span`, with the quote and context found there. */
  reattachAnnotation(uri: string, id: string, span: Span): Promise<Annotation>;
  /** Sets or clears the publication date that relative dates resolve against. */
  setPublished(uri: string, date: string | undefined): Promise<void>;
  /**
   * Resolves a conflict the git merge driver left in a sidecar or the catalog
   * (`uri` is that file; `id` the annotation's or entity's, undefined for
   * `published`): keeps our version, theirs, or both (theirs under a new id).
   */
  resolveConflict(uri: string, id: string | undefined, choice: ConflictChoice): Promise<void>;
  /** Undoes the last annotation change; returns how many sidecars were restored (0: nothing to undo). */
  undo(): Promise<number>;

  /** Every date mention of the corpus placed in time, for queryTimeline(); built anew on each call. */
  timeline(): TimelineData;

  /** Stops work still running in the background (re-analysis after a catalog change) and every listener: the service is no longer used. */
  dispose(): void;

  /** The recognition results of the corpus as plain data, for the next session's warm start. */
  warmStartSnapshot(): WarmStartSnapshot;

  /**
   * An article's annotations (and, when asked, the recognised mentions they
   * do not cover) for the export writers; `path` is how the export names it.
   */
  exportArticle(uri: string, path: string, includeRecognized: boolean): ExportArticle | undefined;
  /** Saves imported spans as annotations (one undoable step), placed by their quotes; entities the catalog lacks are added. */
  importAnnotations(batches: readonly ImportBatch[]): Promise<ImportReport>;

  /** Recognition of a text that is not a corpus file (CLI JSONL input); `published` overrides detection. */
  recognize(text: string, published?: string): Pick<DocumentAnalysis, 'published' | 'entities' | 'dates' | 'text'>;
}

const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export function createCorpusService(options: CorpusServiceOptions): CorpusService {
  const index = new CorpusIndex(
    options.workspace,
    options.data,
    options.logger ?? silentLogger,
    options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    options.recognizerVersion ?? '',
    options.loadWarmStart,
    options.openOffThread,
  );
  const env = {
    index,
    workspace: options.workspace,
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    undo: options.undoHistory ?? new UndoStack(),
    writes: new WriteQueue(),
  };
  const resave = async (uri: string) => {
    try {
      await resaveAnchors(env, uri);
      index.setNotSaved(sidecarUriOf(uri), undefined);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      (options.logger ?? silentLogger).warn(`${uri}: moved annotations not saved: ${reason}`);
      index.setNotSaved(sidecarUriOf(uri), `The article changed, and the new places of its annotations could not be saved here: ${reason}`);
    }
  };
  const of = <T>(uri: string, feature: (a: DocumentAnalysis) => T): T | undefined => {
    const analysis = index.get(uri);
    return analysis && feature(analysis);
  };
  const at = <T>(uri: string, position: Position, fallback: T, feature: (a: DocumentAnalysis, offset: number) => T): T => {
    const analysis = index.get(uri);
    return analysis ? feature(analysis, analysis.text.offsetAt(position)) : fallback;
  };

  return {
    indexAll: (token, progress) => index.indexAll(token, progress),
    fileChanged: async (uri) => {
      await index.fileChanged(uri);
      if (index.isArticle(uri)) await resave(uri);
    },
    fileDeleted: (uri) => index.fileDeleted(uri),
    syncEditor: (snapshot) => index.syncEditor(snapshot),
    closeEditor: (uri) => index.closeEditor(uri),

    isArticle: (uri) => index.isArticle(uri),
    articles: () => index.articleUris,
    analysis: (uri) => index.get(uri),
    catalog: () => index.catalog.catalog,
    catalogUri: () => index.catalogUri,
    catalogHealth: () => index.catalog.health,
    problems: () => index.allProblems(),
    onDidChange: (listener) => index.onDidChange(listener),

    entities: () => entitySummaries(index),
    candidates: () => candidates(index),
    entityGroups: (query) => entityGroups(index, query),
    suggestEntityId: (name) => suggestEntityId(index.catalog.catalog, name),
    entityIdProblem: (id) => entityIdProblem(index.catalog.catalog, id),
    addCandidateToCatalog: (key, choices) => addCandidateToCatalog(env, key, choices),
    ignoreName: (name) => ignoreName(env, name),
    renameEntity: (id, rename) => renameEntity(env, id, rename),
    mergeEntities: (fromId, intoId) => mergeEntities(env, fromId, intoId),
    documentEntities: (uri) => of(uri, (a) => documentEntities(index, a)) ?? [],

    mentionAt: (uri, place) => of(uri, (a) => entityAt(a, typeof place === 'number' ? place : a.text.offsetAt(place))),
    targetAt: (uri, range) => of(uri, (a) => targetAt(a, { start: a.text.offsetAt(range.start), end: a.text.offsetAt(range.end) })),
    adjacentMention: (uri, position, step) => at(uri, position, undefined, (a, offset) => adjacentMention(index, a, offset, step)),
    decorations: (uri) => of(uri, decorationsOf),
    hover: (uri, position) => at(uri, position, undefined, (a, offset) => hoverAt(index, a, offset)),
    definition: (uri, position) => at(uri, position, [], (a, offset) => definitionAt(index, a, offset)),
    catalogEntryLocation: (id) => catalogLocation(index, id),
    references: (uri, position, includeDeclaration) =>
      at(uri, position, [], (a, offset) => referencesAt(index, a, offset, includeDeclaration)),
    highlights: (uri, position) => at(uri, position, [], (a, offset) => highlightsAt(a, offset)),
    annotate: (request) => annotate(env, request),
    findIdentical: (text, uris) => findIdentical(env, text, uris ?? index.articleUris),
    annotateSpans: (spans, fields) => annotateSpans(env, spans, fields),
    updateAnnotation: (uri, id, update) => updateAnnotation(env, uri, id, update),
    deleteAnnotation: (uri, id) => deleteAnnotation(env, uri, id),
    reattachAnnotation: (uri, id, span) => reattachAnnotation(env, uri, id, span),
    setPublished: (uri, date) => setPublished(env, uri, date),
    resolveConflict: (uri, id, choice) => resolveConflict(env, uri, id, choice),
    undo: () => undoLastChange(env),

    timeline: () => buildTimeline(index.articleUris.flatMap((uri) => index.get(uri) ?? []), entitySummaries(index)),

    dispose: () => index.dispose(),
    warmStartSnapshot: () => index.warmStartSnapshot(),
    exportArticle: (uri, path, includeRecognized) => {
      const analysis = index.get(uri);
      return analysis && exportArticle({ path, text: analysis.text.text, annotations: analysis.annotations, entities: analysis.entities, dates: analysis.dates }, index.catalog.catalog, includeRecognized);
    },
    importAnnotations: (batches) => importAnnotations(env, batches),

    recognize(text, published) {
      const map = new TextMap(normalizeText(text));
      return { text: map, ...recognizeText(map, index.recognition, published) };
    },
  };
}

export type { AnnotateRequest, AnnotationFields, NewEntity } from './features/annotate';
export type { AnnotationUpdate } from './features/annotationChanges';
export { AnnotationError, UndoStack } from './features/sidecarEdit';
export type { HoverInfo, EntityHover, DateHover, MentionSnippet } from './features/hover';
export type { AdjacentMention } from './features/navigation';
export { HOVER_COMMANDS, hoverMarkdown } from './features/hoverMarkdown';
export type { EditorTarget } from './features/target';
export { MENTION_KINDS, type Decorations, type MentionKind } from './features/decorations';
export { ANNOTATION_BACKGROUND, legendMarkdown, MENTION_LEGEND, type LegendEntry } from './features/legend';
export type { DocumentEntity, EntitySummary } from './features/entitySummaries';
export { countsLabel, type Candidate, type EntityGroup, type EntityQuery, type EntitySort } from './features/entityGroups';
export type { NewEntryChoices } from './features/catalogEdit';
export type { DocumentAnalysis, PublishedDate } from './index/documentAnalysis';
export type { CorpusChange, TextSnapshot, Progress } from './index/corpusIndex';
export type { WarmStartSnapshot } from './index/warmStart';
export { catalogEntitiesNamed, symbolLabel } from './features/nameMatch';
export type { EntityRename } from './features/entityRename';
export { TYPE_NAMES, TYPE_NAMES_PLURAL } from './features/typeNames';
export { queryTimeline, suggest, type TimelineData, type TimelineQuery, type TimelineView, type Suggestion } from './features/timeline';
// what clients need to load the recogniser data they hand in
export { parseRecognizerData, type RecognizerData } from './recognize/entities';
// batch recognition without an index (the CLI), and the plain data a worker thread returns
export { articleOfFiles, catalogOfFile, createRecognizer, MAX_YAML_BYTES, type ArticleFile, type Recognition } from './index/batch';
// the CLI checks a JSONL `dct` with the same rule as a sidecar's `published`
export { isIsoDate } from './annotations/sidecar-read';
export { mergeSidecarTexts, type MergeInput, type MergeResult } from './merge/sidecarMerge';
export { mergeCatalogTexts } from './merge/catalogMerge';
export { decodeArticle } from './text/normalize';
export { computeAgreement, type AgreementArticle, type AgreementReport, type Scores } from './agreement/agreement';
export type { MergeConflict } from './merge/keyedList';
export type { ConflictChoice } from './merge/resolve';
// the export formats, written from what exportArticle gives
export * from './export';
// the checks of `validate`
export * from './validate';
// the import formats, read into what importAnnotations takes
export * from './import';
export type { ImportBatch, ImportOutcome, ImportOutcomeKind, ImportReport } from './features/importAnnotations';
