// Recognised mentions underlined by entity type, in theme-aware colours the
// user can change (workbench.colorCustomizations: corpusLens.person ...).
// The setting corpusLens.decorations.enabled takes effect at once.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Settings } from '../config';
import { MENTION_KINDS } from '../../core/service';
import { toVsRange } from '../adapters/convert';
import { paintOnChange } from './paintOnChange';

export function registerMentionDecorations(session: CorpusSession, settings: Settings): vscode.Disposable {
  const types = new Map(
    MENTION_KINDS.map((kind) => [
      kind,
      vscode.window.createTextEditorDecorationType({
        borderWidth: '0 0 1px 0',
        borderStyle: kind === 'date' ? 'dotted' : 'solid',
        borderColor: new vscode.ThemeColor(`corpusLens.${kind}`),
      }),
    ]),
  );
  const paint = (editor: vscode.TextEditor) => {
    const decorations = settings.current.decorations ? session.sync(editor.document)?.decorations(editor.document.uri.toString()) : undefined;
    for (const [kind, type] of types) editor.setDecorations(type, (decorations?.mentions.get(kind) ?? []).map(toVsRange));
  };
  return vscode.Disposable.from(
    ...types.values(),
    paintOnChange(session, paint),
    settings.onDidChange((change) => change.decorations && vscode.window.visibleTextEditors.forEach(paint)),
  );
}
