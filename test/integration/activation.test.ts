// The extension is installed in the test host, activates when an article of
// the workspace is opened, and hands back its API from activate().
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'corpus-lens.corpus-lens';
const ARTICLE = '000_8c67307d6b1f2411.txt';

/** Activation is asynchronous after the triggering event: poll instead of sleeping a fixed time. */
async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

describe('activation', () => {
  it('the extension is installed in the test host', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} not found`);
  });

  it('activates when an article is opened and returns its API', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace (a copy of sample-corpus/) is open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, ARTICLE));
    await vscode.window.showTextDocument(doc);

    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(await waitFor(() => ext.isActive, 15_000), 'extension did not activate within 15 s of opening an article');
    assert.ok(ext.exports !== undefined && ext.exports !== null, 'activate() returned no API object');
  });
});
