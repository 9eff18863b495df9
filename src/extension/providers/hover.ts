import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { hoverMarkdown } from '../../core/service';
import { fromVsPosition, toVsRange } from '../adapters/convert';

/** The card's Markdown comes from the core; it is shown untrusted (no command links, no HTML), with theme icons. */
export function registerHoverSupport(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const info = session.sync(document)?.hover(document.uri.toString(), fromVsPosition(position));
      if (!info) return undefined;
      const markdown = new vscode.MarkdownString(hoverMarkdown(info, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri))), true);
      markdown.isTrusted = false;
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, toVsRange(info.range));
    },
  });
}
