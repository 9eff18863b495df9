// "Corpus Lens: Export Annotations...": the command writes the export the
// CLI would, reports the count, and refuses to write brat over the corpus.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { ARTICLE_004, api, corpusUri, readText } from './support';

interface ExportResult {
  annotations: number;
  articles: number;
  files: vscode.Uri[];
}

describe('Export Annotations...', () => {
  let out: string;
  let made: { uri: string; id: string } | undefined;
  before(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-export-it-'));
    const lens = await api();
    const uri = corpusUri(ARTICLE_004).toString();
    const text = lens.service.analysis(uri)!.text.text;
    const at = text.indexOf('Putin');
    assert.ok(at >= 0 && !/[\uD800-\uDFFF]/.test(text.slice(0, at)));
    const annotation = await lens.service.annotate({ uri, span: { start: at, end: at + 'Putin'.length }, note: 'exported from the editor' });
    made = { uri, id: annotation.id };
  });
  // the suites share one workspace: leave it as it was found
  after(async () => {
    fs.rmSync(out, { recursive: true, force: true });
    if (made) await (await api()).service.deleteAnnotation(made.uri, made.id);
  });

  it('writes JSONL with every annotation, each span on its text, and returns the count', async () => {
    const target = vscode.Uri.file(path.join(out, 'annotations.jsonl'));
    const result = await vscode.commands.executeCommand<ExportResult>('corpusLens.exportAnnotations', { format: 'jsonl', target, includeRecognized: false });
    assert.ok(result, 'the command returned its result');
    assert.equal(result.articles, 5);
    const records = (await readText(target)).trim().split('\n').map((l) => JSON.parse(l) as { text: string; spans: { start: number; end: number; note?: string }[]; meta: { file: string } });
    assert.equal(records.length, 5);
    assert.equal(records.reduce((n, r) => n + r.spans.length, 0), result.annotations);
    const mine = records.find((r) => r.meta.file === ARTICLE_004)!.spans.find((s) => s.note === 'exported from the editor');
    assert.ok(mine, 'the new annotation is exported');
    for (const r of records) for (const s of r.spans) assert.ok([...r.text].slice(s.start, s.end).join('').trim().length > 0);
    assert.equal([...records.find((r) => r.meta.file === ARTICLE_004)!.text].slice(mine.start, mine.end).join(''), 'Putin');
  });

  it('writes brat into a folder, and refuses a folder where it would overwrite an article', async () => {
    const target = vscode.Uri.file(path.join(out, 'brat'));
    const result = await vscode.commands.executeCommand<ExportResult>('corpusLens.exportAnnotations', { format: 'brat', target, includeRecognized: true });
    assert.ok(result);
    assert.ok(fs.existsSync(path.join(out, 'brat', ARTICLE_004.replace(/\.txt$/, '.ann'))));
    assert.ok(fs.readFileSync(path.join(out, 'brat', 'annotation.conf'), 'utf8').includes('Person'));
    const before = await readText(corpusUri(ARTICLE_004));
    const refused = await vscode.commands.executeCommand<ExportResult | undefined>('corpusLens.exportAnnotations', {
      format: 'brat',
      target: vscode.workspace.workspaceFolders![0].uri,
      includeRecognized: false,
    });
    assert.equal(refused, undefined);
    assert.equal(await readText(corpusUri(ARTICLE_004)), before);
  });
});
