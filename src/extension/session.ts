// Two lifetimes, kept apart as rust-analyzer's client keeps them. The
// session lives as long as the extension: the undo history, the change
// event the providers and views listen to, the settings. What lives as long
// as one corpus (the service over the current settings, its watchers, its
// indexing run, its listener) is rebuilt by start(); providers and commands
// reach the current service through here.

import * as vscode from 'vscode';
import { createCorpusService, UndoStack, type CorpusChange, type CorpusService, type RecognizerData } from '../core/service';
import type { OpenOffThreadRecognizer } from '../core/ports';
import type { CorpusConfig, Settings } from './config';
import { VsCodeWorkspace, watchCorpusFiles } from './workspace';
import { snapshotOf } from './adapters/convert';
import type { WarmStartStore } from './warmStartStore';

interface Corpus {
  readonly service: CorpusService;
  readonly config: CorpusConfig;
  readonly indexed: Promise<void>;
  readonly cancel: vscode.CancellationTokenSource;
  readonly subscriptions: vscode.Disposable;
}

/** What a new corpus changes: everything. */
const EVERYTHING: CorpusChange = { articles: [], all: true, catalog: true };

export class CorpusSession implements vscode.Disposable {
  private current: Corpus | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  /** Fires with what changed: the articles, the catalog, or (`all`) everything, as when the corpus is rebuilt. */
  readonly onDidChange = this.changeEmitter.event;
  /** Outlives every corpus: Re-index or a setting change keeps what can be undone. */
  private readonly undoHistory = new UndoStack();

  constructor(
    /** Loads the recogniser data on the first text to recognise (once: the caller keeps it). */
    private readonly data: () => RecognizerData,
    /** Identifies the recognisers and their data: the extension's version. */
    private readonly recognizerVersion: string,
    private readonly warmStart: WarmStartStore,
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
    /** Worker threads for each corpus's first indexing. */
    private readonly openOffThread: OpenOffThreadRecognizer,
  ) {}

  get service(): CorpusService {
    return this.corpus.service;
  }

  /** The settings the current corpus was built with. */
  get config(): CorpusConfig {
    return this.corpus.config;
  }

  /** Resolves when the current corpus is indexed, or its indexing failed (which is shown, not thrown). */
  whenIndexed(): Promise<void> {
    return this.corpus.indexed;
  }

  /** The service, synchronised with the editor's text first; undefined when the document is no article. */
  sync(document: vscode.TextDocument): CorpusService | undefined {
    const service = this.corpus.service;
    return service.syncEditor(snapshotOf(document)) ? service : undefined;
  }

  /** A corpus file changed on disk: re-read it (an article's moved anchors are re-saved); failures are logged. */
  fileChanged(uri: string): void {
    void this.corpus.service.fileChanged(uri).catch((e) => this.log.error(`${uri}: ${e}`));
  }

  /** Builds the corpus of the current settings (again, after a stop) and starts indexing it. */
  start(): void {
    this.stop();
    const config = this.settings.current;
    const service = createCorpusService({
      workspace: new VsCodeWorkspace(config),
      data: this.data,
      logger: { info: (m) => this.log.info(m), warn: (m) => this.log.warn(m) },
      maxFileSize: config.maxFileSize,
      recognizerVersion: this.recognizerVersion,
      loadWarmStart: () => this.warmStart.load(),
      undoHistory: this.undoHistory,
      openOffThread: this.openOffThread,
    });
    const unsubscribe = service.onDidChange((change) => this.changeEmitter.fire(change));
    const watcher = watchCorpusFiles(config, {
      changed: (uri) => this.fileChanged(uri),
      deleted: (uri) => service.fileDeleted(uri),
    });
    const cancel = new vscode.CancellationTokenSource();
    const subscriptions = vscode.Disposable.from(watcher, { dispose: unsubscribe }, service);
    this.current = { service, config, indexed: this.index(service, cancel.token), cancel, subscriptions };
    this.changeEmitter.fire(EVERYTHING);
  }

  dispose(): void {
    this.stop();
    this.changeEmitter.dispose();
  }

  private get corpus(): Corpus {
    if (!this.current) throw new Error('Corpus Lens: the corpus session was not started');
    return this.current;
  }

  private async index(service: CorpusService, token: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Corpus Lens: indexing' }, (progress) => {
        let reported = 0;
        return service.indexAll(token, (done, total) => {
          const percent = Math.floor((done / Math.max(total, 1)) * 100);
          progress.report({ message: `${done}/${total}`, increment: percent - reported });
          reported = percent;
        });
      });
    } catch (e) {
      if (token.isCancellationRequested) return;
      this.log.error(`Indexing failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
      void vscode.window.showErrorMessage(`Corpus Lens: the corpus could not be indexed: ${e instanceof Error ? e.message : e}. Run "Corpus Lens: Re-index Corpus" to try again.`);
      return;
    }
    if (token.isCancellationRequested) return;
    this.log.info(`Indexed ${service.articles().length} articles in ${Date.now() - started} ms`);
    await this.warmStart.save(service.warmStartSnapshot()).catch((e) => this.log.warn(`Warm start not saved: ${e}`));
    // editors opened while indexing win over the disk text
    for (const document of vscode.workspace.textDocuments) service.syncEditor(snapshotOf(document));
  }

  private stop(): void {
    if (!this.current) return;
    this.current.cancel.cancel();
    this.current.cancel.dispose();
    this.current.subscriptions.dispose();
  }
}
