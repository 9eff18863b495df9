// `corpus-lens import` as the built CLI: export then import gives back the
// same annotations for brat, w3c and jsonl; spans are re-anchored by quote
// or reported; ids are kept when free; missing entities join the catalog.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { annotatedCorpus, codePointsOf, sidecarYaml, type AnnotatedCorpus } from './support/annotatedCorpus';
import { buildCli, runCli } from './support/cli';
import { readJsonl } from './support/exportReaders';

const ARTICLE = '000_8c67307d6b1f2411.txt';

interface SidecarOnDisk {
  annotations: { id: string; start: number; end: number; exact: string; entity?: string; type?: string; note?: string; tags?: string[] }[];
}

function sidecarOf(corpus: AnnotatedCorpus, article: string): SidecarOnDisk {
  return parseYaml(fs.readFileSync(path.join(corpus.dir, article + '.annotations.yaml'), 'utf8')) as SidecarOnDisk;
}

/** start, end, exact text, label, entity and note of every span of a jsonl export of the corpus. */
function exported(corpus: AnnotatedCorpus): unknown[] {
  const r = runCli(['export', corpus.dir, '--format', 'jsonl']);
  return readJsonl(r.stdout, corpus.texts).map((rec) => [rec.meta.file, rec.spans.map((s) => [s.start, s.end, s.text, s.label, s.entity, s.note])]);
}

