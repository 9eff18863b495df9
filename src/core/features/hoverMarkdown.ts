// Hover cards as Markdown, built here so that they are tested without an
// editor; the client shows the string as untrusted Markdown (no command
// links, no HTML) with theme icons. Everything that comes from the corpus
// (article text, catalog fields, notes) is untrusted: it goes through
// escapeInline or escapeCode, never into the Markdown syntax itself.

import type { Annotation } from '../model';
import type { DateHover, EntityHover, HoverInfo } from './hover';
import { DATE_TYPE_NAMES, TYPE_NAMES as TYPE_LABEL } from './typeNames';
import { readableValue } from './timelineValues';

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
  if (info.otherMentions.length) {
    md += 'Other mentions:\n';
    for (const m of info.otherMentions) {
      const line = m.range.start.line + 1;
      md += `- [${escapeInline(`${relativePath(m.uri)}:${line}`)}](${linkTarget(m.uri)}#L${line},${m.range.start.character + 1})\n`;
    }
    md += '\n';
  }
  return md + annotationsPart(info.annotations);
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

/** A URI as a Markdown link target: no space or parenthesis can end the link early. */
function linkTarget(uri: string): string {
  return uri.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
}

/** Escapes every character Markdown could read as syntax, HTML included. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

function escapeCode(text: string): string {
  return text.replace(/[`\n]/g, ' ');
}
