import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { HOVER_COMMANDS, hoverMarkdown } from '../../core/service';
import { fromVsPosition, toVsRange } from '../adapters/convert';

/**
 * The card's Markdown comes from the core; it is shown with theme icons, no
 * HTML, and only the card's own commands enabled (the core escapes
 * everything from the corpus, so no other link can reach a command).
 */
export function registerHoverSupport(selector: vscode.DocumentSelector, session: CorpusSession): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const info = session.sync(document)?.hover(document.uri.toString(), fromVsPosition(position));
      if (!info) return undefined;
      const markdown = new vscode.MarkdownString(hoverMarkdown(info, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri))), true);
      markdown.isTrusted = { enabledCommands: Object.values(HOVER_COMMANDS) };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, toVsRange(info.range));
    },
  });
}
