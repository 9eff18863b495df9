// The corpus as the rest of the core sees it: every article analysed, the
// catalog, the sidecars, and what went wrong reading them. Inputs arrive from
// disk (through IWorkspace) and from open editors (unsaved text wins); each
// change re-analyses only the documents it touches.

import type { Catalog, CatalogEntity, Problem } from '../model';
import { EMPTY_CATALOG } from '../model';
import { TextMap } from '../text/offsets';
import type { CancellationToken, FileStat, ILogger, IWorkspace, OpenOffThreadRecognizer } from '../ports';
import { articleOfSidecar, isSidecarUri, sidecarUriOf } from '../ports';
import { compileCatalog, type RecognizerData } from '../recognize/entities';
import { keptText, MAX_YAML_BYTES, NO_CATALOG, readArticle, readCatalog, readSidecar, readUnchangedArticle, type ArticleRead, type CatalogState } from './fileReaders';
import { analyzeDocument, type Recognition, type RecognizedElsewhere } from './analyze';
import { publishedOverrideOf, StringPool, type DocumentAnalysis, type RecognitionContext, type SidecarState } from './documentAnalysis';
import { MentionIndex } from './mentionIndex';
import { orphanProblems } from './orphans';
import { CorpusProblems } from './corpusProblems';
import { LastRead } from './lastRead';
import { contentHash, takeSnapshot, WarmStart, type SavedArticle, type WarmStartSnapshot } from './warmStart';
import { changedNames, nameTest } from './catalogImpact';
import { CatalogReanalysis } from './catalogReanalysis';
import { openedOnFirstUse, type LazyThreads } from './lazyThreads';
import type { AnalysedArticle } from './analysedArticle';

export interface TextSnapshot {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export type { CatalogState } from './fileReaders';

export type Progress = (done: number, total: number) => void;

/** What a change touched, so that views and diagnostics update only that. */
export interface CorpusChange {
  /** Articles whose analysis or problems changed (text, sidecar or catalog); not to be relied on when `all`: everything changed. */
  readonly articles: readonly string[];
  readonly all: boolean;
  /** The catalog in use, its problems or its health changed (its articles follow in changes of their own). */
  readonly catalog: boolean;
}

/** An article's text known unchanged by a warm start, to be decoded or even read when first needed; `hash`: the saved one, when not read yet. */
interface LoadedText {
  readonly text: TextMap;
  readonly file: FileStat;
  readonly hash?: string;
}

const YIELD_EVERY_MS = 15;

/**
 * A turn of the caller's event loop. The steps before the articles each hold
 * it for a while (parsing the catalog, the snapshot given to the warm start,
 * listing and sorting the corpus): awaited between them, so that they do not
 * add up to one block of a re-index.
 */
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const READS_IN_FLIGHT = 16;

export class CorpusIndex {
  readonly mentions = new MentionIndex((uri) => this.analyses.get(uri)!);
  private compiledCatalog = compileCatalog(EMPTY_CATALOG);
  private data: RecognizerData | undefined;
  private readonly keys = new StringPool();
  private context: RecognitionContext | undefined;
  private catalogState: CatalogState = NO_CATALOG;
  private catalogEntries = new Map<string, CatalogEntity>();
  private catalogMap: TextMap | undefined;
  private articles: string[] = [];
  private articleOrder = new Map<string, number>();
  private readonly diskTexts = new Map<string, TextMap>();
  /** The stat of the file each disk text was read from, for the warm start of the next session. */
  private readonly diskStamps = new Map<string, FileStat>();
  /** The saved hash of each disk text a warm start only stat'ed: what its text must be when first read. */
  private readonly diskHashes = new Map<string, string>();
  /** Texts read when first needed that were not the ones the saved results were computed from: re-analysed next. */
  private readonly changedUnseen = new Map<string, { readonly map: TextMap; readonly read: ArticleRead }>();
  /** When the first indexAll began reading: texts read since are no older, the racy-git reference of the snapshot. */
  private readsBegan = 0;
  private readonly editorTexts = new Map<string, { version: number; text: string }>();
  private readonly sidecars = new Map<string, SidecarState>();
  private readonly analyses = new Map<string, AnalysedArticle>();
  private readonly problems = new CorpusProblems();
  private readonly skipped = new Set<string>();
  private readonly listeners = new Set<(change: CorpusChange) => void>();
  private readonly lastRead = new LastRead();
  private warm: WarmStart | undefined;
  private readonly reanalysis = new CatalogReanalysis(
    (uri, test) => {
      const analysis = this.analyses.get(uri);
      return !!analysis && test(analysis.text.text) && !!this.analyse(uri);
    },
    (articles) => this.fire({ articles, all: false, catalog: false }),
  );

