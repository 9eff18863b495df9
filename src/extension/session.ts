// What lives as long as one corpus: the service over the current settings and
// its indexing run. Rebuilt when a setting that changes the corpus changes;
// providers and commands, which live as long as the extension, reach the
// current service through here.

import * as vscode from 'vscode';
import { createCorpusService, type CorpusService, type RecognizerData } from '../core/service';
import { readConfig, type CorpusConfig } from './config';
import { VsCodeWorkspace, watchCorpusFiles } from './workspace';
import { snapshotOf } from './adapters/convert';
import type { WarmStartStore } from './warmStartStore';

export class CorpusSession implements vscode.Disposable {
  private current!: { service: CorpusService; config: CorpusConfig; indexed: Promise<void>; watcher: vscode.Disposable; cancel: vscode.CancellationTokenSource };
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when anything the service knows changed: index, catalog, sidecars, open editors. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly data: RecognizerData,
    /** Identifies the recognisers and their data: the extension's version. */
    private readonly recognizerVersion: string,
    private readonly warmStart: WarmStartStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.start();
  }

  get service(): CorpusService {
    return this.current.service;
  }

  get config(): CorpusConfig {
    return this.current.config;
  }

  /** Resolves when the current corpus is fully indexed. */
  whenIndexed(): Promise<void> {
    return this.current.indexed;
  }

  /** The service's analysis of an open article, synchronised with the editor's text first. */
  sync(document: vscode.TextDocument): CorpusService | undefined {
    const service = this.current.service;
    return service.syncEditor(snapshotOf(document)) ? service : undefined;
  }

  /** A corpus file changed on disk: re-read it (an article's moved anchors are re-saved); failures are logged. */
  fileChanged(uri: string): void {
    void this.current.service.fileChanged(uri).catch((e) => this.log.error(`${uri}: ${e}`));
  }

  restart(): void {
    this.stop();
    this.start();
    this.changeEmitter.fire();
  }

  dispose(): void {
    this.stop();
    this.changeEmitter.dispose();
  }

  private start(): void {
    const config = readConfig();
    const service = createCorpusService({
      workspace: new VsCodeWorkspace(config),
      data: this.data,
      logger: { info: (m) => this.log.info(m), warn: (m) => this.log.warn(m) },
      maxFileSize: config.maxFileSize,
      recognizerVersion: this.recognizerVersion,
      loadWarmStart: () => this.warmStart.load(),
    });
    service.onDidChange(() => this.changeEmitter.fire());
    const cancel = new vscode.CancellationTokenSource();
    const watcher = watchCorpusFiles(config, {
      changed: (uri) => this.fileChanged(uri),
      deleted: (uri) => service.fileDeleted(uri),
    });
    const indexed = this.index(service, cancel.token);
    this.current = { service, config, indexed, watcher, cancel };
  }

  private async index(service: CorpusService, token: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Corpus Lens: indexing' },
      (progress) => {
        let reported = 0;
        return service.indexAll(token, (done, total) => {
          const percent = Math.floor((done / Math.max(total, 1)) * 100);
          progress.report({ message: `${done}/${total}`, increment: percent - reported });
          reported = percent;
        });
      },
    );
    if (token.isCancellationRequested) return;
    this.log.info(`Indexed ${service.articles().length} articles in ${Date.now() - started} ms`);
    await this.warmStart.save(service.warmStartSnapshot()).catch((e) => this.log.warn(`Warm start not saved: ${e}`));
    // editors opened while indexing win over the disk text
    for (const document of vscode.workspace.textDocuments) service.syncEditor(snapshotOf(document));
  }

  private stop(): void {
    this.current.cancel.cancel();
    this.current.cancel.dispose();
    this.current.watcher.dispose();
  }
}
