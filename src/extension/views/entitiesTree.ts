// The "Entities" view: the corpus's entities by type, with how many mentions
// in how many articles; names the catalog lacks with their variant spellings
// as children; a filter and a sort (by count or by name, kept for the
// workspace) from the title bar. A click opens the first mention, and names
// the catalog lacks can be added to it from here.

import * as vscode from 'vscode';
import type { CorpusSession } from '../session';
import type { EntityType } from '../../core/model';
import { countsLabel, TYPE_NAMES_PLURAL, type EntityGroup, type EntitySort, type EntitySummary } from '../../core/service';
import { toVsLocation } from '../adapters/convert';

const TYPES: readonly { type: EntityType; label: string; icon: string }[] = [
  { type: 'person', label: TYPE_NAMES_PLURAL.person, icon: 'person' },
  { type: 'organization', label: TYPE_NAMES_PLURAL.organization, icon: 'organization' },
  { type: 'location', label: TYPE_NAMES_PLURAL.location, icon: 'location' },
  { type: 'other', label: TYPE_NAMES_PLURAL.other, icon: 'symbol-misc' },
];

/**
 * A type heading, an entity (a catalog entity, or a name the catalog lacks
 * with its variants), or one variant spelling under it. Commands on an
 * entity row read `summary`: its key, name and catalog id.
 */
export type EntitiesTreeNode =
  | { readonly kind: 'type'; readonly type: EntityType }
  | { readonly kind: 'entity'; readonly summary: EntitySummary; readonly group?: EntityGroup };

const SORT_KEY = 'corpusLens.entitiesSort';

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: EntityGroup[] | undefined;
  private filterText: string | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly session: CorpusSession,
    private readonly state: vscode.Memento,
  ) {
    // groups are computed lazily, once per change, only while someone looks
    this.subscription = session.onDidChange(() => this.refresh());
  }

  /** The text the rows are filtered by, undefined when all are shown. */
  get filter(): string | undefined {
    return this.filterText;
  }

  get sort(): EntitySort {
    return this.state.get<EntitySort>(SORT_KEY) ?? 'count';
  }

  /** What the view's title bar says beside its name: the active filter. */
  get description(): string | undefined {
    return this.filterText === undefined ? undefined : `filter: ${this.filterText}`;
  }

  /** Shown above the rows: why there are none. */
  get message(): string | undefined {
    return this.filterText !== undefined && this.rows().length === 0 ? `No entity matches “${this.filterText}”.` : undefined;
  }

  setFilter(text: string | undefined): void {
    this.filterText = text?.trim() || undefined;
    this.refresh();
  }

  async setSort(sort: EntitySort): Promise<void> {
    await this.state.update(SORT_KEY, sort);
    this.refresh();
  }

  getChildren(node?: EntitiesTreeNode): EntitiesTreeNode[] {
    const rows = this.rows();
    if (!node) return TYPES.filter((t) => rows.some((g) => g.type === t.type)).map((t) => ({ kind: 'type', type: t.type }));
    if (node.kind === 'type') return rows.filter((g) => g.type === node.type).map((group) => ({ kind: 'entity', summary: group, group }));
    if (node.group && node.group.variants.length > 0) return node.group.variants.map((summary) => ({ kind: 'entity', summary }));
    return [];
  }

  getTreeItem(node: EntitiesTreeNode): vscode.TreeItem {
    if (node.kind === 'type') {
      const info = TYPES.find((t) => t.type === node.type)!;
      // filtered, the headings open (a new id, so that VS Code does not keep them closed)
      const item = new vscode.TreeItem(info.label, this.filterText ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = this.filterText ? `${node.type}?${this.filterText}` : node.type;
      item.description = String(this.rows().filter((g) => g.type === node.type).length);
      item.iconPath = new vscode.ThemeIcon(info.icon);
      return item;
    }
    const { summary, group } = node;
    const variants = group?.variants.length ?? 0;
    const item = new vscode.TreeItem(summary.name, variants ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = group ? summary.key : `variant:${summary.key}`;
    item.description = group?.description ?? countsLabel(summary);
    item.tooltip = `${summary.spellings.join(', ')}\n${countsLabel(summary)}${summary.entity ? `\nCatalog id: ${summary.entity}` : ''}`;
    item.contextValue = summary.entity ? 'catalogEntity' : group ? 'candidate' : 'variant';
    const first = toVsLocation(summary.first);
    item.command = { title: 'Open', command: 'vscode.open', arguments: [first.uri, { selection: first.range }] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private rows(): EntityGroup[] {
    return (this.groups ??= this.session.service.entityGroups({ filter: this.filterText, sort: this.sort }));
  }

  private refresh(): void {
    this.groups = undefined;
    this.changed.fire();
  }
}

/** The view, its filter and sort commands, and the context keys that choose their title-bar buttons. */
export function registerEntitiesTree(provider: EntitiesTreeProvider): vscode.Disposable {
  const view = vscode.window.createTreeView('corpusLens.entities', { treeDataProvider: provider, showCollapseAll: true });
  const showState = () => {
    view.description = provider.description;
    view.message = provider.message;
    void vscode.commands.executeCommand('setContext', 'corpusLens.entitiesFiltered', provider.filter !== undefined);
    void vscode.commands.executeCommand('setContext', 'corpusLens.entitiesSort', provider.sort);
  };
  showState();
  return vscode.Disposable.from(
    view,
    provider.onDidChangeTreeData(showState),
    vscode.commands.registerCommand('corpusLens.filterEntities', async (text?: string) => {
      const filter = text ?? (await askFilter(provider.filter));
      if (filter === undefined) return;
      provider.setFilter(filter);
      // from the palette, the view may be closed: show what was filtered
      if (!view.visible) await vscode.commands.executeCommand('corpusLens.entities.focus');
    }),
    vscode.commands.registerCommand('corpusLens.clearEntityFilter', () => provider.setFilter(undefined)),
    vscode.commands.registerCommand('corpusLens.sortEntitiesByName', () => provider.setSort('name')),
    vscode.commands.registerCommand('corpusLens.sortEntitiesByCount', () => provider.setSort('count')),
  );
}

function askFilter(current: string | undefined): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Filter Entities',
    prompt: 'Entities one of whose names or aliases contains this text (empty: all)',
    value: current,
    placeHolder: 'e.g. Kiev',
  });
}
