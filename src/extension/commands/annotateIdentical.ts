// Annotate every identical mention of a text at once, in this article or in
// the whole corpus: the count is shown and confirmed before anything is
// written, and one undo takes the whole change back.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Annotation } from '../../core/model';
import { selectionTarget } from './selectionTarget';
import { askAnnotationFields, toAnnotationFields, type AnnotateAnswers } from './annotateSelection';
import { reportAnnotationError } from './errors';

export interface AnnotateIdenticalOptions {
  /** Skip the prompts (tests, other extensions). */
  readonly answers?: AnnotateAnswers;
  /** Skip the confirmation. */
  readonly confirmed?: boolean;
  readonly range?: vscode.Range;
}

export function registerAnnotateIdentical(session: CorpusSession): vscode.Disposable {
  const run = (scope: 'article' | 'corpus') => async (options: AnnotateIdenticalOptions = {}): Promise<Annotation[] | undefined> => {
    const target = selectionTarget(session, options.range);
    if (!target) return undefined;
    const found = target.service.findIdentical(target.text, scope === 'article' ? [target.uri] : undefined);
    const count = [...found.values()].reduce((n, spans) => n + spans.length, 0);
    if (count === 0) {
      void vscode.window.showInformationMessage(`Corpus Lens: every mention of “${target.text}” is already annotated.`);
      return [];
    }
    if (!options.confirmed) {
      const where = scope === 'article' ? 'this article' : `${found.size} article${found.size === 1 ? '' : 's'}`;
      const go = await vscode.window.showWarningMessage(
        `Annotate ${count} mention${count === 1 ? '' : 's'} of “${target.text}” in ${where}?`,
        { modal: true, detail: 'One undo (Corpus Lens: Undo Last Annotation Change) takes them all back.' },
        'Annotate',
      );
      if (go !== 'Annotate') return undefined;
    }
    const fields = options.answers ?? (await askAnnotationFields(session, target.text, target.mention?.entity ?? undefined, target.mention?.type));
    if (!fields) return undefined;
    const made = await reportAnnotationError(() => target.service.annotateSpans(found, toAnnotationFields(fields)));
    if (made) vscode.window.setStatusBarMessage(`Corpus Lens: ${made.length} annotations added`, 3000);
    return made;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('corpusLens.annotateIdenticalInArticle', run('article')),
    vscode.commands.registerCommand('corpusLens.annotateIdenticalInCorpus', run('corpus')),
  );
}