describe('corpus-lens import (the built CLI)', function () {
  this.timeout(60000);
  let source: AnnotatedCorpus;
  let target: AnnotatedCorpus;
  let files: string;

  before(() => {
    buildCli();
    source = annotatedCorpus({ orphan: false });
    files = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-import-'));
    fs.writeFileSync(path.join(files, 'export.jsonl'), runCli(['export', source.dir, '--format', 'jsonl']).stdout);
    fs.writeFileSync(path.join(files, 'export.jsonld'), runCli(['export', source.dir, '--format', 'w3c']).stdout);
    assert.equal(runCli(['export', source.dir, '--format', 'brat', '--out', path.join(files, 'brat')]).code, 0);
  });
  beforeEach(() => {
    target = annotatedCorpus({ sidecars: false });
  });
  afterEach(() => target.remove());
  after(() => {
    source.remove();
    fs.rmSync(files, { recursive: true, force: true });
  });

  for (const [format, file] of [['jsonl', 'export.jsonl'], ['w3c', 'export.jsonld'], ['brat', 'brat']] as const) {
    it(`${format}: export then import gives back the same start, end, text, type, entity and note`, () => {
      const r = runCli(['import', path.join(files, file), '--format', format, '--into', target.dir]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(exported(target), exported(source));
      const ids = sidecarOf(target, ARTICLE).annotations.map((a) => a.id);
      if (format !== 'brat') {
        assert.deepEqual(ids, source.annotations.get(ARTICLE)!.map((a) => a.id), 'ids kept');
        assert.deepEqual(sidecarOf(target, ARTICLE).annotations.find((a) => a.id === 'a1')!.tags, ['minister', 'syria']);
      }
      const again = runCli(['import', path.join(files, file), '--format', format, '--into', target.dir]);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /imported 0 annotations/);
      assert.deepEqual(exported(target), exported(source), 'a second import adds nothing');
    });
  }

  it('re-anchors by quote when the article changed, and reports a span whose quote is gone without importing it', () => {
    const file = path.join(target.dir, ARTICLE);
    const inserted = 'A paragraph added at the top, 𝔘 with an astral character.\n\n';
    fs.writeFileSync(file, inserted + fs.readFileSync(file, 'utf8').replace('Atlantic Council', 'a think tank'));
    const r = runCli(['import', path.join(files, 'export.jsonl'), '--format', 'jsonl', '--into', target.dir]);
    assert.equal(r.code, 1, 'a span not imported is an error');
    assert.match(r.stderr, /"Atlantic Council".*not in the article/);
    assert.match(r.stderr, /re-anchored by its quote/);
    const changed = fs.readFileSync(file, 'utf8');
    const text = [...changed];
    const saved = sidecarOf(target, ARTICLE).annotations;
    const want = source.annotations.get(ARTICLE)!.filter((a) => a.exact !== 'Atlantic Council');
    assert.deepEqual(saved.map((a) => a.exact), want.map((a) => a.exact));
    for (const a of saved) assert.equal(text.slice(a.start, a.end).join(''), a.exact);
    assert.deepEqual(saved.map((a) => a.start), want.map((a) => codePointsOf(changed, a.exact, a.nth).start));
    assert.ok(saved[0].start > [...inserted].length);
  });

  it('keeps an id unless the sidecar has it for another annotation, and adds entities the catalog lacks', () => {
    const catalog = path.join(target.dir, 'entities.yaml');
    const lines = fs.readFileSync(catalog, 'utf8');
    // faysal-mikdad leaves the catalog; its entry is the four to six lines from its id
    const withoutMikdad = lines.replace(/ {2}- id: faysal-mikdad\n( {4}.*\n)+/, '');
    assert.notEqual(withoutMikdad, lines);
    fs.writeFileSync(catalog, withoutMikdad);
    fs.writeFileSync(path.join(target.dir, ARTICLE + '.annotations.yaml'), sidecarYaml(ARTICLE, [{ id: 'a1', start: 0, end: 6, exact: 'Syrian' }]));
    const r = runCli(['import', path.join(files, 'export.jsonl'), '--format', 'jsonl', '--into', target.dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /id a1 is taken/);
    assert.match(r.stderr, /added entity faysal-mikdad/);
    const saved = sidecarOf(target, ARTICLE).annotations;
    assert.deepEqual(saved.filter((a) => a.id === 'a1').map((a) => a.exact), ['Syrian']);
    const mikdad = saved.find((a) => a.exact === 'Faysal Mikdad')!;
    assert.notEqual(mikdad.id, 'a1');
    assert.equal(mikdad.entity, 'faysal-mikdad');
    const after = fs.readFileSync(catalog, 'utf8');
    assert.ok(after.startsWith(withoutMikdad.split('\n')[0]), 'the catalog keeps its comments');
    const entry = (parseYaml(after) as { entities: { id: string; name: string; type: string }[] }).entities.find((e) => e.id === 'faysal-mikdad');
    assert.deepEqual(entry && [entry.name, entry.type], ['Faysal Mikdad', 'person']);
    const validate = runCli(['export', target.dir, '--format', 'csv']);
    assert.equal(validate.code, 0, validate.stderr);
  });

  it('creates entities.yaml when the corpus has no catalog, with every entity the import names', () => {
    fs.rmSync(path.join(target.dir, 'entities.yaml'));
    const r = runCli(['import', path.join(files, 'export.jsonl'), '--format', 'jsonl', '--into', target.dir]);
    assert.equal(r.code, 0, r.stderr);
    const catalog = parseYaml(fs.readFileSync(path.join(target.dir, 'entities.yaml'), 'utf8')) as { version: number; entities: { id: string }[] };
    const named = new Set([...source.annotations.values()].flat().map((a) => a.entity).filter(Boolean));
    assert.equal(catalog.version, 1);
    assert.deepEqual(new Set(catalog.entities.map((e) => e.id)), named);
    assert.equal(runCli(['validate', target.dir]).code, 0, 'no id points nowhere');
  });

  it('reports a file for an article the corpus lacks, and bad usage', () => {
    const stray = path.join(files, 'stray.jsonl');
    fs.writeFileSync(stray, JSON.stringify({ text: 'Putin', spans: [{ start: 0, end: 5, label: 'PER' }], meta: { file: 'nope.txt' } }) + '\n');
    const r = runCli(['import', stray, '--format', 'jsonl', '--into', target.dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /nope\.txt: no such article/);
    assert.equal(runCli(['import', stray, '--format', 'conll', '--into', target.dir]).code, 2);
    assert.equal(runCli(['import', stray, '--format', 'jsonl']).code, 2);
  });
});
