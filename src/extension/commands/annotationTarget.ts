// Which annotation a command acts on: the one given (tree view, code action,
// tests), else the one under the cursor, else one the user picks.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { describeAnnotation, type AnnotationsTreeNode } from '../views/annotationsTree';
import { fromVsRange } from '../adapters/convert';

export interface AnnotationTarget {
  readonly uri: string;
  readonly id: string;
}

/** What a command was given: a target, or the Annotations view's item (its context menu). */
export function givenTarget(given: AnnotationTarget | AnnotationsTreeNode | undefined): AnnotationTarget | undefined {
  if (!given?.uri) return undefined;
  if ('kind' in given) return given.kind === 'annotation' ? { uri: given.uri, id: given.anchored.annotation.id } : undefined;
  return given.id ? given : undefined;
}

export async function resolveAnnotationTarget(
  session: CorpusSession,
  given: AnnotationTarget | AnnotationsTreeNode | undefined,
): Promise<AnnotationTarget | undefined> {
  const target = givenTarget(given);
  if (target) return target;
  const editor = vscode.window.activeTextEditor;
  const service = editor && session.sync(editor.document);
  if (!editor || !service) return undefined;
  const uri = editor.document.uri.toString();
  const cursor = new vscode.Range(editor.selection.active, editor.selection.active);
  const here = service.targetAt(uri, fromVsRange(cursor))?.annotations ?? [];
  // The one under the cursor is the one meant; any other is asked for, even the
  // article's only one: Delete does not ask again.
  if (here.length === 1) return { uri, id: here[0].annotation.id };
  const candidates = here.length ? here : (service.analysis(uri)?.annotations ?? []);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage('Corpus Lens: this article has no annotations.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map((a) => ({ label: describeAnnotation(a), description: a.annotation.note, id: a.annotation.id })),
    { placeHolder: 'Which annotation?' },
  );
  return picked && { uri, id: picked.id };
}
