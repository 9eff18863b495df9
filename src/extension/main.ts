// Composition root: loads the recogniser data, builds the corpus session and
// registers every feature. Nothing here has logic of its own.

import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CorpusChange, CorpusService, RecognizerData } from '../core/service';
import { loadRecognizerData, recognizerDataFiles } from '../node/recognizerData';
import { indexingThreads } from '../node/indexingThreads';
import { Settings } from './config';
import { CorpusSession } from './session';
import { WarmStartStore } from './warmStartStore';
import { registerDocumentSync } from './documentSync';
import { registerDiagnostics } from './diagnostics';
import { registerHoverSupport } from './providers/hover';
import { registerHoverActions } from './commands/hoverActions';
import { registerDefinitionSupport } from './providers/definition';
import { registerReferenceSupport } from './providers/references';
import { registerHighlightSupport } from './providers/highlights';
import { registerAnnotateSelection } from './commands/annotateSelection';
import { registerMentionNavigation } from './commands/navigateMentions';
import { registerReindex } from './commands/reindex';
import { registerAnnotateIdentical } from './commands/annotateIdentical';
import { registerEditAnnotation } from './commands/editAnnotation';
import { registerLinkToEntity } from './commands/linkToEntity';
import { registerUndoAnnotationChange } from './commands/undoAnnotationChange';
import { registerSetPublicationDate } from './commands/setPublicationDate';
import { registerCodeActions } from './providers/codeActions';
import { registerAnnotationDecorations } from './decorations/annotationDecorations';
import { AnnotationsTreeProvider, registerAnnotationsTree } from './views/annotationsTree';
import { EntitiesTreeProvider, registerEntitiesTree } from './views/entitiesTree';
import { registerAddCandidateToCatalog } from './commands/addCandidateToCatalog';
import { registerSymbolSupport } from './providers/symbols';
import { registerMentionDecorations } from './decorations/mentionDecorations';
import { CorpusStatusBar, type StatusBarState } from './views/statusBar';
import { registerTimeline } from './views/timeline/timelinePanel';
import { registerIgnoreName } from './commands/ignoreName';
import { registerIgnoreQuickFix } from './providers/ignoreQuickFix';
import { registerEntityRenaming } from './commands/renameEntity';
import { registerRenameSupport } from './providers/rename';
import { registerReattachAnnotation } from './commands/reattachAnnotation';
import { registerOrphanQuickFix } from './providers/orphanQuickFix';
import { registerConflictQuickFix } from './providers/conflictQuickFix';
import { registerResolveConflict } from './commands/resolveConflict';
import { registerExportAnnotations } from './commands/exportAnnotations';

/** What `activate` returns: used by integration tests instead of sleeping. */
export interface CorpusLensApi {
  /** The service of the current corpus (rebuilt when corpus settings change). */
  readonly service: CorpusService;
  /** Resolves when the current corpus is fully indexed. */
  whenIndexed(): Promise<void>;
  /** Fires after every change of the corpus, with what changed: tests wait on it instead of polling. */
  readonly onDidChange: vscode.Event<CorpusChange>;
  /** The data behind the Annotations view. */
  readonly annotationsView: AnnotationsTreeProvider;
  /** The data behind the Entities view. */
  readonly entitiesView: EntitiesTreeProvider;
  /** What the status-bar item shows now. */
  statusBar(): StatusBarState;
  /** How many mentions are underlined in the visible editor of an article (undefined: never painted). */
  underlined(uri: string): number | undefined;
}

const ARTICLES: vscode.DocumentSelector = [
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
];
/** Sidecars and the catalog, for the quick fixes on their merge conflicts. */
const CORPUS_YAML: vscode.DocumentSelector = [{ scheme: 'file', pattern: '**/*.yaml' }];

export function activate(context: vscode.ExtensionContext): CorpusLensApi {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Corpus Lens', { log: true });
  const { data, version } = recognizers(context.extensionPath);
  const settings = new Settings().watch();
  const threads = indexingThreads(path.join(context.extensionPath, 'dist', 'recognizeWorker.js'));
  const session = new CorpusSession(data, version, new WarmStartStore(context.storageUri), settings, log, threads);
  const annotationsView = new AnnotationsTreeProvider(session);
  const entitiesView = new EntitiesTreeProvider(session, context.workspaceState);
  const statusBar = new CorpusStatusBar(session);
  const mentionDecorations = registerMentionDecorations(session, settings);
  // everything listens first; the corpus starts last, and its first change paints and fills them all
  context.subscriptions.push(
    log,
    settings,
    session,
    registerDocumentSync(session),
    registerDiagnostics(session),
    registerHoverSupport(ARTICLES, session),
    registerHoverActions(session),
    registerDefinitionSupport(ARTICLES, session),
    registerReferenceSupport(ARTICLES, session),
    registerHighlightSupport(ARTICLES, session),
    registerSymbolSupport(ARTICLES, session),
    registerCodeActions(ARTICLES, session),
    registerOrphanQuickFix(ARTICLES, session),
    registerConflictQuickFix(CORPUS_YAML, session),
    registerResolveConflict(session),
    registerAnnotateSelection(session),
    registerAnnotateIdentical(session),
    registerEditAnnotation(session),
    registerLinkToEntity(session),
    registerUndoAnnotationChange(session),
    registerSetPublicationDate(session),
    registerReattachAnnotation(session),
    registerAddCandidateToCatalog(session),
    registerMentionNavigation(session),
    registerReindex(session),
    registerExportAnnotations(session),
    mentionDecorations,
    registerAnnotationDecorations(session),
    annotationsView,
    registerAnnotationsTree(annotationsView),
    entitiesView,
    registerEntitiesTree(entitiesView),
    statusBar,
    registerTimeline(session, context.extensionUri),
    registerIgnoreName(session),
    registerIgnoreQuickFix(ARTICLES, session),
    registerEntityRenaming(session),
    registerRenameSupport(ARTICLES, session),
    settings.onDidChange((change) => change.corpus && session.start()),
  );
  session.start();
  log.info(`Activated in ${Date.now() - started} ms`);
  return {
    get service() {
      return session.service;
    },
    whenIndexed: () => session.whenIndexed(),
    onDidChange: session.onDidChange,
    annotationsView,
    entitiesView,
    statusBar: () => statusBar.state,
    underlined: (uri) => mentionDecorations.underlined(uri),
  };
}

export function deactivate(): void {}

/**
 * The recogniser data files shipped in dist/data, loaded when first needed
 * (reading and parsing them took longer than all the rest of activation), and
 * a version that changes with them or with the code, so that saved results
 * of another version are not used: the sizes and times of the files, which
 * an update or a build rewrites, known without reading them. They are the
 * extension's own files, always on the extension host's disk: read with
 * Node directly, which is several times faster than vscode.workspace.fs when
 * the host is remote.
 */
function recognizers(extensionPath: string): { data: () => RecognizerData; version: string } {
  const dist = path.join(extensionPath, 'dist');
  const dataDir = path.join(dist, 'data');
  const files = [path.join(dist, 'extension.js'), ...recognizerDataFiles(dataDir).map((name) => path.join(dataDir, name))];
  const version = files.map((file) => {
    const stat = fs.statSync(file);
    return `${path.basename(file)}:${stat.size}.${stat.mtimeMs}`;
  }).join('|');
  let data: RecognizerData | undefined;
  return { data: () => (data ??= loadRecognizerData(dataDir).data), version };
}
