import * as vscode from 'vscode';
import { EXPORT_FILE_NAME, exportPieces, type ExportArticle, type ExportFormat } from '../../core/service';
import type { CorpusSession } from '../session';

/** What the command was asked (by tests and keybindings; the palette asks the user). */
export interface ExportRequest {
  readonly format?: ExportFormat;
  /** The file (single-file formats) or folder (brat) to write. */
  readonly target?: vscode.Uri;
  readonly includeRecognized?: boolean;
}

export interface ExportResult {
  readonly annotations: number;
  readonly articles: number;
  readonly files: vscode.Uri[];
}

const FORMATS: (vscode.QuickPickItem & { format: ExportFormat })[] = [
  { format: 'jsonl', label: 'JSONL (spaCy / Prodigy)', description: EXPORT_FILE_NAME.jsonl, detail: 'One line per article: text, spans with PER/ORG/LOC/MISC labels' },
  { format: 'conll', label: 'CoNLL-2003 (IOB2)', description: EXPORT_FILE_NAME.conll, detail: 'A token and its tag per line, for NER training tools' },
  { format: 'csv', label: 'CSV', description: EXPORT_FILE_NAME.csv, detail: 'One row per annotation, for spreadsheets' },
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', description: EXPORT_FILE_NAME.w3c, detail: 'An AnnotationCollection with quote and position selectors' },
  { format: 'brat', label: 'brat standoff', description: 'a folder', detail: 'x.txt and x.ann per article, with annotation.conf' },
];

/** Corpus Lens: Export Annotations...: format, destination, progress, then the count and a button to open the result. */
export function registerExportAnnotations(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand('corpusLens.exportAnnotations', async (request: ExportRequest = {}): Promise<ExportResult | undefined> => {
    const format = request.format ?? (await vscode.window.showQuickPick(FORMATS, { title: 'Export annotations as' }))?.format;
    if (!format) return undefined;
    const includeRecognized =
      request.includeRecognized ??
      (await vscode.window.showQuickPick([{ label: 'Annotations only', value: false }, { label: 'Annotations and the recognised mentions they do not cover', value: true }], { title: 'What to export' }))?.value;
    if (includeRecognized === undefined) return undefined;
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = request.target ?? (await askTarget(format, root));
    if (!target) return undefined;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Corpus Lens: exporting annotations', cancellable: true },
      (progress, token) => writeExport(session, format, includeRecognized, target, progress, token),
    );
    if (!result) return undefined;
    const shown = format === 'brat' ? result.files.find((f) => f.path.endsWith('.ann')) : target;
    void vscode.window
      .showInformationMessage(`Corpus Lens: exported ${result.annotations} annotation(s) from ${result.articles} article(s) to ${vscode.workspace.asRelativePath(target)}.`, ...(shown ? ['Open'] : []))
      .then((choice) => (choice && shown ? vscode.window.showTextDocument(shown) : undefined));
    return result;
  });
}

function askTarget(format: ExportFormat, root: vscode.Uri | undefined): Thenable<vscode.Uri | undefined> {
  if (format === 'brat') {
    return vscode.window
      .showOpenDialog({ title: 'Folder for the brat export', canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export Here', defaultUri: root })
      .then((picked) => picked?.[0]);
  }
  const name = EXPORT_FILE_NAME[format];
  return vscode.window.showSaveDialog({ title: 'Export annotations', defaultUri: root && vscode.Uri.joinPath(root, name), filters: { [format.toUpperCase()]: [name.slice(name.lastIndexOf('.') + 1)] } });
}

async function writeExport(
  session: CorpusSession,
  format: ExportFormat,
  includeRecognized: boolean,
  target: vscode.Uri,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<ExportResult | undefined> {
  await session.whenIndexed();
  const service = session.service;
  const uris = service.articles();
  let annotations = 0;
  let articles = 0;
  function* exported(): Generator<ExportArticle> {
    for (const uri of uris) {
      if (token.isCancellationRequested) return;
      const article = service.exportArticle(uri, vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false), includeRecognized);
      if (!article) continue;
      annotations += article.spans.length;
      articles++;
      progress.report({ message: article.path, increment: 100 / uris.length });
      yield article;
    }
  }
  // brat copies the normalised text: never over an article
  const articleUris = new Set(uris);
  const contents = new Map<string, string[]>();
  for (const piece of exportPieces(format, exported(), { includeRecognized, warn: (file, message) => void vscode.window.showWarningMessage(`Corpus Lens: ${file}: ${message}`) })) {
    const file = format === 'brat' ? vscode.Uri.joinPath(target, ...piece.file.split('/')).toString() : target.toString();
    if (articleUris.has(file)) {
      void vscode.window.showErrorMessage(`Corpus Lens: the export would overwrite the article ${vscode.workspace.asRelativePath(vscode.Uri.parse(file))}; choose another folder. Nothing was written.`);
      return undefined;
    }
    const texts = contents.get(file) ?? [];
    texts.push(piece.text);
    contents.set(file, texts);
  }
  if (token.isCancellationRequested) return undefined;
  const encoder = new TextEncoder();
  const files: vscode.Uri[] = [];
  for (const [file, texts] of contents) {
    const uri = vscode.Uri.parse(file);
    await vscode.workspace.fs.writeFile(uri, encoder.encode(texts.join('')));
    files.push(uri);
  }
  return { annotations, articles, files };
}
