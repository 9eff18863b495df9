// Recognised mentions underlined by entity type, in theme-aware colours the
// user can change (workbench.colorCustomizations: corpusLens.person ...).

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Settings } from '../config';
import type { EntityType } from '../../core/model';
import { toVsRange } from '../adapters/convert';
import { paintOnChange } from './paintOnChange';

const KINDS: readonly (EntityType | 'date')[] = ['person', 'organization', 'location', 'other', 'date'];

export function registerMentionDecorations(session: CorpusSession, settings: Settings): vscode.Disposable {
  const types = new Map(
    KINDS.map((kind) => [
      kind,
      vscode.window.createTextEditorDecorationType({
        borderWidth: '0 0 1px 0',
        borderStyle: kind === 'date' ? 'dotted' : 'solid',
        borderColor: new vscode.ThemeColor(`corpusLens.${kind}`),
      }),
    ]),
  );
  const paint = (editor: vscode.TextEditor) => {
    const analysis = settings.current.decorations ? session.sync(editor.document)?.analysis(editor.document.uri.toString()) : undefined;
    for (const [kind, type] of types) {
      const spans = !analysis ? [] : kind === 'date' ? analysis.dates : analysis.entities.filter((m) => m.type === kind);
      editor.setDecorations(type, spans.map((span) => toVsRange(analysis!.text.rangeOf(span))));
    }
  };
  return vscode.Disposable.from(
    ...types.values(),
    paintOnChange(session, paint),
    // the setting takes effect at once, without a restart
    settings.onDidChange((change) => change.decorations && vscode.window.visibleTextEditors.forEach(paint)),
  );
}
