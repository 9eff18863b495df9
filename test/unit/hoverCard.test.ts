// The entity hover card's mention snippets and command links, on the sample
// corpus: what the links run with which arguments, and that nothing from the
// corpus can become a link.

import * as assert from 'node:assert/strict';
import type { Position } from '../../src/core/model';
import { HOVER_COMMANDS, hoverMarkdown, type CorpusService, type EntityHover } from '../../src/core/service';
import { ARTICLE, sampleService } from './support/corpus';

const relative = (uri: string) => uri.slice('mem:/corpus/'.length);

function positionOf(service: CorpusService, uri: string, needle: string): Position {
  const text = service.analysis(uri)!.text;
  const index = text.text.indexOf(needle);
  assert.ok(index >= 0, `"${needle}" not in ${uri}`);
  return text.positionAt(text.toCodePoint(index));
}

function entityHover(service: CorpusService, uri: string, needle: string): EntityHover {
  const info = service.hover(uri, positionOf(service, uri, needle));
  assert.ok(info?.kind === 'entity', needle);
  return info;
}

/** Every command link of the card: the command and its decoded arguments. */
function commandLinks(md: string): { label: string; command: string; args: unknown }[] {
  return [...md.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^)]*)\)/g)].map((m) => ({
    label: m[1],
    command: m[2],
    args: JSON.parse(decodeURIComponent(m[3])),
  }));
}

describe('hover card: mentions with their snippets', () => {
  let service: CorpusService;

  before(async () => {
    ({ service } = await sampleService());
  });

  it('lists other mentions in this article first, then one per other article, each with its sentence around it', () => {
    const info = entityHover(service, ARTICLE(4), 'Putin');
    assert.ok(info.inThisArticle.length > 0 && info.inThisArticle.length <= 3);
    assert.ok(info.inThisArticle.every((m) => m.uri === ARTICLE(4) && m.span.start !== info.mention.start), 'this article, not the hovered mention');
    assert.equal(info.inThisArticleCount, service.analysis(ARTICLE(4))!.entities.filter((m) => m.key === info.mention.key).length - 1);
    assert.ok(info.otherArticles.length <= 5 && info.otherArticles.every((m) => m.uri !== ARTICLE(4)));
    for (const m of [...info.inThisArticle, ...info.otherArticles]) {
      assert.ok(m.before.length + m.after.length > 0, 'words around it');
      assert.ok(m.before.length <= 41 && m.after.length <= 41, 'a short snippet');
    }

    const md = hoverMarkdown(info, relative);
    const [inThis, inOthers] = [md.indexOf('\nIn this article:\n'), md.indexOf('\nOther articles:\n')];
    assert.ok(inThis > 0 && inOthers > inThis, md);
    const first = info.inThisArticle[0];
    const line = first.range.start.line + 1;
    assert.ok(md.includes(`- [line ${line}](${ARTICLE(4)}#L${line},${first.range.start.character + 1}) `), md);
    assert.match(md, /\*\*Putin\*\*/);
    if (info.inThisArticleCount > info.inThisArticle.length) {
      assert.ok(md.includes(`- … and ${info.inThisArticleCount - info.inThisArticle.length} more\n`));
    }
  });

  it('leaves out a list with nothing in it', async () => {
    const { service: one } = await sampleService({ 'mem:/corpus/one.txt': 'Ramzan Kadyrov spoke.\n' });
    const md = hoverMarkdown(entityHover(one, 'mem:/corpus/one.txt', 'Ramzan'), relative);
    assert.doesNotMatch(md, /In this article:|Other articles:/);
  });

  it('escapes the snippets: article text makes no link, no HTML and no Markdown', async () => {
    const uri = 'mem:/corpus/hostile.txt';
    const text = 'See [q](command:x.y) <b>*a*</b>, said Ramzan Kadyrov.\nRamzan Kadyrov left.\n';
    const { service: hostile } = await sampleService({ [uri]: text });
    const md = hoverMarkdown(entityHover(hostile, uri, 'Ramzan Kadyrov left'), relative);
    assert.ok(md.includes('See \\[q\\]\\(command:x\\.y\\) \\<b\\>\\*a\\*\\</b\\>, said **Ramzan Kadyrov**\\.\n'), md);
    assert.ok(commandLinks(md).every((l) => Object.values<string>(HOVER_COMMANDS).includes(l.command)));
  });
});

describe('hover card: command links', () => {
  let service: CorpusService;

  before(async () => {
    ({ service } = await sampleService());
  });

  it('links Find All References, Open Catalog Entry and Annotate with their arguments, and Wikidata by the catalog id', () => {
    const info = entityHover(service, ARTICLE(4), 'Putin');
    const md = hoverMarkdown(info, relative);
    const links = commandLinks(md);
    assert.deepEqual(links.map((l) => l.command), [HOVER_COMMANDS.findReferences, HOVER_COMMANDS.openCatalogEntry, HOVER_COMMANDS.annotate]);
    assert.deepEqual(links[0].args, [ARTICLE(4), info.range.start]);
    assert.deepEqual(links[1].args, ['vladimir-putin']);
    assert.deepEqual(links[2].args, [ARTICLE(4), info.range]);
    assert.match(links[0].label, /Find All References$/);
    assert.ok(md.includes(`[$(globe) Open in Wikidata](https://www.wikidata.org/wiki/${info.catalogEntry!.wikidata})`), md);
  });

  it('offers no catalog entry or Wikidata for a name the catalog lacks, nor Wikidata for an entry without an id', async () => {
    const { service: plain } = await sampleService({ 'mem:/corpus/one.txt': 'Ramzan Kadyrov spoke.\n' });
    const links = commandLinks(hoverMarkdown(entityHover(plain, 'mem:/corpus/one.txt', 'Ramzan'), relative));
    assert.deepEqual(links.map((l) => l.command), [HOVER_COMMANDS.findReferences, HOVER_COMMANDS.annotate]);

    const catalog = 'version: 1\nentities:\n  - id: vladimir-putin\n    name: Vladimir Putin\n    type: person\n    aliases: [Putin]\n';
    const { service: noId } = await sampleService({ 'mem:/corpus/entities.yaml': catalog });
    const md = hoverMarkdown(entityHover(noId, ARTICLE(4), 'Putin'), relative);
    assert.ok(commandLinks(md).some((l) => l.command === HOVER_COMMANDS.openCatalogEntry));
    assert.doesNotMatch(md, /Wikidata/);
  });

  it('keeps a link whole when its arguments hold parentheses or spaces', async () => {
    const uri = 'mem:/corpus/a (copy).txt';
    const { service: odd } = await sampleService({ [uri]: 'Ramzan Kadyrov spoke.\n' });
    const [references] = commandLinks(hoverMarkdown(entityHover(odd, uri, 'Ramzan'), relative));
    assert.deepEqual(references.args, [uri, { line: 0, character: 0 }]);
  });
});
