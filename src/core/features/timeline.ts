// The Corpus Timeline's data: every resolved date mention of the corpus on a
// time axis, unresolved ones (unknown year) apart, filterable by entity and
// article. A view is aggregated (at most MAX_BUCKETS columns, a page of
// events, a page of articles with unresolved dates) so that what a client
// draws stays small whatever the corpus size.

import type { DateMention, EntityMention, EntityType, Range, Span } from '../model';
import { uriFileName } from '../ports';
import type { TextMap } from '../text/offsets';
import { fromDays, toDays } from '../recognize/dates/calendar';
import { sentenceAround, sentenceBounds } from './sentences';
import { formatDayLabel, monthLabel, placeValue, type DateInterval, type Granularity } from './timelineValues';

export const MAX_BUCKETS = 120;
export const EVENTS_PER_PAGE = 50;
export const UNRESOLVED_ARTICLES_SHOWN = 20;
const EXAMPLES_PER_ARTICLE = 3;
const SUGGESTIONS = 20;
export const TOGETHER_SHOWN = 15;

/** One analysed article, as the index holds it. */
export interface TimelineSource {
  readonly uri: string;
  readonly text: TextMap;
  readonly published?: { readonly value: string };
  readonly dates: readonly DateMention[];
  readonly entities: readonly EntityMention[];
}

/** An entity of the corpus, for filter labels and suggestions. */
export interface TimelineEntity {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly spellings: readonly string[];
  readonly mentions: number;
}

interface Article {
  readonly uri: string;
  readonly title: string;
  readonly published?: string;
  readonly text: TextMap;
  readonly entityKeys: ReadonlySet<string>;
}

interface PlacedDate {
  readonly article: number;
  readonly mention: DateMention;
}

interface TimelineEvent extends PlacedDate {
  readonly interval: DateInterval;
  /** Keys of the entities mentioned in the same sentence. */
  readonly entities: readonly string[];
}

/** Built once per corpus state; queried for each view. */
export interface TimelineData {
  readonly articles: readonly Article[];
  /** Sorted by first day, then article, then position. */
  readonly events: readonly TimelineEvent[];
  readonly unresolved: readonly PlacedDate[];
  readonly entities: ReadonlyMap<string, TimelineEntity>;
}

export interface TimelineQuery {
  /** An entity key: only dates in a sentence that mentions it (or, with scope `article`, in an article that does). */
  readonly entity?: string;
  readonly entityScope?: 'sentence' | 'article';
  readonly article?: string;
  /** The days shown (days since 1970-01-01, inclusive); the whole extent of the events when absent. */
  readonly from?: number;
  readonly to?: number;
  /** 0-based page of the event list. */
  readonly page?: number;
}

