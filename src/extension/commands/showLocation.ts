// Shows a place of the corpus selected: in the editor that already shows the
// article (a hover link in the side group acts there), else in the active group.

import * as vscode from 'vscode';

export async function showLocation(location: vscode.Location): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === location.uri.toString());
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(location.uri));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn });
  editor.selection = new vscode.Selection(location.range.start, location.range.end);
  editor.revealRange(location.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