  constructor(
    private readonly workspace: IWorkspace,
    private readonly loadData: () => RecognizerData,
    private readonly logger: ILogger,
    private readonly maxFileSize: number,
    /** Changes whenever the recognisers or their data change: saved results from another version are not used. */
    private readonly recognizerVersion: string,
    private loadWarmStart: (() => Promise<WarmStartSnapshot | undefined>) | undefined,
    private readonly openOffThread: OpenOffThreadRecognizer | undefined,
  ) {}

  // ---- reading ----

  get recognition(): RecognitionContext {
    return (this.context ??= { catalog: this.compiledCatalog, data: () => (this.data ??= this.loadData()), keys: this.keys });
  }

  /** The catalog file's text as a TextMap, made once per catalog version (locations in it need ranges). */
  catalogTextMap(): TextMap | undefined {
    if (this.catalogState.text === undefined) return undefined;
    return (this.catalogMap ??= new TextMap(this.catalogState.text));
  }

  /** The catalog entry with this id. */
  entryOf(id: string): CatalogEntity | undefined {
    return this.catalogEntries.get(id);
  }

  get catalog(): CatalogState {
    return this.catalogState;
  }

  get catalogUri(): string | undefined {
    return this.workspace.catalogUri;
  }

  /** Articles in corpus order (sorted URIs). */
  get articleUris(): readonly string[] {
    return this.articles;
  }

  isArticle(uri: string): boolean {
    return this.articleOrder.has(uri);
  }

  /** An article a warm start only stat'ed has its text read here first, and is re-analysed if the file changed since. */
  get(uri: string): DocumentAnalysis | undefined {
    const analysis = this.analyses.get(uri);
    if (analysis?.text.loaded !== false) return analysis;
    void analysis.text.text;
    this.settle(uri);
    return this.analyses.get(uri);
  }

  /** Position in corpus order; files outside the corpus go last. */
  readonly orderOf = (uri: string): number => this.articleOrder.get(uri) ?? Number.MAX_SAFE_INTEGER;

  allProblems(): Problem[] {
    return this.problems.all();
  }

  /** Records (or, with undefined, clears) why a sidecar could not be re-saved after its article changed. */
  setNotSaved(sidecarUri: string, message: string | undefined): void {
    if (!this.problems.setNotSaved(sidecarUri, message)) return;
    this.fire({ articles: [articleOfSidecar(sidecarUri)], all: false, catalog: false });
  }

  /** Whether the article's analysis is of the text on disk (no unsaved edits in an editor). */
  showsDiskText(uri: string): boolean {
    const editor = this.editorTexts.get(uri);
    const disk = this.diskTexts.get(uri);
    return disk !== undefined && (editor === undefined || editor.text === disk.text);
  }

  problemsOf(uri: string): readonly Problem[] {
    return this.problems.of(uri);
  }

  /** The corpus is no longer used (the client built another): pending re-analysis stops and nothing fires again. */
  dispose(): void {
    this.reanalysis.stop();
    this.listeners.clear();
  }