export interface TimelineBucket {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  /** Events of each lane whose interval overlaps this bucket. */
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

export interface TimelineEventView {
  readonly uri: string;
  readonly title: string;
  /** The words of the date mention, and the sentence either side of them. */
  readonly text: string;
  readonly before: string;
  readonly after: string;
  readonly value: string;
  readonly label: string;
  readonly granularity: Granularity;
  readonly from: number;
  readonly to: number;
  /** Where to open the article (UTF-16, as editors count). */
  readonly range: Range;
}

export interface UnresolvedArticleView {
  readonly uri: string;
  readonly title: string;
  readonly published?: string;
  readonly count: number;
  readonly examples: readonly { readonly text: string; readonly value: string; readonly range: Range }[];
}

export interface TimelineView {
  readonly query: TimelineQuery;
  readonly entity?: { readonly key: string; readonly name: string; readonly type: EntityType };
  readonly article?: { readonly uri: string; readonly title: string };
  /** Events that pass the filters and overlap the days shown. */
  readonly total: number;
  readonly from?: number;
  readonly to?: number;
  readonly unit: 'day' | 'month' | 'year';
  /** Years per bucket when the unit is `year` (1 otherwise). */
  readonly step: number;
  readonly buckets: readonly TimelineBucket[];
  readonly events: readonly TimelineEventView[];
  readonly page: number;
  readonly pages: number;
  readonly unresolved: {
    readonly total: number;
    readonly articles: readonly UnresolvedArticleView[];
    /** Articles with unresolved dates not listed. */
    readonly more: number;
  };
  /** With an entity filter: the entities found most often in the same articles (co-occurrence), by article count. */
  readonly together: readonly { readonly key: string; readonly name: string; readonly type: EntityType; readonly articles: number }[];
}

export interface Suggestion {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
}

export function buildTimeline(sources: Iterable<TimelineSource>, entities: Iterable<TimelineEntity>): TimelineData {
  const articles: Article[] = [];
  const events: TimelineEvent[] = [];
  const unresolved: PlacedDate[] = [];
  for (const source of sources) {
    const article = articles.length;
    articles.push({
      uri: source.uri,
      title: titleOf(source),
      published: source.published?.value,
      text: source.text,
      entityKeys: new Set(source.entities.map((m) => m.key)),
    });
    for (const mention of source.dates) {
      if (mention.type !== 'date' && mention.type !== 'time') continue;
      const placed = placeValue(mention.value);
      if (placed === 'unresolved') unresolved.push({ article, mention });
      else if (placed) events.push({ article, mention, interval: placed, entities: entitiesInSentence(source, mention) });
    }
  }
  events.sort((a, b) => a.interval.from - b.interval.from || a.article - b.article || a.mention.start - b.mention.start);
  return { articles, events, unresolved, entities: new Map([...entities].map((e) => [e.key, e])) };
}

export function queryTimeline(data: TimelineData, query: TimelineQuery): TimelineView {
  const passes = filterOf(data, query);
  const matching = data.events.filter(passes);
  const from = query.from ?? matching[0]?.interval.from;
  const to = query.to ?? matching.reduce((last, e) => Math.max(last, e.interval.to), -Infinity);
  const inRange = from === undefined ? [] : matching.filter((e) => e.interval.to >= from && e.interval.from <= to);
  const axis = from === undefined ? { unit: 'day' as const, step: 1, starts: [] } : axisOf(from, to);
  const pages = Math.max(1, Math.ceil(inRange.length / EVENTS_PER_PAGE));
  const page = Math.min(Math.max(0, query.page ?? 0), pages - 1);
  const entity = query.entity === undefined ? undefined : data.entities.get(query.entity);
  const article = data.articles.find((a) => a.uri === query.article);
  return {
    query,
    entity: entity && { key: entity.key, name: entity.name, type: entity.type },
    article: article && { uri: article.uri, title: article.title },
    total: inRange.length,
    from,
    to: from === undefined ? undefined : to,
    unit: axis.unit,
    step: axis.step,
    buckets: bucketsOf(axis, to, inRange),
    events: inRange.slice(page * EVENTS_PER_PAGE, (page + 1) * EVENTS_PER_PAGE).map((e) => eventView(data, e)),
    page,
    pages,
    unresolved: unresolvedView(data, data.unresolved.filter(passes)),
    together: query.entity === undefined ? [] : together(data, query.entity),
  };
}

/** Entities (by name or spelling) or articles (by title or file name) matching what the user typed, best first. */
export function suggest(data: TimelineData, field: 'entity' | 'article', typed: string): Suggestion[] {
  const needle = typed.trim().toLowerCase();
  if (field === 'entity') {
    return [...data.entities.values()]
      .filter((e) => e.name.toLowerCase().includes(needle) || e.spellings.some((s) => s.toLowerCase().includes(needle)))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
      .slice(0, SUGGESTIONS)
      .map((e) => ({ id: e.key, label: e.name, detail: `${e.mentions} mentions` }));
  }
  return data.articles
    .filter((a) => a.title.toLowerCase().includes(needle) || uriFileName(a.uri).toLowerCase().includes(needle))
    .slice(0, SUGGESTIONS)
    .map((a) => ({ id: a.uri, label: a.title, detail: uriFileName(a.uri) }));
}

function filterOf(data: TimelineData, query: TimelineQuery): (d: PlacedDate & { entities?: readonly string[] }) => boolean {
  const { entity, article } = query;
  const byArticle = article === undefined ? undefined : (d: PlacedDate) => data.articles[d.article].uri === article;
  let byEntity: ((d: PlacedDate & { entities?: readonly string[] }) => boolean) | undefined;
  if (entity !== undefined) {
    byEntity =
      query.entityScope === 'article'
        ? (d) => data.articles[d.article].entityKeys.has(entity)
        : // an unresolved date has no sentence entities recorded: it is matched by its article
          (d) => (d.entities ? d.entities.includes(entity) : data.articles[d.article].entityKeys.has(entity));
  }
  return (d) => (!byArticle || byArticle(d)) && (!byEntity || byEntity(d));
}

interface Axis {
  readonly unit: 'day' | 'month' | 'year';
  readonly step: number;
  /** First day of each bucket. */
  readonly starts: readonly number[];
}

/** The coarsest unit that still gives more than a handful of columns, and never more than MAX_BUCKETS. */
function axisOf(from: number, to: number): Axis {
  if (to - from + 1 <= MAX_BUCKETS) return { unit: 'day', step: 1, starts: range(from, to, (d) => d) };
  const first = fromDays(from);
  const last = fromDays(to);
  const months = (last.y - first.y) * 12 + last.m - first.m + 1;
  if (months <= MAX_BUCKETS) {
    return { unit: 'month', step: 1, starts: range(0, months - 1, (i) => dayOf(first.y, first.m + i)) };
  }
  const step = Math.ceil((last.y - first.y + 1) / MAX_BUCKETS);
  const startYear = first.y - (((first.y % step) + step) % step);
  const count = Math.floor((last.y - startYear) / step) + 1;
  return { unit: 'year', step, starts: range(0, count - 1, (i) => dayOf(startYear + i * step, 1)) };
}

function bucketsOf(axis: Axis, to: number, events: readonly TimelineEvent[]): TimelineBucket[] {
  const n = axis.starts.length;
  const lanes = { day: new Int32Array(n + 1), month: new Int32Array(n + 1), year: new Int32Array(n + 1) };
  // difference arrays: an event adds one to every bucket its interval overlaps
  for (const e of events) {
    const first = Math.max(0, bucketOf(axis.starts, e.interval.from));
    const last = bucketOf(axis.starts, e.interval.to);
    if (last < first) continue;
    lanes[e.interval.granularity][first]++;
    lanes[e.interval.granularity][last + 1]--;
  }
  const sums = { day: 0, month: 0, year: 0 };
  return axis.starts.map((start, i) => {
    sums.day += lanes.day[i];
    sums.month += lanes.month[i];
    sums.year += lanes.year[i];
    const end = i + 1 < n ? axis.starts[i + 1] - 1 : to;
    return { from: start, to: end, label: bucketLabel(axis, start), ...sums };
  });
}

/** Index of the bucket holding `day` (-1 before the first). */
function bucketOf(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function bucketLabel(axis: Axis, start: number): string {
  const d = fromDays(start);
  if (axis.unit === 'day') return formatDayLabel(d);
  if (axis.unit === 'month') return monthLabel(d.y, d.m);
  return axis.step === 1 ? String(d.y) : `${d.y}–${d.y + axis.step - 1}`;
}

function eventView(data: TimelineData, e: TimelineEvent): TimelineEventView {
  const article = data.articles[e.article];
  const sentence = sentenceAround(article.text, e.mention);
  return {
    uri: article.uri,
    title: article.title,
    text: e.mention.text,
    before: sentence.before,
    after: sentence.after,
    value: e.mention.value,
    label: e.interval.label,
    granularity: e.interval.granularity,
    from: e.interval.from,
    to: e.interval.to,
    range: article.text.rangeOf(e.mention),
  };
}

/** The other entities of the articles that mention `key`, by the number of those articles, most first. */
function together(data: TimelineData, key: string): TimelineView['together'] {
  const counts = new Map<string, number>();
  for (const article of data.articles) {
    if (!article.entityKeys.has(key)) continue;
    for (const other of article.entityKeys) if (other !== key) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .flatMap(([other, articles]) => {
      const entity = data.entities.get(other);
      return entity ? [{ key: other, name: entity.name, type: entity.type, articles }] : [];
    })
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
    .slice(0, TOGETHER_SHOWN);
}

function unresolvedView(data: TimelineData, dates: readonly PlacedDate[]): TimelineView['unresolved'] {
  const byArticle = new Map<number, PlacedDate[]>();
  for (const d of dates) byArticle.set(d.article, [...(byArticle.get(d.article) ?? []), d]);
  const listed = [...byArticle].slice(0, UNRESOLVED_ARTICLES_SHOWN).map(([index, list]): UnresolvedArticleView => {
    const article = data.articles[index];
    return {
      uri: article.uri,
      title: article.title,
      published: article.published,
      count: list.length,
      examples: list.slice(0, EXAMPLES_PER_ARTICLE).map((d) => ({
        text: d.mention.text,
        value: d.mention.value,
        range: article.text.rangeOf(d.mention),
      })),
    };
  });
  return { total: dates.length, articles: listed, more: byArticle.size - listed.length };
}

/** The article's first non-empty line (its headline), else its file name. */
function titleOf(source: TimelineSource): string {
  const line = /\S[^\n]*/.exec(source.text.text)?.[0].trim();
  if (!line) return uriFileName(source.uri);
  return line.length > 90 ? line.slice(0, 89) + '…' : line;
}

/** Keys of the entity mentions inside the sentence of `date` (mentions are sorted by start). */
function entitiesInSentence(source: TimelineSource, date: Span): string[] {
  const sentence = sentenceBounds(source.text, date);
  const mentions = source.entities;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const keys: string[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < sentence.end; i++) {
    if (!keys.includes(mentions[i].key)) keys.push(mentions[i].key);
  }
  return keys;
}

/** The first day of a month; months past 12 run into the next years. */
function dayOf(year: number, month: number): number {
  return toDays({ y: year, m: month, d: 1 });
}

function range<T>(first: number, last: number, f: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = first; i <= last; i++) out.push(f(i));
  return out;
}
