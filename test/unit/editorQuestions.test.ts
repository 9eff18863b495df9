// The questions an editor asks the service (what is under the cursor, what a
// command on this selection acts on, the next mention) and the hover card's
// Markdown, on the sample corpus.

import * as assert from 'node:assert/strict';
import type { Position, Range } from '../../src/core/model';
import { HOVER_COMMANDS, hoverMarkdown, type CorpusService } from '../../src/core/service';
import { ARTICLE, sampleService } from './support/corpus';

function placeOf(service: CorpusService, uri: string, needle: string, occurrence = 0): { offset: number; position: Position } {
  const text = service.analysis(uri)!.text;
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = text.text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" not in ${uri}`);
  const offset = text.toCodePoint(index);
  return { offset, position: text.positionAt(offset) };
}

const cursor = (position: Position): Range => ({ start: position, end: position });
const relative = (uri: string) => uri.slice('mem:/corpus/'.length);

describe('what the editor asks the service', () => {
  let service: CorpusService;

  before(async () => {
    ({ service } = await sampleService());
  });

  it('finds the mention at a position or a code-point offset, and none between names', () => {
    const { offset, position } = placeOf(service, ARTICLE(0), 'Bashar al-Jaafari');
    const inside = { line: position.line, character: position.character + 3 };
    assert.equal(service.mentionAt(ARTICLE(0), inside)?.key, 'catalog:bashar-al-jaafari');
    assert.equal(service.mentionAt(ARTICLE(0), offset + 3)?.key, 'catalog:bashar-al-jaafari');
    assert.equal(service.mentionAt(ARTICLE(0), 0)?.text === 'Bashar al-Jaafari', false);
    assert.equal(service.mentionAt('mem:/corpus/nowhere.txt', 0), undefined);
  });

  it('targets the mention under an empty selection, and the selected text otherwise', () => {
    const { offset, position } = placeOf(service, ARTICLE(0), 'Faysal Mikdad');
    const atCursor = service.targetAt(ARTICLE(0), cursor({ line: position.line, character: position.character + 2 }))!;
    assert.deepEqual(atCursor.span, { start: offset, end: offset + 'Faysal Mikdad'.length });
    assert.equal(atCursor.text, 'Faysal Mikdad');
    assert.equal(atCursor.mention?.entity, 'faysal-mikdad');

    const part = service.targetAt(ARTICLE(0), { start: position, end: { line: position.line, character: position.character + 6 } })!;
    assert.equal(part.text, 'Faysal');
    assert.equal(part.mention?.entity, 'faysal-mikdad', 'the mention that contains the selection');

    const nothing = service.targetAt(ARTICLE(0), cursor({ line: 0, character: 0 }))!;
    assert.equal(nothing.span.start, nothing.span.end, 'no mention under the cursor: an empty span');
    assert.equal(service.targetAt('mem:/corpus/nowhere.txt', cursor({ line: 0, character: 0 })), undefined);
  });

  it('gives the annotations under the cursor with the target', async () => {
    const { service: fresh } = await sampleService();
    const { offset, position } = placeOf(fresh, ARTICLE(0), 'Faysal Mikdad');
    const annotation = await fresh.annotate({ uri: ARTICLE(0), span: { start: offset, end: offset + 6 }, note: 'first name' });
    const here = fresh.targetAt(ARTICLE(0), cursor({ line: position.line, character: position.character + 2 }))!;
    assert.deepEqual(here.annotations.map((a) => a.annotation.id), [annotation.id]);
    const elsewhere = fresh.targetAt(ARTICLE(0), cursor({ line: 0, character: 0 }))!;
    assert.deepEqual(elsewhere.annotations, []);
  });

  it('gives what to paint: every kind with its ranges, and the annotated ranges', async () => {
    const { service: fresh } = await sampleService();
    const { offset, position } = placeOf(fresh, ARTICLE(0), 'Faysal Mikdad');
    await fresh.annotate({ uri: ARTICLE(0), span: { start: offset, end: offset + 'Faysal Mikdad'.length } });
    const painted = fresh.decorations(ARTICLE(0))!;
    assert.deepEqual([...painted.mentions.keys()], ['person', 'organization', 'location', 'other', 'date']);
    const analysis = fresh.analysis(ARTICLE(0))!;
    assert.equal(painted.mentions.get('person')!.length, analysis.entities.filter((m) => m.type === 'person').length);
    assert.equal(painted.mentions.get('date')!.length, analysis.dates.length);
    assert.ok(painted.mentions.get('person')!.some((r) => r.start.line === position.line && r.start.character === position.character));
    assert.deepEqual(painted.annotations, [{ start: position, end: { line: position.line, character: position.character + 'Faysal Mikdad'.length } }]);
    assert.equal(fresh.decorations('mem:/corpus/nowhere.txt'), undefined);
  });

  it('steps to the next and previous mention of the entity across the corpus, wrapping around', () => {
    const { position } = placeOf(service, ARTICLE(4), 'Putin');
    const references = service.references(ARTICLE(4), position, false);
    const here = references.findIndex((r) => r.uri === ARTICLE(4));
    const next = service.adjacentMention(ARTICLE(4), position, 1)!;
    const previous = service.adjacentMention(ARTICLE(4), position, -1)!;
    const [after, before] = [(here + 1) % references.length, (here - 1 + references.length) % references.length];
    assert.deepEqual(next, { location: references[after], position: after + 1, total: references.length });
    assert.deepEqual(previous, { location: references[before], position: before + 1, total: references.length });
    assert.equal(service.adjacentMention(ARTICLE(4), { line: 0, character: 0 }, 1), undefined);
  });

  it('counts from 1 and wraps: the last mention steps to "1 of N", the first back to "N of N"', () => {
    const { position } = placeOf(service, ARTICLE(4), 'Putin');
    const all = service.references(ARTICLE(4), position, false);
    const [first, last] = [all[0], all[all.length - 1]];
    const fromLast = service.adjacentMention(last.uri, last.range.start, 1)!;
    assert.deepEqual([fromLast.location, fromLast.position, fromLast.total], [first, 1, all.length]);
    const fromFirst = service.adjacentMention(first.uri, first.range.start, -1)!;
    assert.deepEqual([fromFirst.location, fromFirst.position, fromFirst.total], [last, all.length, all.length]);
  });
});

