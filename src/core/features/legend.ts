// What the editor's colours mean, in one place: the extension paints
// mentions and annotations with these theme colours (contributed in
// package.json, changeable by the user) and shows this legend on its
// status-bar item, so the two cannot drift apart.

import { MENTION_KINDS, type MentionKind } from './decorations';
import { TYPE_NAMES } from './typeNames';

export interface LegendEntry {
  readonly kind: MentionKind;
  readonly label: string;
  /** Theme colour id of the underline. */
  readonly colorId: string;
  readonly underline: 'solid' | 'dotted';
}

export const MENTION_LEGEND: readonly LegendEntry[] = MENTION_KINDS.map((kind) => ({
  kind,
  label: TYPE_NAMES[kind],
  colorId: `corpusLens.${kind}`,
  // dates are read differently from names: a dotted line tells them apart without relying on colour
  underline: kind === 'date' ? 'dotted' : 'solid',
}));

/** Theme colour id of the background of annotated text. */
export const ANNOTATION_BACKGROUND = 'corpusLens.annotationBackground';

const SAMPLE = { solid: '━━━━', dotted: '┉┉┉┉' } as const;

/**
 * The legend as Markdown with HTML spans coloured by the theme's CSS
 * variables (the only styles VS Code's hover keeps: `color` and
 * `background-color`, as a hex value or `var(--vscode-…)`), so a user's
 * own colours show as they are painted.
 */
export function legendMarkdown(): string {
  const lines = MENTION_LEGEND.map(
    (e) => `<span style="color:${cssVariable(e.colorId)};">${SAMPLE[e.underline]}</span> ${e.label}${e.underline === 'dotted' ? ' (dotted)' : ''}`,
  );
  lines.push(`<span style="background-color:${cssVariable(ANNOTATION_BACKGROUND)};">&nbsp;annotated&nbsp;</span> your annotations`);
  return `**Colours**\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
}

/** How the workbench exposes a theme colour to HTML: `corpusLens.person` is `--vscode-corpusLens-person`. */
export function cssVariable(colorId: string): string {
  return `var(--vscode-${colorId.replace(/\./g, '-')})`;
}
