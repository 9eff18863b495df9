// The "Annotations" view: articles with annotations, then their annotations
// in text order; orphaned ones are flagged. A click reveals the range.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { AnchoredAnnotation } from '../../core/model';
import { describeAnnotation } from '../commands/annotationTarget';
import { toVsRange } from '../adapters/convert';

type Node = { kind: 'article'; uri: string } | { kind: 'annotation'; uri: string; anchored: AnchoredAnnotation };

export function registerAnnotationsTree(session: CorpusSession): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      const service = session.service;
      if (!node) {
        return service
          .articles()
          .filter((uri) => (service.analysis(uri)?.annotations.length ?? 0) > 0)
          .map((uri): Node => ({ kind: 'article', uri }));
      }
      if (node.kind === 'annotation') return [];
      return (service.analysis(node.uri)?.annotations ?? []).map((anchored): Node => ({ kind: 'annotation', uri: node.uri, anchored }));
    },
    getTreeItem(node) {
      const service = session.service;
      if (node.kind === 'article') {
        const annotations = service.analysis(node.uri)?.annotations ?? [];
        const orphans = annotations.filter((a) => a.status === 'orphaned').length;
        const item = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${annotations.length}${orphans ? ` · ${orphans} orphaned` : ''}`;
        item.contextValue = 'article';
        return item;
      }
      const { annotation, span, status } = node.anchored;
      const item = new vscode.TreeItem(describeAnnotation(node.anchored));
      item.description = annotation.note;
      item.tooltip = new vscode.MarkdownString().appendText(
        `${annotation.exact}\n${annotation.note ?? ''}${status === 'orphaned' ? '\nOrphaned: its text is no longer in the article.' : ''}`,
      );
      item.iconPath = new vscode.ThemeIcon(status === 'orphaned' ? 'warning' : 'note');
      item.contextValue = status === 'orphaned' ? 'orphanedAnnotation' : 'annotation';
      const analysis = service.analysis(node.uri);
      if (span && analysis) {
        item.command = {
          title: 'Reveal',
          command: 'vscode.open',
          arguments: [vscode.Uri.parse(node.uri), { selection: toVsRange(analysis.text.rangeOf(span)) }],
        };
      }
      return item;
    },
  };
  const view = vscode.window.createTreeView('corpusLens.annotations', { treeDataProvider: provider, showCollapseAll: true });
  return vscode.Disposable.from(view, changed, session.onDidChange(() => changed.fire()));
}

/** The tree's top level and children as plain labels, for tests. */
export type AnnotationsTreeNode = Node;
