// Opens the catalog at an entry: from the hover card's link and after "Add
// Name to Catalog".

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { toVsLocation } from '../adapters/convert';
import { showLocation } from './showLocation';

const RELOAD_WAIT_MS = 3000;

/**
 * The catalog, at the line of the entry's id; false when there is no such
 * entry. An editor open on it may not have reloaded the file just written:
 * its text is waited for (a little), so that the line is the entry's and not
 * one of the text before.
 */
export async function openCatalogEntry(session: CorpusSession, id: string): Promise<boolean> {
  const location = session.service.catalogEntryLocation(id);
  if (!location) return false;
  const target = toVsLocation(location);
  const document = await vscode.workspace.openTextDocument(target.uri);
  if (!document.getText().includes(`id: ${id}`)) await reloaded(document, `id: ${id}`);
  await showLocation(target);
  return true;
}

function reloaded(document: vscode.TextDocument, text: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const timer = setTimeout(done, RELOAD_WAIT_MS);
    const listener = vscode.workspace.onDidChangeTextDocument((e) => e.document === document && document.getText().includes(text) && done());
  });
}
