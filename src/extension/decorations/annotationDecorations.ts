// Annotated ranges get a soft background so the reader sees what is done.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { ANNOTATION_BACKGROUND } from '../../core/service';
import { toVsRange } from '../adapters/convert';
import { paintOnChange } from './paintOnChange';

export function registerAnnotationDecorations(session: CorpusSession): vscode.Disposable {
  const type = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(ANNOTATION_BACKGROUND),
    overviewRulerColor: new vscode.ThemeColor(ANNOTATION_BACKGROUND),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  const paint = (editor: vscode.TextEditor) => {
    const decorations = session.sync(editor.document)?.decorations(editor.document.uri.toString());
    editor.setDecorations(type, (decorations?.annotations ?? []).map(toVsRange));
  };
  return vscode.Disposable.from(type, paintOnChange(session, paint));
}
