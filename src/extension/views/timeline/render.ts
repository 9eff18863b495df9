// What the Corpus Timeline webview shows, as plain node descriptions: no DOM
// here, so that the unit tests count exactly what the webview creates (one
// DOM node per VNode and per string). The webview script applies them.

import type { Suggestion, TimelineView } from '../../../core/service';
import type { SuggestField } from './protocol';

export interface VNode {
  readonly tag: string;
  readonly attrs?: Readonly<Record<string, string>>;
  /** CSS custom properties, set through the CSSOM (the CSP allows no inline style attributes). */
  readonly vars?: Readonly<Record<string, string>>;
  readonly children?: readonly (VNode | string)[];
}

/** The parts of the page that change; the rest is the static skeleton of timelineHtml(). */
export interface Regions {
  readonly summary: readonly (VNode | string)[];
  readonly axis: readonly VNode[];
  readonly ticks: readonly VNode[];
  readonly events: readonly VNode[];
  readonly pager: readonly (VNode | string)[];
  readonly unresolved: readonly (VNode | string)[];
  readonly together: readonly (VNode | string)[];
}

const TICKS = 8;
const LANES = ['day', 'month', 'year'] as const;

const h = (tag: string, attrs?: Record<string, string>, ...children: (VNode | string)[]): VNode => ({ tag, attrs, children });

export function renderView(view: TimelineView, focusedBucket: number): Regions {
  return {
    summary: summary(view),
    axis: axis(view, focusedBucket),
    ticks: ticks(view),
    events: view.events.length === 0 ? [h('li', { class: 'empty' }, 'No dates here: widen the range or clear a filter.')] : view.events.map((e, i) =>
      h(
        'li',
        undefined,
        h(
          'button',
          { class: 'event', 'data-action': 'open', 'data-event': String(i), tabindex: i === 0 ? '0' : '-1' },
          h('span', { class: `when lane-${e.granularity}` }, e.label),
          h('span', { class: 'title' }, e.title),
          h('span', { class: 'sentence' }, e.before, h('mark', undefined, e.text), e.after),
        ),
      ),
    ),
    pager: pager(view),
    unresolved: unresolved(view),
    together: together(view),
  };
}

export function renderSuggestions(field: SuggestField, items: readonly Suggestion[]): VNode[] {
  return items.map((s, i) =>
    h(
      'li',
      { role: 'option', id: `${field}-option-${i}`, 'data-action': `pick-${field}`, 'data-id': s.id, 'data-label': s.label, tabindex: '-1' },
      s.label,
      h('span', { class: 'detail' }, s.detail),
    ),
  );
}

function summary(view: TimelineView): (VNode | string)[] {
  const parts: (VNode | string)[] = [`${view.total} ${view.total === 1 ? 'date' : 'dates'}`];
  if (view.buckets.length > 0) parts.push(` from ${view.buckets[0].label} to ${view.buckets[view.buckets.length - 1].label}`);
  if (view.entity) parts.push(', with ', h('strong', undefined, view.entity.name), view.query.entityScope === 'article' ? ' in the article' : ' in the sentence');
  if (view.article) parts.push(', in ', h('strong', undefined, view.article.title));
  return parts;
}

function axis(view: TimelineView, focused: number): VNode[] {
  const max = Math.max(1, ...view.buckets.map((b) => Math.max(b.day, b.month, b.year)));
  const current = Math.min(Math.max(0, focused), view.buckets.length - 1);
  return view.buckets.map((b, i) => {
    const counts = LANES.filter((lane) => b[lane] > 0).map((lane) => `${b[lane]} by ${lane}`);
    return {
      tag: 'button',
      attrs: {
        class: 'bucket',
        role: 'gridcell',
        'data-action': 'zoom',
        'data-bucket': String(i),
        tabindex: i === current ? '0' : '-1',
        'aria-label': `${b.label}: ${counts.length ? counts.join(', ') : 'no dates'}`,
        title: `${b.label}\n${counts.join('\n') || 'no dates'}`,
      },
      children: LANES.map((lane) => ({
        tag: 'span',
        attrs: { class: `bar lane-${lane}` },
        vars: { '--share': b[lane] === 0 ? '0' : String(Math.max(0.04, b[lane] / max)) },
      })),
    };
  });
}

function ticks(view: TimelineView): VNode[] {
  const n = view.buckets.length;
  if (n === 0) return [];
  const every = Math.max(1, Math.ceil(n / TICKS));
  const out: VNode[] = [];
  for (let i = 0; i < n; i += every) {
    out.push({ tag: 'span', attrs: { class: 'tick' }, vars: { '--at': String(i / n) }, children: [view.buckets[i].label] });
  }
  return out;
}

function pager(view: TimelineView): (VNode | string)[] {
  if (view.pages <= 1) return [];
  const button = (label: string, page: number, enabled: boolean) =>
    h('button', { 'data-action': 'page', 'data-page': String(page), ...(enabled ? {} : { disabled: '' }) }, label);
  return [
    button('Previous', view.page - 1, view.page > 0),
    ` Page ${view.page + 1} of ${view.pages} `,
    button('Next', view.page + 1, view.page + 1 < view.pages),
  ];
}

function together(view: TimelineView): (VNode | string)[] {
  if (!view.entity) return [h('p', undefined, 'Pick an entity to see which others are mentioned in the same articles.')];
  if (view.together.length === 0) return [h('p', undefined, `No other entity is mentioned with ${view.entity.name}.`)];
  return [
    h(
      'ol',
      undefined,
      ...view.together.map((t) =>
        h(
          'li',
          undefined,
          h('button', { 'data-action': 'pick-entity', 'data-id': t.key, 'data-label': t.name }, t.name),
          h('span', { class: 'detail' }, ` in ${t.articles} ${t.articles === 1 ? 'article' : 'articles'}`),
        ),
      ),
    ),
  ];
}

function unresolved(view: TimelineView): (VNode | string)[] {
  const { total, articles, more } = view.unresolved;
  if (total === 0) return [h('p', undefined, 'Every date found has a known year.')];
  const list = h(
    'ul',
    undefined,
    ...articles.map((a) =>
      h(
        'li',
        undefined,
        h('span', { class: 'title' }, a.title),
        h('span', { class: 'detail' }, ` ${a.count} ${a.count === 1 ? 'date' : 'dates'}: ${a.examples.map((e) => `${e.text} (${e.value})`).join(', ')}`),
        h('button', { 'data-action': 'set-published', 'data-uri': a.uri }, a.published ? `Publication date ${a.published}…` : 'Set Publication Date…'),
      ),
    ),
  );
  const intro = `${total} ${total === 1 ? 'date' : 'dates'} of an unknown year, in articles without a publication date to resolve them against`;
  return [h('p', undefined, intro + (more > 0 ? ` (${more} more articles not listed).` : '.')), list];
}

/** DOM nodes (elements and text) that these nodes become. */
export function nodeCount(nodes: readonly (VNode | string)[]): number {
  let n = 0;
  for (const node of nodes) n += typeof node === 'string' ? 1 : 1 + nodeCount(node.children ?? []);
  return n;
}
