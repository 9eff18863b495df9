// "Corpus Lens: Re-attach Orphaned Annotation to Selection": places an
// orphan of the article on the selected text (its quote and context become
// the text there). The annotation is the one given (an id, the Annotations
// view's item, the "Re-attach here" quick fix), else one the user picks
// among the article's orphans. The quick fix also gives the range.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Annotation, AnchoredAnnotation } from '../../core/model';
import type { AnnotationsTreeNode } from '../views/annotationsTree';
import { fromVsRange } from '../adapters/convert';
import { givenTarget, type AnnotationTarget } from './annotationTarget';
import { reportAnnotationError } from './errors';

export const REATTACH_COMMAND = 'corpusLens.reattachAnnotation';

export function registerReattachAnnotation(session: CorpusSession): vscode.Disposable {
  return vscode.commands.registerCommand(
    REATTACH_COMMAND,
    async (target?: string | AnnotationTarget | AnnotationsTreeNode, range?: vscode.Range): Promise<Annotation | undefined> => {
      const editor = vscode.window.activeTextEditor;
      const given = typeof target === 'string' ? undefined : givenTarget(target);
      const uri = given?.uri ?? editor?.document.uri.toString();
      const inEditor = editor && editor.document.uri.toString() === uri ? editor : undefined;
      const service = inEditor ? session.sync(inEditor.document) : session.service;
      const analysis = uri && service?.analysis(uri);
      if (!service || !uri || !analysis) {
        void vscode.window.showWarningMessage('Corpus Lens: open the article of the annotation and select the text to re-attach it to.');
        return undefined;
      }
      const selected = range ?? inEditor?.selection;
      if (!selected || selected.isEmpty) {
        void vscode.window.showWarningMessage(`Corpus Lens: select the text in ${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))} to re-attach the annotation to.`);
        return undefined;
      }
      const id = typeof target === 'string' ? target : (given?.id ?? (await pickOrphan(analysis.annotations)));
      if (!id) return undefined;
      const { span } = service.targetAt(uri, fromVsRange(selected))!;
      const placed = await reportAnnotationError(() => service.reattachAnnotation(uri, id, span), 'Not re-attached');
      if (placed) vscode.window.setStatusBarMessage(`Corpus Lens: annotation re-attached to “${placed.exact}”`, 3000);
      return placed;
    },
  );
}

/** One of the article's orphans: the only one, or the one the user picks. */
async function pickOrphan(annotations: readonly AnchoredAnnotation[]): Promise<string | undefined> {
  const orphans = annotations.filter((a) => a.status === 'orphaned');
  if (orphans.length === 0) {
    void vscode.window.showInformationMessage('Corpus Lens: this article has no orphaned annotation.');
    return undefined;
  }
  if (orphans.length === 1) return orphans[0].annotation.id;
  const picked = await vscode.window.showQuickPick(
    orphans.map(({ annotation }) => ({
      label: `“${annotation.exact}”`,
      description: annotation.note,
      detail: [annotation.entity ?? annotation.type, annotation.tags?.join(', '), annotation.id].filter(Boolean).join(' · '),
      id: annotation.id,
    })),
    { title: 'Re-attach to the selection', placeHolder: 'Orphaned annotation', matchOnDescription: true },
  );
  return picked?.id;
}
