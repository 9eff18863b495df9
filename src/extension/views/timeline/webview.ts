// The Corpus Timeline's script, run inside the webview (a browser page, not
// the extension host): it sends the user's queries to the host and draws
// the views it gets back. Everything it draws comes from render.ts.

import type { TimelineQuery, TimelineView } from '../../../core/service';
import type { HostMessage, SuggestField, WebviewMessage } from './protocol';
import { renderSuggestions, renderView, type VNode } from './render';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What survives the panel being hidden: the query and the zoom history. */
interface SavedState {
  readonly query: TimelineQuery;
  readonly zooms: readonly { from?: number; to?: number }[];
  readonly entityText: string;
  readonly articleText: string;
}

const vscode = acquireVsCodeApi();
const saved = vscode.getState();
let query: TimelineQuery = saved?.query ?? {};
let zooms = [...(saved?.zooms ?? [])];
let view: TimelineView | undefined;
let focusedBucket = 0;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const inputs: Record<SuggestField, HTMLInputElement> = { entity: $('entity'), article: $('article') };
inputs.entity.value = saved?.entityText ?? '';
inputs.article.value = saved?.articleText ?? '';
const scope = $<HTMLInputElement>('scope');
scope.checked = query.entityScope === 'article';

function create(node: VNode | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(node.vars ?? {})) el.style.setProperty(name, value);
  for (const child of node.children ?? []) el.appendChild(create(child));
  return el;
}

function fill(id: string, nodes: readonly (VNode | string)[]): void {
  $(id).replaceChildren(...nodes.map(create));
}

function ask(next: TimelineQuery): void {
  query = next;
  vscode.setState({ query, zooms, entityText: inputs.entity.value, articleText: inputs.article.value });
  vscode.postMessage({ type: 'query', query });
}

function draw(next: TimelineView): void {
  const hadFocus = document.activeElement?.closest('#axis') ? 'axis' : document.activeElement?.closest('#events') ? 'events' : undefined;
  view = next;
  focusedBucket = Math.min(focusedBucket, Math.max(0, next.buckets.length - 1));
  const regions = renderView(next, focusedBucket);
  fill('summary', regions.summary);
  fill('axis', regions.axis);
  fill('ticks', regions.ticks);
  fill('events', regions.events);
  fill('pager', regions.pager);
  fill('unresolved', regions.unresolved);
  fill('together', regions.together);
  $<HTMLButtonElement>('zoom-out').disabled = zooms.length === 0;
  if (hadFocus === 'axis') focusIn('axis', focusedBucket);
  if (hadFocus === 'events') focusIn('events', 0);
}

function focusIn(container: 'axis' | 'events' | `${SuggestField}-options`, index: number): void {
  const items = [...$(container).querySelectorAll<HTMLElement>(container === 'axis' ? '.bucket' : container === 'events' ? '.event' : 'li')];
  if (items.length === 0) return;
  const i = Math.min(Math.max(0, index), items.length - 1);
  for (const [j, item] of items.entries()) item.tabIndex = j === i ? 0 : -1;
  items[i].focus();
  if (container === 'axis') focusedBucket = i;
}

function zoomTo(index: number): void {
  const bucket = view?.buckets[index];
  if (!bucket || (bucket.from === view?.from && bucket.to === view?.to)) return;
  zooms.push({ from: query.from, to: query.to });
  focusedBucket = 0;
  ask({ ...query, from: bucket.from, to: bucket.to, page: 0 });
}

function zoomOut(): void {
  const previous = zooms.pop();
  if (previous) ask({ ...query, ...previous, page: 0 });
}

function pick(field: SuggestField, id: string, label: string): void {
  inputs[field].value = label;
  closeSuggestions(field);
  zooms = [];
  ask({ ...query, [field]: id, from: undefined, to: undefined, page: 0 });
  inputs[field].focus();
}

function closeSuggestions(field: SuggestField): void {
  $(`${field}-options`).replaceChildren();
  inputs[field].setAttribute('aria-expanded', 'false');
}

document.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
  if (!target || !view) return;
  const data = target.dataset;
  switch (data.action) {
    case 'zoom':
      return zoomTo(Number(data.bucket));
    case 'zoom-out':
      return zoomOut();
    case 'open': {
      const e = view.events[Number(data.event)];
      if (e) vscode.postMessage({ type: 'open', uri: e.uri, range: e.range });
      return;
    }
    case 'page':
      return ask({ ...query, page: Number(data.page) });
    case 'set-published':
      if (data.uri) vscode.postMessage({ type: 'setPublished', uri: data.uri });
      return;
    case 'pick-entity':
    case 'pick-article':
      return pick(data.action === 'pick-entity' ? 'entity' : 'article', data.id ?? '', data.label ?? '');
    case 'clear':
      inputs.entity.value = '';
      inputs.article.value = '';
      zooms = [];
      return ask({ entityScope: query.entityScope });
  }
});

for (const field of ['entity', 'article'] as const) {
  const input = inputs[field];
  input.addEventListener('input', () => {
    if (input.value.trim() === '') {
      closeSuggestions(field);
      zooms = [];
      ask({ ...query, [field]: undefined, from: undefined, to: undefined, page: 0 });
    } else vscode.postMessage({ type: 'suggest', field, text: input.value });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusIn(`${field}-options`, 0);
    } else if (event.key === 'Escape') closeSuggestions(field);
  });
  $(`${field}-options`).addEventListener('keydown', (event) => {
    const items = [...$(`${field}-options`).querySelectorAll<HTMLElement>('li')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (event.key === 'ArrowUp' && at === 0) input.focus();
      else focusIn(`${field}-options`, at + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      (document.activeElement as HTMLElement).click();
    } else if (event.key === 'Escape') {
      closeSuggestions(field);
      input.focus();
    }
  });
}

document.getElementById('filters')!.addEventListener('submit', (event) => event.preventDefault());

scope.addEventListener('change', () => ask({ ...query, entityScope: scope.checked ? 'article' : 'sentence', page: 0 }));

$('axis').addEventListener('keydown', (event) => {
  const n = view?.buckets.length ?? 0;
  const moves: Record<string, number> = { ArrowLeft: focusedBucket - 1, ArrowRight: focusedBucket + 1, Home: 0, End: n - 1, PageUp: focusedBucket - 10, PageDown: focusedBucket + 10 };
  if (event.key in moves) {
    event.preventDefault();
    focusIn('axis', moves[event.key]);
  } else if (event.key === 'Escape' || event.key === 'Backspace') {
    event.preventDefault();
    zoomOut();
  }
});

$('events').addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
  event.preventDefault();
  const items = [...$('events').querySelectorAll<HTMLElement>('.event')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  focusIn('events', next);
});

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message.type === 'view') draw(message.view);
  else if (message.type === 'suggestions') {
    const list = $(`${message.field}-options`);
    list.replaceChildren(...renderSuggestions(message.field, message.items).map(create));
    inputs[message.field].setAttribute('aria-expanded', String(message.items.length > 0));
  }
});

ask(query);
