// The "Annotations" view: articles with annotations, then their annotations
// in text order; orphaned ones are flagged. A click reveals the range.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { AnchoredAnnotation } from '../../core/model';
import { TYPE_NAMES } from '../../core/service';
import { toVsRange } from '../adapters/convert';

export type AnnotationsTreeNode =
  | { readonly kind: 'article'; readonly uri: string }
  | { readonly kind: 'annotation'; readonly uri: string; readonly anchored: AnchoredAnnotation };

export class AnnotationsTreeProvider implements vscode.TreeDataProvider<AnnotationsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** Articles shown with annotations: a change to an article that had none and has none leaves the view alone. */
  private shown = new Set<string>();

  constructor(private readonly session: CorpusSession) {
    this.subscription = session.onDidChange((change) => {
      const service = this.session.service;
      const matters = change.all || change.articles.some((uri) => this.shown.has(uri) || (service.analysis(uri)?.annotations.length ?? 0) > 0);
      if (matters) this.changed.fire();
    });
  }

  getChildren(node?: AnnotationsTreeNode): AnnotationsTreeNode[] {
    const service = this.session.service;
    if (!node) {
      const annotated = service.articles().filter((uri) => (service.analysis(uri)?.annotations.length ?? 0) > 0);
      this.shown = new Set(annotated);
      return annotated.map((uri) => ({ kind: 'article', uri }));
    }
    if (node.kind === 'annotation') return [];
    return (service.analysis(node.uri)?.annotations ?? []).map((anchored) => ({ kind: 'annotation', uri: node.uri, anchored }));
  }

  getTreeItem(node: AnnotationsTreeNode): vscode.TreeItem {
    const analysis = this.session.service.analysis(node.uri);
    if (node.kind === 'article') {
      const annotations = analysis?.annotations ?? [];
      const orphans = annotations.filter((a) => a.status === 'orphaned').length;
      const item = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${annotations.length}${orphans ? ` · ${orphans} orphaned` : ''}`;
      item.contextValue = 'article';
      return item;
    }
    const { annotation, span, status } = node.anchored;
    const item = new vscode.TreeItem(describeAnnotation(node.anchored));
    item.id = `${node.uri}#${annotation.id}`;
    item.description = annotation.note;
    item.tooltip = new vscode.MarkdownString().appendText(
      `${annotation.exact}\n${annotation.note ?? ''}${status === 'orphaned' ? '\nOrphaned: its text is no longer in the article.' : ''}`,
    );
    item.iconPath = new vscode.ThemeIcon(status === 'orphaned' ? 'warning' : 'note');
    item.contextValue = status === 'orphaned' ? 'orphanedAnnotation' : 'annotation';
    if (span && analysis) {
      item.command = {
        title: 'Reveal',
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(node.uri), { selection: toVsRange(analysis.text.rangeOf(span)) }],
      };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function registerAnnotationsTree(provider: AnnotationsTreeProvider): vscode.Disposable {
  return vscode.window.createTreeView('corpusLens.annotations', { treeDataProvider: provider, showCollapseAll: true });
}

/** How an annotation is named in the view and in pickers. */
export function describeAnnotation(a: AnchoredAnnotation): string {
  const what = a.annotation.entity ?? (a.annotation.type ? TYPE_NAMES[a.annotation.type] : 'note');
  return `“${a.annotation.exact}” · ${what}${a.status === 'orphaned' ? ' · orphaned' : ''}`;
}
