import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { fromVsPosition, toVsRange } from '../adapters/convert';
import { renderHover } from './hoverMarkdown';

export function registerHoverSupport(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const info = session.sync(document)?.hover(document.uri.toString(), fromVsPosition(position));
      return info && new vscode.Hover(renderHover(info, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri))), toVsRange(info.range));
    },
  });
}
