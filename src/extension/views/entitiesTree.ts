// The "Entities" view: the corpus's entities by type, with how many mentions
// in how many articles; a click opens the first mention, and names the
// catalog lacks can be added to it from here.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { EntityType } from '../../core/model';
import { TYPE_NAMES_PLURAL, type EntitySummary } from '../../core/service';
import { toVsLocation } from '../adapters/convert';

const TYPES: readonly { type: EntityType; label: string; icon: string }[] = [
  { type: 'person', label: TYPE_NAMES_PLURAL.person, icon: 'person' },
  { type: 'organization', label: TYPE_NAMES_PLURAL.organization, icon: 'organization' },
  { type: 'location', label: TYPE_NAMES_PLURAL.location, icon: 'location' },
  { type: 'other', label: TYPE_NAMES_PLURAL.other, icon: 'symbol-misc' },
];

export type EntitiesTreeNode = { readonly kind: 'type'; readonly type: EntityType } | { readonly kind: 'entity'; readonly summary: EntitySummary };

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private summaries: EntitySummary[] | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly session: CorpusSession) {
    // summaries are computed lazily, once per change, only while someone looks
    this.subscription = session.onDidChange(() => {
      this.summaries = undefined;
      this.changed.fire();
    });
  }

  getChildren(node?: EntitiesTreeNode): EntitiesTreeNode[] {
    this.summaries ??= this.session.service.entities();
    if (!node) return TYPES.filter((t) => this.summaries!.some((s) => s.type === t.type)).map((t) => ({ kind: 'type', type: t.type }));
    if (node.kind === 'entity') return [];
    return this.summaries.filter((s) => s.type === node.type).map((summary) => ({ kind: 'entity', summary }));
  }

  getTreeItem(node: EntitiesTreeNode): vscode.TreeItem {
    if (node.kind === 'type') {
      const info = TYPES.find((t) => t.type === node.type)!;
      const item = new vscode.TreeItem(info.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String((this.summaries ?? []).filter((s) => s.type === node.type).length);
      item.iconPath = new vscode.ThemeIcon(info.icon);
      return item;
    }
    const { summary } = node;
    const item = new vscode.TreeItem(summary.name);
    item.id = summary.key;
    item.description = `${summary.mentions} in ${summary.documents}${summary.entity ? '' : ' · not in catalog'}`;
    item.tooltip = `${summary.spellings.join(', ')}\n${summary.mentions} mentions in ${summary.documents} articles`;
    item.contextValue = summary.entity ? 'catalogEntity' : 'candidate';
    const first = toVsLocation(summary.first);
    item.command = { title: 'Open', command: 'vscode.open', arguments: [first.uri, { selection: first.range }] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function registerEntitiesTree(provider: EntitiesTreeProvider): vscode.Disposable {
  return vscode.window.createTreeView('corpusLens.entities', { treeDataProvider: provider, showCollapseAll: true });
}
