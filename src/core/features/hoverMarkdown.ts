// Hover cards as Markdown, built here so that they are tested without an
// editor; the client shows the string with theme icons, no HTML, and only
// the command links of HOVER_COMMANDS enabled. Everything that comes from
// the corpus (article text, catalog fields, notes) is untrusted: it goes
// through escapeInline or escapeCode, never into the Markdown syntax
// itself, so it can neither add a link nor call a command.

import type { Annotation, Location, Position, Range } from '../model';
import type { DateHover, EntityHover, HoverInfo, MentionSnippet } from './hover';
import { DATE_TYPE_NAMES, TYPE_NAMES as TYPE_LABEL } from './typeNames';
import { readableValue } from './timelineValues';

/** The commands a hover card's links run: the client enables these and no other. */
export const HOVER_COMMANDS = {
  /** (uri, position): Find All References from the mention. */
  findReferences: 'corpusLens.findReferencesAt',
  /** (entity id): the entry in entities.yaml. */
  openCatalogEntry: 'corpusLens.openCatalogEntry',
  /** (uri, range): Annotate Selection on the mention. */
  annotate: 'corpusLens.annotateAt',
} as const;

const WIKIDATA_ITEM = 'https://www.wikidata.org/wiki/';

/** `relativePath` names an article as the user knows it (the extension: relative to the workspace). */
export function hoverMarkdown(info: HoverInfo, relativePath: (uri: string) => string): string {
  if (info.kind === 'entity') return entityCard(info, relativePath);
  if (info.kind === 'date') return dateCard(info);
  return annotationsPart(info.annotations);
}

function entityCard(info: EntityHover, relativePath: (uri: string) => string): string {
  let md = `**${escapeInline(info.name)}** · ${TYPE_LABEL[info.type]}`;
  md += info.catalogEntry ? ` · \`${escapeCode(info.catalogEntry.id)}\`` : ' · *not in the catalog*';
  md += '\n\n';
  if (info.catalogEntry?.description) md += `${escapeInline(info.catalogEntry.description)}\n\n`;
  md += `${plural(info.mentionCount, 'mention')} in ${plural(info.documentCount, 'article')}`;
  if (info.aliasesSeen.length > 1) md += ` · seen as ${info.aliasesSeen.map(escapeInline).join(', ')}`;
  md += '\n\n';
  md += snippetList('In this article:', info.inThisArticle, info.inThisArticleCount, (m) => `line ${m.range.start.line + 1}`);
  md += snippetList(
    'Other articles:',
    info.otherArticles,
    info.documentCount - 1,
    (m) => `${relativePath(m.uri)}:${m.range.start.line + 1}`,
    'article',
  );
  return md + `${actions(info)}\n\n` + annotationsPart(info.annotations);
}

/** The mentions shown, each linked to its place with its snippet, and how many more there are. */
function snippetList(
  heading: string,
  shown: readonly MentionSnippet[],
  total: number,
  label: (m: MentionSnippet) => string,
  unit?: string,
): string {
  if (!shown.length) return '';
  let md = `${heading}\n`;
  for (const m of shown) {
    const snippet = `${escapeInline(m.before)}**${escapeInline(m.text)}**${escapeInline(m.after)}`;
    md += `- ${placeLink(escapeInline(label(m)), m)} ${snippet}\n`;
  }
  const more = total - shown.length;
  if (more > 0) md += `- … and ${unit ? plural(more, `more ${unit}`) : `${more} more`}\n`;
  return md + '\n';
}

/** The card's command links; the Wikidata item is a web link (its id was checked by the catalog's parser). */
function actions(info: EntityHover): string {
  const { start } = info.range;
  const links = [commandLink('$(references) Find All References', HOVER_COMMANDS.findReferences, [info.uri, start])];
  if (info.catalogEntry) links.push(commandLink('$(go-to-file) Open Catalog Entry', HOVER_COMMANDS.openCatalogEntry, [info.catalogEntry.id]));
  links.push(commandLink('$(edit) Annotate', HOVER_COMMANDS.annotate, [info.uri, info.range]));
  const wikidata = info.catalogEntry?.wikidata;
  if (wikidata) links.push(`[$(globe) Open in Wikidata](${WIKIDATA_ITEM}${encodeURIComponent(wikidata)})`);
  return links.join(' · ');
}

/** A link that runs `command` with `args`, as VS Code reads command URIs: JSON, URI-encoded. */
function commandLink(label: string, command: string, args: readonly (string | Position | Range)[]): string {
  return `[${label}](${linkTarget(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`)})`;
}

function placeLink(label: string, place: Location): string {
  return `[${label}](${linkTarget(place.uri)}#L${place.range.start.line + 1},${place.range.start.character + 1})`;
}

function annotationsPart(annotations: readonly Annotation[]): string {
  let md = '';
  for (const a of annotations) {
    md += '---\n\n$(note) ';
    md += a.note ? escapeInline(a.note) : '*annotation without a note*';
    if (a.entity) md += ` · \`${escapeCode(a.entity)}\``;
    if (a.tags?.length) md += ` · ${a.tags.map((t) => `\`${escapeCode(t)}\``).join(' ')}`;
    md += '\n\n';
  }
  return md;
}

function dateCard(info: DateHover): string {
  const readable = readableValue(info.mention.value);
  let md = `**\`${escapeCode(info.mention.value)}\`**${readable ? ` · ${escapeInline(readable)}` : ''} · ${DATE_TYPE_NAMES[info.mention.type]} · TIMEX3\n\n`;
  md += `${escapeInline(info.mention.derivation)}\n\n`;
  if (info.published) {
    md += `Publication date ${info.published.value} (${info.published.source === 'sidecar' ? 'set by you' : 'detected in the article'}).`;
  } else if (info.mention.value.includes('X')) {
    md += 'This article has no publication date: set one with *Corpus Lens: Set Publication Date of This Article*.';
  }
  return md;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A URI as a Markdown link target: no space or parenthesis can end the link early (encodeURIComponent leaves parentheses). */
function linkTarget(uri: string): string {
  return uri.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Escapes every character Markdown could read as syntax, HTML included. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

function escapeCode(text: string): string {
  return text.replace(/[`\n]/g, ' ');
}