  onDidChange(listener: (change: CorpusChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- loading ----

  /**
   * Reads the catalog and every article with its sidecar. Several reads are
   * in flight at once (file systems answer in parallel far faster than one
   * at a time), and the caller's event loop gets a turn between chunks.
   */
  async indexAll(token?: CancellationToken, progress?: Progress): Promise<void> {
    this.readsBegan ||= Date.now();
    await this.loadCatalog();
    await turn();
    // saved results serve the first indexing only; a snapshot that cannot be read is no reason not to index
    const snapshot = await this.loadWarmStart?.().catch((e: unknown) => void this.logger.warn(`Warm start not used: ${e}`));
    this.loadWarmStart = undefined;
    await turn();
    this.warm = new WarmStart(snapshot ?? undefined, this.fingerprint(), this.keys);
    const [uris, sidecars] = await Promise.all([this.workspace.listArticles(), this.workspace.listSidecars()]);
    await turn();
    this.setArticles(uris);
    for (const uri of [...this.analyses.keys()]) if (!this.isArticle(uri)) this.forget(uri);
    const withSidecar = new Set(sidecars);
    const catalog = this.catalogState.catalog;
    const offThread = this.openOffThread && openedOnFirstUse(() => this.openOffThread!(catalog, uris.length), this.logger);
    let next = 0;
    let done = 0;
    let lastYield = Date.now();
    // One pause for every worker: while any of them still ran, the event loop would get no turn at all
    // (reads may complete synchronously, and then the workers only ever hand over to each other).
    let pause: Promise<void> | undefined;
    const worker = async () => {
      while (next < uris.length && !token?.isCancellationRequested) {
        if (pause) await pause;
        const uri = uris[next++];
        if (uri === undefined) break;
        await this.loadArticle(uri, withSidecar.has(sidecarUriOf(uri)), offThread);
        done++;
        if (!pause && Date.now() - lastYield > YIELD_EVERY_MS) {
          progress?.(done, uris.length);
          pause = turn().then(() => {
            pause = undefined;
            lastYield = Date.now();
          });
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: READS_IN_FLIGHT }, worker));
    } finally {
      await offThread?.close().catch((e: unknown) => this.logger.warn(`Closing the recogniser threads: ${e}`));
    }
    if (snapshot) this.logger.info(`Warm start: ${this.warm.used} of ${uris.length} articles from saved results`);
    this.warm.clear();
    this.warm = undefined;
    if (token?.isCancellationRequested) return;
    progress?.(uris.length, uris.length);
    this.fire({ articles: this.articles, all: true, catalog: true });
  }

  /** A file changed or appeared on disk: article, sidecar or catalog. */
  async fileChanged(uri: string): Promise<void> {
    if (uri === this.workspace.catalogUri) {
      const before = this.catalogState.catalog;
      if (!(await this.loadCatalog())) return;
      return this.catalogChanged(before);
    }
    if (isSidecarUri(uri)) {
      const article = articleOfSidecar(uri);
      if (!this.isArticle(article) || !(await this.loadSidecar(article))) return;
      this.analyse(article);
      return this.fire({ articles: [article], all: false, catalog: false });
    }
    if (!this.isArticle(uri)) {
      // only the workspace knows the include/exclude rules
      const uris = await this.workspace.listArticles();
      if (!uris.includes(uri)) return;
      this.setArticles(uris);
    }
    await this.loadArticle(uri);
    this.fire({ articles: [uri], all: false, catalog: false });
  }

  fileDeleted(uri: string): void {
    this.lastRead.forget(uri);
    if (uri === this.workspace.catalogUri) {
      const before = this.catalogState.catalog;
      this.setCatalog(NO_CATALOG, []);
      void this.catalogChanged(before).catch((e: unknown) => this.logger.warn(`Re-analysis after the catalog was deleted: ${e}`));
      return;
    }
    if (isSidecarUri(uri)) {
      const article = articleOfSidecar(uri);
      this.sidecars.set(article, { kind: 'none' });
      this.problems.setRead(uri, []);
      if (this.isArticle(article)) this.analyse(article);
      return this.fire({ articles: [article], all: false, catalog: false });
    }
    this.setArticles(this.articles.filter((a) => a !== uri));
    this.forget(uri);
    this.fire({ articles: [uri], all: false, catalog: false });
  }

  /** The text of an open editor, which wins over the file on disk until it is closed. */
  syncEditor(snapshot: TextSnapshot): DocumentAnalysis | undefined {
    // a file skipped on disk (too large, not UTF-8) is not analysed from the editor either
    if (!this.isArticle(snapshot.uri) || this.skipped.has(snapshot.uri)) return undefined;
    const current = this.editorTexts.get(snapshot.uri);
    if (current?.version === snapshot.version && this.analyses.has(snapshot.uri)) return this.analyses.get(snapshot.uri);
    this.editorTexts.set(snapshot.uri, { version: snapshot.version, text: snapshot.getText() });
    const analysis = this.analyse(snapshot.uri);
    this.fire({ articles: [snapshot.uri], all: false, catalog: false });
    return analysis;
  }

  closeEditor(uri: string): void {
    if (!this.editorTexts.delete(uri)) return;
    if (this.diskTexts.has(uri)) this.analyse(uri);
    this.fire({ articles: [uri], all: false, catalog: false });
  }

  /** The recognition results of every article, to hand to the next session. */
  warmStartSnapshot(): WarmStartSnapshot {
    const saved: SavedArticle[] = [];
    for (const [uri, analysis] of this.analyses) {
      const file = this.diskStamps.get(uri);
      // an editor's unsaved text is not what the next session reads
      if (file && !this.editorTexts.has(uri)) saved.push({ analysis, file, hash: this.diskHashes.get(uri) });
    }
    return takeSnapshot(this.fingerprint(), this.readsBegan, saved, this.keys);
  }

  private fingerprint(): string {
    return `${this.recognizerVersion}|${contentHash(this.catalogState.text ?? '')}`;
  }

  /** The sidecar state as last read from disk. */
  sidecarOf(uri: string): SidecarState {
    return this.sidecars.get(uri) ?? { kind: 'none' };
  }

  // ---- internals ----

  private setArticles(uris: readonly string[]): void {
    this.articles = [...new Set(uris)].sort();
    this.articleOrder = new Map(this.articles.map((uri, i) => [uri, i]));
  }

  /** Returns false when the file reads as it did last time (the echo of our own write). */
  private async loadCatalog(): Promise<boolean> {
    const uri = this.workspace.catalogUri;
    if (!uri) {
      this.setCatalog(NO_CATALOG, []);
      return true;
    }
    const file = await this.workspace.readFile(uri, MAX_YAML_BYTES);
    if (!this.lastRead.isNew(uri, file)) return false;
    const read = readCatalog(uri, file, this.catalogState);
    this.setCatalog(read.state, read.problems);
    return true;
  }

  private setCatalog(state: CatalogState, problems: Problem[]): void {
    this.catalogState = state;
    this.catalogEntries = new Map(state.catalog.entities.map((e) => [e.id, e]));
    this.catalogMap = undefined;
    this.compiledCatalog = compileCatalog(state.catalog);
    this.context = undefined;
    const uri = this.workspace.catalogUri;
    if (uri) this.problems.setRead(uri, problems);
  }

  /** Reads an article (unless a warm start has its results and its stat says it is unchanged) and, unless it is known to have none, its sidecar. */
  private async loadArticle(uri: string, hasSidecar = true, offThread?: LazyThreads): Promise<void> {
    const read: ArticleRead | LoadedText = (!hasSidecar && (await this.statUnchanged(uri))) || (await this.readNow(uri));
    if ('missing' in read) return this.fileDeleted(uri);
    if ('skipped' in read) return this.skip(uri, read.skipped);
    this.problems.setRead(uri, []);
    this.skipped.delete(uri);
    this.changedUnseen.delete(uri);
    this.diskTexts.set(uri, keptText(read));
    this.diskStamps.set(uri, read.file);
    const hash = 'hash' in read ? read.hash : undefined;
    if (hash !== undefined) this.diskHashes.set(uri, hash);
    else this.diskHashes.delete(uri);
    if (hasSidecar) await this.loadSidecar(uri);
    else this.noSidecar(uri);
    this.analyse(uri, offThread && (await this.recognizeOffThread(uri, offThread)));
  }

  private async readNow(uri: string): Promise<ArticleRead | LoadedText> {
    const file = await this.workspace.readFile(uri, this.maxFileSize);
    return readUnchangedArticle(file, this.maxFileSize, (stamp) => !!this.warm?.unchanged(uri, stamp)) ?? readArticle(uri, file, this.maxFileSize);
  }

  /**
   * A text the warm start has the results of, by the stat of its file: read
   * when first needed (a sidecar's article is read at once, its annotations
   * are placed on the text). Undefined when the file must be read now.
   */
  private async statUnchanged(uri: string): Promise<LoadedText | undefined> {
    const warm = this.warm;
    const hash = warm?.savedHash(uri);
    if (!hash || !this.workspace.stat || !this.workspace.readFileNow) return undefined;
    const file = await this.workspace.stat(uri);
    if (!file || file.size > this.maxFileSize || !warm!.unchanged(uri, file)) return undefined;
    const map: TextMap = new TextMap(() => this.readDeferred(uri, map, hash));
    return { text: map, file, hash };
  }

  /**
   * The text of `map`, read when first asked for. A file changed since its
   * stat (no watcher has said so yet) gives its new text, and the article is
   * re-analysed from it at the latest once the question that read it is
   * answered; get() re-analyses at once, so what it gives is never the
   * saved offsets over another text.
   */
  private readDeferred(uri: string, map: TextMap, hash: string): string {
    const read = readArticle(uri, this.workspace.readFileNow!(uri, this.maxFileSize), this.maxFileSize);
    if ('text' in read && contentHash(read.text) === hash) return read.text;
    this.changedUnseen.set(uri, { map, read });
    queueMicrotask(() => this.settle(uri));
    return 'text' in read ? read.text : '';
  }

  /** Re-analyses an article whose text, read when first needed, was not the saved one; then tells the listeners. */
  private settle(uri: string): void {
    const changed = this.changedUnseen.get(uri);
    this.changedUnseen.delete(uri);
    // a fileChanged since then read the file anew
    if (!changed || this.diskTexts.get(uri) !== changed.map) return;
    const { read } = changed;
    if ('missing' in read) return this.fileDeleted(uri);
    if ('skipped' in read) this.skip(uri, read.skipped);
    else {
      this.diskStamps.set(uri, read.file);
      this.diskHashes.delete(uri);
      this.analyse(uri);
    }
    queueMicrotask(() => this.fire({ articles: [uri], all: false, catalog: false }));
  }

  /**
   * The article's recognition from another thread; undefined where this
   * thread recognises it instead: saved results have it, the threads failed,
   * or its text, sidecar or the catalog changed while they worked.
   */
  private async recognizeOffThread(uri: string, threads: LazyThreads): Promise<RecognizedElsewhere | undefined> {
    const editor = this.editorTexts.get(uri);
    const map = editor ? new TextMap(editor.text) : this.diskTexts.get(uri);
    const sidecar = this.sidecarOf(uri);
    const published = publishedOverrideOf(sidecar);
    if (map === undefined || this.warm?.has(uri, editor ? undefined : this.diskStamps.get(uri), map, published)) return undefined;
    const text = map.text;
    const offThread = threads.get();
    if (!offThread) return undefined;
    const catalog = this.catalogState;
    let recognition: Recognition;
    try {
      recognition = await offThread.recognize(text, published);
    } catch (e) {
      threads.failed(e);
      return undefined;
    }
    // analyse() checks the text and publication date again; the catalog only here
    return this.catalogState === catalog ? { text, published, recognition } : undefined;
  }

  private forget(uri: string): void {
    for (const map of [this.diskTexts, this.diskStamps, this.diskHashes, this.editorTexts, this.sidecars, this.analyses]) map.delete(uri);
    this.problems.forget(uri);
    this.skipped.delete(uri);
    this.problems.forget(sidecarUriOf(uri));
    this.mentions.delete(uri);
  }

  private skip(uri: string, reason: Problem): void {
    this.logger.warn(`${uri}: ${reason.message}`);
    this.skipped.add(uri);
    this.diskTexts.delete(uri);
    this.diskStamps.delete(uri);
    this.diskHashes.delete(uri);
    this.analyses.delete(uri);
    this.problems.forgetArticle(uri);
    this.mentions.delete(uri);
    this.problems.setRead(uri, [reason]);
  }

  /** Returns false when the file reads as it did last time (the echo of our own write). */
  private async loadSidecar(article: string): Promise<boolean> {
    const uri = sidecarUriOf(article);
    const file = await this.workspace.readFile(uri, MAX_YAML_BYTES);
    if (!this.lastRead.isNew(uri, file) && this.sidecars.has(article)) return false;
    const read = readSidecar(uri, file);
    this.sidecars.set(article, read.state);
    this.problems.setRead(uri, read.problems);
    return true;
  }

  private noSidecar(article: string): void {
    this.sidecars.set(article, { kind: 'none' });
    this.problems.setRead(sidecarUriOf(article), []);
  }

  private analyse(uri: string, elsewhere?: RecognizedElsewhere): DocumentAnalysis | undefined {
    const editor = this.editorTexts.get(uri);
    const map = editor ? new TextMap(editor.text) : this.diskTexts.get(uri);
    if (map === undefined) return undefined;
    const file = editor ? undefined : this.diskStamps.get(uri);
    const analysis = analyzeDocument(uri, map, this.recognition, this.sidecarOf(uri), this.warm, file, elsewhere);
    this.analyses.set(uri, analysis);
    this.problems.setOrphans(uri, orphanProblems(analysis));
    this.mentions.set(uri, analysis.keys());
    return analysis;
  }

  /**
   * The catalog in use changed: says so at once (its problems, entries and
   * status), then re-analyses the articles in which a changed name occurs
   * (catalogReanalysis.ts). Resolves when no article is left.
   */
  private catalogChanged(before: Catalog): Promise<void> {
    this.fire({ articles: [], all: false, catalog: true });
    const names = changedNames(before, this.catalogState.catalog);
    return names.length === 0 ? this.reanalysis.done() : this.reanalysis.add(this.articles, nameTest(names));
  }

  private fire(change: CorpusChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
