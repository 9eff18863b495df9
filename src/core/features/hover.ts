// What a hover card shows, as plain data: the extension renders it.

import type { Annotation, CatalogEntity, DateMention, EntityMention, EntityType, Location, Range } from '../model';
import type { CorpusIndex } from '../index/corpusIndex';
import type { DocumentAnalysis, PublishedDate } from '../index/documentAnalysis';
import { annotationsOver, entityAt, dateAt, toLocation } from './lookup';
import { longest } from './tally';
import { sentenceAround } from './sentences';

/** A mention to link to, with a few words of its sentence either side. */
export interface MentionSnippet extends Location {
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

export interface EntityHover {
  readonly kind: 'entity';
  /** The article hovered, and the mention's range in it. */
  readonly uri: string;
  readonly range: Range;
  readonly mention: EntityMention;
  readonly name: string;
  readonly type: EntityType;
  readonly catalogEntry?: CatalogEntity;
  /** Distinct spellings seen across the corpus, most frequent first. */
  readonly aliasesSeen: readonly string[];
  readonly mentionCount: number;
  readonly documentCount: number;
  /** The first few other mentions in this article, in text order. */
  readonly inThisArticle: readonly MentionSnippet[];
  /** How many other mentions this article has (shown or not). */
  readonly inThisArticleCount: number;
  /** The first mention in each of the first few other articles, in corpus order. */
  readonly otherArticles: readonly MentionSnippet[];
  /** Annotations on this mention in this article. */
  readonly annotations: readonly Annotation[];
}

export interface DateHover {
  readonly kind: 'date';
  readonly range: Range;
  readonly mention: DateMention;
  readonly published?: PublishedDate;
}

/** Annotated text that is neither a recognised name nor a date. */
export interface AnnotationHover {
  readonly kind: 'annotation';
  readonly range: Range;
  readonly annotations: readonly Annotation[];
}

export type HoverInfo = EntityHover | DateHover | AnnotationHover;

const IN_THIS_ARTICLE_SHOWN = 3;
const OTHER_ARTICLES_SHOWN = 5;
/** Characters of the sentence shown either side of a mention: a hover line, not the whole sentence. */
const SNIPPET_SIDE = 40;

export function hoverAt(index: CorpusIndex, analysis: DocumentAnalysis, offset: number): HoverInfo | undefined {
  const mention = entityAt(analysis, offset);
  if (mention) return entityHover(index, analysis, mention);
  const date = dateAt(analysis, offset);
  if (date) return { kind: 'date', range: analysis.text.rangeOf(date), mention: date, published: analysis.published };
  const annotated = annotationsOver(analysis, { start: offset, end: offset });
  if (!annotated.length) return undefined;
  const first = annotated[0].span!;
  return { kind: 'annotation', range: analysis.text.rangeOf(first), annotations: annotated.map((a) => a.annotation) };
}

function entityHover(index: CorpusIndex, analysis: DocumentAnalysis, mention: EntityMention): EntityHover {
  const here = analysis.entities.filter((m) => m.key === mention.key && m !== mention);
  const others = index.mentions.firstPerDocument(mention.key, index.orderOf, OTHER_ARTICLES_SHOWN, analysis.uri);
  const spellings = index.mentions.spellingsOf(mention.key);
  const catalogEntry = mention.entity ? index.entryOf(mention.entity) : undefined;
  const { mentions, documents } = index.mentions.countOf(mention.key);
  return {
    kind: 'entity',
    uri: analysis.uri,
    range: analysis.text.rangeOf(mention),
    mention,
    name: catalogEntry?.name ?? longest(spellings),
    type: catalogEntry?.type ?? mention.type,
    catalogEntry,
    aliasesSeen: spellings,
    mentionCount: mentions,
    documentCount: documents,
    inThisArticle: here.slice(0, IN_THIS_ARTICLE_SHOWN).map((m) => snippetOf(index, analysis, m)),
    inThisArticleCount: here.length,
    otherArticles: others.flatMap((m) => {
      const other = index.get(m.uri);
      return other ? [snippetOf(index, other, m.mention)] : [];
    }),
    annotations: annotationsOver(analysis, mention).map((a) => a.annotation),
  };
}

function snippetOf(index: CorpusIndex, analysis: DocumentAnalysis, mention: EntityMention): MentionSnippet {
  const { before, after } = sentenceAround(analysis.text, mention, SNIPPET_SIDE);
  return { ...toLocation(index, analysis.uri, mention), before, text: mention.text, after };
}
