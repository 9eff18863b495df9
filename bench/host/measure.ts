// Inside the extension host: activation of Corpus Lens on the benchmark
// corpus, time until its index is complete, and the first hover. The host
// runs a copy of the extension without activation events (see run.ts), so
// ext.activate() below is the activation.

import * as vscode from 'vscode';
import type { CorpusLensApi } from '../../src/extension/main';

export const EXTENSION_ID = 'corpus-lens.corpus-lens';

export interface HostFigures {
  readonly vscodeVersion: string;
  /** True when something activated the extension before we could time it (then activateMs is undefined). */
  readonly alreadyActive: boolean;
  /** ext.activate(): loading dist/extension.js, reading the data files, registering everything. */
  readonly activateMs?: number;
  /** From the start of activate() until api.whenIndexed() resolved: the whole corpus indexed in the host. */
  readonly indexedMs: number;
  readonly articles: number;
  /** Opening the first article in an editor (openTextDocument + showTextDocument). */
  readonly openMs: number;
  /** The first vscode.executeHoverProvider on a recognised mention of that article. */
  readonly firstHoverMs: number;
  /** The next hovers at the same place, for comparison. */
  readonly warmHoverMs: readonly number[];
  readonly hoverText: string;
  /** After indexing, for attribution: the same listing and reads the index does, through vscode.workspace. */
  readonly io: HostIo;
}

export interface HostIo {
  /** vscode.workspace.findFiles of the articles (what listArticles does). */
  readonly findFilesMs: number;
  /** Sequential vscode.workspace.fs.readFile of every article and of its (missing) sidecar, like indexAll. */
  readonly sequentialReadsMs: number;
  /** The same reads with every request in flight at once. */
  readonly parallelReadsMs: number;
}

export async function measureHost(): Promise<HostFigures> {
  const ext = vscode.extensions.getExtension<CorpusLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  const alreadyActive = ext.isActive;
  const started = performance.now();
  const api = await ext.activate();
  const activateMs = performance.now() - started;
  await api.whenIndexed();
  const indexedMs = performance.now() - started;

  const [uri] = api.service.articles();
  if (!uri) throw new Error('the benchmark corpus has no article');
  let t = performance.now();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  await vscode.window.showTextDocument(document);
  const openMs = performance.now() - t;

  const mention = api.service.analysis(uri)?.entities[0];
  if (!mention) throw new Error(`no mention recognised in ${uri}`);
  const range = api.service.analysis(uri)!.text.rangeOf(mention);
  const position = new vscode.Position(range.start.line, range.start.character + 1);
  const hover = () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  t = performance.now();
  const hovers = await hover();
  const firstHoverMs = performance.now() - t;
  const warmHoverMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    await hover();
    warmHoverMs.push(performance.now() - t);
  }
  const hoverText = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join(' ')
    .slice(0, 120);
  return {
    vscodeVersion: vscode.version,
    alreadyActive,
    activateMs: alreadyActive ? undefined : activateMs,
    indexedMs,
    articles: api.service.articles().length,
    openMs,
    firstHoverMs,
    warmHoverMs,
    hoverText,
    io: await measureIo(),
  };
}

async function measureIo(): Promise<HostIo> {
  let t = performance.now();
  const uris = await vscode.workspace.findFiles('**/*.{txt,md}', '**/node_modules/**');
  const findFilesMs = performance.now() - t;
  const read = (uri: vscode.Uri) => vscode.workspace.fs.readFile(uri).then(() => undefined, () => undefined);
  const sidecar = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.yaml` });
  t = performance.now();
  for (const uri of uris) {
    await read(uri);
    await read(sidecar(uri));
  }
  const sequentialReadsMs = performance.now() - t;
  t = performance.now();
  await Promise.all(uris.flatMap((uri) => [read(uri), read(sidecar(uri))]));
  const parallelReadsMs = performance.now() - t;
  return { findFilesMs, sequentialReadsMs, parallelReadsMs };
}
