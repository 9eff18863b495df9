// Recognised mentions underlined by entity type, in theme-aware colours the
// user can change (workbench.colorCustomizations: corpusLens.person ...),
// as the legend on the status-bar item shows them.
// The setting corpusLens.decorations.enabled takes effect at once.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { Settings } from '../config';
import { MENTION_LEGEND } from '../../core/service';
import { toVsRange } from '../adapters/convert';
import { paintOnChange } from './paintOnChange';

export interface MentionDecorations extends vscode.Disposable {
  /** How many mentions are underlined in the visible editor of this article, for tests (VS Code cannot read decorations back). */
  underlined(uri: string): number | undefined;
}

export function registerMentionDecorations(session: CorpusSession, settings: Settings): MentionDecorations {
  const underlined = new Map<string, number>();
  const types = new Map(
    MENTION_LEGEND.map((entry) => [
      entry.kind,
      vscode.window.createTextEditorDecorationType({
        borderWidth: '0 0 1px 0',
        borderStyle: entry.underline,
        borderColor: new vscode.ThemeColor(entry.colorId),
      }),
    ]),
  );
  const paint = (editor: vscode.TextEditor) => {
    const decorations = settings.current.decorations ? session.sync(editor.document)?.decorations(editor.document.uri.toString()) : undefined;
    let count = 0;
    for (const [kind, type] of types) {
      const ranges = decorations?.mentions.get(kind) ?? [];
      editor.setDecorations(type, ranges.map(toVsRange));
      count += ranges.length;
    }
    underlined.set(editor.document.uri.toString(), count);
  };
  const disposable = vscode.Disposable.from(
    ...types.values(),
    paintOnChange(session, paint),
    settings.onDidChange((change) => change.decorations && vscode.window.visibleTextEditors.forEach(paint)),
  );
  return { dispose: () => disposable.dispose(), underlined: (uri) => underlined.get(uri) };
}
