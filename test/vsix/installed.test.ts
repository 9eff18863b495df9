// The packaged extension, installed from corpus-lens.vsix with
// --install-extension (not loaded from the repository): it holds the
// bundles and data files and no source or test files, and it activates on
// the sample corpus.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'corpus-lens.corpus-lens';

interface Api {
  whenIndexed(): Promise<void>;
  service: { articles(): readonly string[]; problems(): unknown[] };
}

describe('the packaged extension (.vsix)', () => {
  it('is the one installed from the .vsix, with the data files and without sources or tests', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    assert.equal(path.basename(ext.extensionPath), `${EXTENSION_ID}-${ext.packageJSON.version}`, `loaded from ${ext.extensionPath}, not from the extensions folder`);
    for (const file of ['dist/extension.js', 'dist/data/entities-lexicon.json', 'schemas/sidecar.schema.json', 'LICENSE.txt']) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, file)), `${file} is in the package`);
    }
    // the walkthrough's pages and images, and the icons the manifest names
    const steps = ext.packageJSON.contributes.walkthroughs[0].steps as { media: Record<string, string> }[];
    for (const file of [ext.packageJSON.icon as string, ...steps.map((s) => s.media.markdown ?? s.media.image)]) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, file)), `${file} is in the package`);
    }
    for (const absent of ['src', 'test', 'node_modules', 'sample-corpus', 'dist/extension.js.map']) {
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, absent)), `${absent} is not in the package`);
    }
  });

  it('activates on the sample corpus and indexes its five articles', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace (a copy of sample-corpus/) is open');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, '000_8c67307d6b1f2411.txt'));
    await vscode.window.showTextDocument(document);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const api = (await ext.activate()) as Api;
    await api.whenIndexed();
    assert.equal(api.service.articles().length, 5);
    const position = document.positionAt(document.getText().indexOf('Faysal Mikdad') + 2);
    const hover = (await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position)) as vscode.Hover[];
    assert.ok(hover.length > 0, 'a hover on a name in the article');
  });
});
