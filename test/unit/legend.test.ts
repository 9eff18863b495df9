// The legend of the editor's colours: the same entries the decorations are
// painted with, colours that package.json contributes, and HTML that the
// workbench's hover keeps.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANNOTATION_BACKGROUND, legendMarkdown, MENTION_KINDS, MENTION_LEGEND, TYPE_NAMES } from '../../src/core/service';
import { ROOT } from './support/corpus';

// the style rule of VS Code's Markdown sanitizer for <span>: anything else is dropped
const KEPT_SPAN_STYLE = /^(color:(#[0-9a-fA-F]+|var\(--vscode(-[a-zA-Z]+)+\));)?(background-color:(#[0-9a-fA-F]+|var\(--vscode(-[a-zA-Z]+)+\));)?$/;

describe('legend of the decoration colours', () => {
  it('has one entry per kind painted, named as everywhere else, dates dotted', () => {
    assert.deepEqual(MENTION_LEGEND.map((e) => e.kind), MENTION_KINDS);
    for (const e of MENTION_LEGEND) assert.equal(e.label, TYPE_NAMES[e.kind]);
    assert.deepEqual(MENTION_LEGEND.filter((e) => e.underline === 'dotted').map((e) => e.kind), ['date']);
  });

  it('uses only colours that package.json contributes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed = new Set(manifest.contributes.colors.map((c: { id: string }) => c.id));
    for (const id of [...MENTION_LEGEND.map((e) => e.colorId), ANNOTATION_BACKGROUND]) assert.ok(contributed.has(id), id);
  });

  it('lists every type with a span in its theme colour that the hover keeps', () => {
    const md = legendMarkdown();
    for (const e of MENTION_LEGEND) {
      assert.match(md, new RegExp(`^- <span style="color:var\\(--vscode-corpusLens-${e.kind}\\);">[^<]+</span> ${e.label}\\b`, 'm'));
    }
    assert.match(md, /background-color:var\(--vscode-corpusLens-annotationBackground\);/);
    const styles = [...md.matchAll(/<span style="([^"]*)">/g)].map((m) => m[1]);
    assert.equal(styles.length, MENTION_LEGEND.length + 1);
    for (const style of styles) assert.match(style, KEPT_SPAN_STYLE);
    assert.doesNotMatch(md.replace(/<span style="[^"]*">|<\/span>/g, ''), /<|>/, 'no other HTML');
  });
});
