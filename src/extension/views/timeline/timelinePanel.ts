// "Corpus Lens: Show Timeline": one webview panel over the corpus's dates.
// The controller answers the page's messages from the core (queryTimeline
// over the service's timeline data, built once per corpus change) and acts
// on its requests (open an article at a date, set a publication date).

import * as crypto from 'crypto';
import * as vscode from 'vscode';
import type { Range } from '../../../core/model';
import { queryTimeline, suggest, type TimelineData, type TimelineQuery } from '../../../core/service';
import { toVsRange } from '../../adapters/convert';
import type { CorpusSession } from '../../session';
import { timelineHtml } from './html';
import type { HostMessage, WebviewMessage } from './protocol';

const REFRESH_DELAY_MS = 300;

/** Answers the page's messages. Returned by the command, so that tests speak the same protocol. */
export class TimelineController implements vscode.Disposable {
  private data: TimelineData | undefined;
  private last: TimelineQuery = {};
  private refresh: NodeJS.Timeout | undefined;
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly session: CorpusSession,
    private readonly post: (message: HostMessage) => Thenable<boolean>,
  ) {
    // the corpus changed: build the data again, a moment later, and redraw what the page shows
    this.listener = session.onDidChange(() => {
      this.data = undefined;
      clearTimeout(this.refresh);
      this.refresh = setTimeout(() => void this.receive({ type: 'query', query: this.last }), REFRESH_DELAY_MS);
    });
  }

  /** Handles one message of the page; the answer (if any) is posted to the page and returned. */
  async receive(message: WebviewMessage): Promise<HostMessage | undefined> {
    const answer = await this.answer(message);
    if (answer) await this.post(answer);
    return answer;
  }

  dispose(): void {
    clearTimeout(this.refresh);
    this.listener.dispose();
  }

  private async answer(message: WebviewMessage): Promise<HostMessage | undefined> {
    switch (message.type) {
      case 'query':
        this.last = message.query;
        return { type: 'view', view: queryTimeline(this.timeline(), message.query) };
      case 'suggest':
        return { type: 'suggestions', field: message.field, items: suggest(this.timeline(), message.field, message.text) };
      case 'open':
        await this.open(message.uri, message.range);
        return undefined;
      case 'setPublished':
        if (await this.open(message.uri)) await vscode.commands.executeCommand('corpusLens.setPublicationDate');
        return undefined;
    }
  }

  private timeline(): TimelineData {
    this.data ??= this.session.service.timeline();
    return this.data;
  }

  /** Opens an article of the corpus (never any other file the page might name), at a range when given. */
  private async open(uri: string, range?: Range): Promise<boolean> {
    if (!this.session.service.isArticle(uri)) return false;
    const selection = range && toVsRange(range);
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, viewColumn: vscode.ViewColumn.One, preview: true });
    return true;
  }
}

export function registerTimeline(session: CorpusSession, extensionUri: vscode.Uri): vscode.Disposable {
  let open: { panel: vscode.WebviewPanel; controller: TimelineController } | undefined;
  const command = vscode.commands.registerCommand('corpusLens.showTimeline', (): TimelineController => {
    if (open) {
      open.panel.reveal();
      return open.controller;
    }
    const roots = [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
    const panel = vscode.window.createWebviewPanel('corpusLens.timeline', 'Corpus Timeline', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: roots,
    });
    const webview = panel.webview;
    const controller = new TimelineController(session, (m) => webview.postMessage(m));
    webview.html = timelineHtml({
      cspSource: webview.cspSource,
      nonce: crypto.randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(roots[0], 'timeline.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(roots[1], 'timeline.css')).toString(),
    });
    const received = webview.onDidReceiveMessage((m: WebviewMessage) => void controller.receive(m));
    panel.onDidDispose(() => {
      received.dispose();
      controller.dispose();
      open = undefined;
    });
    open = { panel, controller };
    return controller;
  });
  return new vscode.Disposable(() => {
    command.dispose();
    open?.panel.dispose();
  });
}
