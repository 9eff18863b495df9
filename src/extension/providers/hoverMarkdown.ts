// Hover cards as Markdown. Everything that comes from the corpus (article
// text, catalog fields, notes) is untrusted: it goes through escapeInline,
// never into the Markdown syntax itself, and the string is not trusted (no
// command links, no HTML).

import * as vscode from 'vscode';
import type { Annotation } from '../../core/model';
import { TYPE_NAMES as TYPE_LABEL, type DateHover, type EntityHover, type HoverInfo } from '../../core/service';

export function renderHover(info: HoverInfo, relativePath: (uri: string) => string): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  md.supportHtml = false;
  if (info.kind === 'entity') renderEntity(md, info, relativePath);
  else if (info.kind === 'date') renderDate(md, info);
  else renderAnnotations(md, info.annotations);
  return md;
}

function renderEntity(md: vscode.MarkdownString, info: EntityHover, relativePath: (uri: string) => string): void {
  md.appendMarkdown(`**${escapeInline(info.name)}** · ${TYPE_LABEL[info.type]}`);
  md.appendMarkdown(info.catalogEntry ? ` · \`${escapeCode(info.catalogEntry.id)}\`` : ' · *not in the catalog*');
  md.appendMarkdown('\n\n');
  if (info.catalogEntry?.description) {
    md.appendMarkdown(escapeInline(info.catalogEntry.description));
    md.appendMarkdown('\n\n');
  }
  const articles = info.documentCount === 1 ? '1 article' : `${info.documentCount} articles`;
  const mentions = info.mentionCount === 1 ? '1 mention' : `${info.mentionCount} mentions`;
  md.appendMarkdown(`${mentions} in ${articles}`);
  if (info.aliasesSeen.length > 1) md.appendMarkdown(` · seen as ${info.aliasesSeen.map(escapeInline).join(', ')}`);
  md.appendMarkdown('\n\n');
  if (info.otherMentions.length) {
    md.appendMarkdown('Other mentions:\n');
    for (const m of info.otherMentions) {
      const target = vscode.Uri.parse(m.uri).with({ fragment: `L${m.range.start.line + 1},${m.range.start.character + 1}` });
      md.appendMarkdown(`- [${escapeInline(`${relativePath(m.uri)}:${m.range.start.line + 1}`)}](${target.toString()})\n`);
    }
    md.appendMarkdown('\n');
  }
  renderAnnotations(md, info.annotations);
}

function renderAnnotations(md: vscode.MarkdownString, annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    md.appendMarkdown('---\n\n$(note) ');
    md.appendMarkdown(a.note ? escapeInline(a.note) : '*annotation without a note*');
    if (a.entity) md.appendMarkdown(` · \`${escapeCode(a.entity)}\``);
    if (a.tags?.length) md.appendMarkdown(` · ${a.tags.map((t) => `\`${escapeCode(t)}\``).join(' ')}`);
    md.appendMarkdown('\n\n');
  }
}

function renderDate(md: vscode.MarkdownString, info: DateHover): void {
  md.appendMarkdown(`**\`${escapeCode(info.mention.value)}\`** · ${info.mention.type} · TIMEX3\n\n`);
  md.appendMarkdown(escapeInline(info.mention.derivation));
  md.appendMarkdown('\n\n');
  if (info.published) {
    md.appendMarkdown(
      info.published.source === 'sidecar'
        ? `Publication date ${info.published.value} (set by you).`
        : `Publication date ${info.published.value} (detected in the article).`,
    );
  } else if (info.mention.value.includes('X')) {
    md.appendMarkdown('This article has no publication date: set one with *Corpus Lens: Set Publication Date of This Article*.');
  }
}

/** Escapes every character Markdown could read as syntax, HTML included. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

function escapeCode(text: string): string {
  return text.replace(/[`\n]/g, ' ');
}
