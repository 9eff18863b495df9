// The status-bar item: articles in the corpus, problems to look at, and,
// when entities.yaml does not parse, that the catalog in use is the last
// version that did (or none). A click shows Problems; its tooltip ends with
// the legend of the editor's colours.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import { legendMarkdown } from '../../core/service';

/** What the item shows, for tests (the item itself is not readable through VS Code's API). */
export interface StatusBarState {
  readonly text: string;
  readonly tooltip: string;
  /** Shown on the warning background: the catalog in use is not the file's. */
  readonly warning: boolean;
}

export class CorpusStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusLens.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;
  private current: StatusBarState = { text: '', tooltip: '', warning: false };

  constructor(private readonly session: CorpusSession) {
    this.item.name = 'Corpus Lens';
    this.item.command = 'workbench.actions.view.problems';
    // shown at the first change: when the corpus starts
    this.subscription = session.onDidChange(() => this.update());
  }

  get state(): StatusBarState {
    return this.current;
  }

  private update(): void {
    const service = this.session.service;
    this.current = describe(service.articles().length, service.problems().length, service.catalogHealth(), this.session.config.catalog);
    this.item.text = this.current.text;
    this.item.tooltip = withLegend(this.current.tooltip);
    this.item.backgroundColor = this.current.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

/** The tooltip's text as it is (no Markdown of its own), then the legend, whose coloured spans need HTML. */
function withLegend(tooltip: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString().appendText(tooltip).appendMarkdown(`\n\n---\n\n${legendMarkdown()}`);
  markdown.supportHtml = true;
  return markdown;
}

function describe(articles: number, problems: number, health: 'ok' | 'none' | 'lastGood' | 'unparsed', catalog: string): StatusBarState {
  const counted = `${articles} article${articles === 1 ? '' : 's'}`;
  const problemsText = `${problems} problem${problems === 1 ? '' : 's'}`;
  if (health === 'lastGood' || health === 'unparsed') {
    const inUse =
      health === 'lastGood'
        ? 'the last version of it that did is in use'
        : 'no earlier version of it was read in this session, so no catalog is in use';
    return {
      text: `$(library) ${counted} $(warning) catalog: ${health === 'lastGood' ? 'last good version' : 'not parsed'} · ${problemsText}`,
      tooltip: `Corpus Lens: ${catalog} does not parse (or cannot be read); ${inUse}. Corpus Lens will not write to it until it is fixed. ${counted} indexed, ${problemsText} (click to show).`,
      warning: true,
    };
  }
  return {
    text: `$(library) ${counted}${problems ? ` $(warning) ${problems}` : ''}`,
    tooltip: `Corpus Lens: ${counted} indexed${problems ? `, ${problemsText} (click to show)` : ''}`,
    warning: false,
  };
}