describe('hover card Markdown', () => {
  it('shows a catalog entity: name, type, id, description, counts, spellings and links to other mentions', async () => {
    const { service } = await sampleService();
    const info = service.hover(ARTICLE(0), placeOf(service, ARTICLE(0), 'Bashar al-Assad').position)!;
    const md = hoverMarkdown(info, relative);
    assert.match(md, /^\*\*Bashar al\\-Assad\*\* · Person · `bashar-al-assad`\n\nPresident of Syria\n\n/);
    assert.match(md, /\d+ mentions in 5 articles · seen as /);
    const links = [...md.matchAll(/^- \[(.+?)\]\((.+?)\) /gm)];
    assert.equal(links.length, info.kind === 'entity' ? info.otherArticles.length : -1);
    assert.ok(links.length > 0);
    const first = info.kind === 'entity' ? info.otherArticles[0] : undefined;
    assert.equal(links[0][2], `${first!.uri}#L${first!.range.start.line + 1},${first!.range.start.character + 1}`);
    assert.equal(links[0][1], `${relative(first!.uri).replace(/[.\-_]/g, (c) => `\\${c}`)}:${first!.range.start.line + 1}`);
  });

  it('escapes what comes from the corpus: no HTML, no command link of its own, no Markdown of its own', async () => {
    const hostile = 'version: 1\nentities:\n  - id: vladimir-putin\n    name: "Vladimir *Putin*"\n    type: person\n    aliases: [Putin]\n    description: "<img src=x onerror=alert(1)> [click](command:workbench.action.quit)"\n';
    const { service } = await sampleService({ 'mem:/corpus/entities.yaml': hostile });
    const md = hoverMarkdown(service.hover(ARTICLE(4), placeOf(service, ARTICLE(4), 'Putin').position)!, relative);
    assert.match(md, /\\<img/);
    assert.doesNotMatch(md, /(^|[^\\])<img/);
    assert.match(md, /\\\[click\\\]\\\(command:workbench\\\.action\\\.quit\\\)/);
    const commands = [...md.matchAll(/\]\(command:([^?)]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0 && commands.every((c) => Object.values<string>(HOVER_COMMANDS).includes(c)), commands.join());
    assert.match(md, /\*\*Vladimir \\\*Putin\\\*\*\*/);
  });

  it('shows a date with its TIMEX3 value, how it was derived and the publication date', async () => {
    const { service } = await sampleService();
    const md = hoverMarkdown(service.hover(ARTICLE(0), placeOf(service, ARTICLE(0), 'last month').position)!, relative);
    assert.match(md, /^\*\*`2022-09`\*\* · September 2022 · Date · TIMEX3\n\n/);
    assert.match(md, /Publication date 2022-10-17 \(detected in the article\)\.$/);
  });

  it('says how to set a publication date when a relative date cannot be resolved', async () => {
    const { service } = await sampleService({ 'mem:/corpus/undated.txt': 'The talks resumed last month.\n' });
    const md = hoverMarkdown(service.hover('mem:/corpus/undated.txt', placeOf(service, 'mem:/corpus/undated.txt', 'last month').position)!, relative);
    assert.match(md, /^\*\*`XXXX-XX`\*\* · unresolved · Date · TIMEX3/);
    assert.match(md, /no publication date: set one with \*Corpus Lens: Set Publication Date of This Article\*\./);
  });

  it('lists the annotations on the text, their notes escaped, one mention in one article in the singular', async () => {
    const { service } = await sampleService({ 'mem:/corpus/one.txt': 'Ramzan Kadyrov spoke.\n' });
    const uri = 'mem:/corpus/one.txt';
    await service.annotate({ uri, span: { start: 0, end: 14 }, note: 'head of *Chechnya*', tags: ['leader'] });
    const md = hoverMarkdown(service.hover(uri, { line: 0, character: 2 })!, relative);
    assert.match(md, /1 mention in 1 article\n/);
    assert.match(md, /---\n\n\$\(note\) head of \\\*Chechnya\\\* · `leader`/);
  });
});
