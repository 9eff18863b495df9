// `corpus-lens validate` and `corpus-lens stats` as the built CLI, on a
// copy of the sample corpus with sidecars this test writes (and breaks).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { annotatedCorpus, ASTRAL_ARTICLE, PLANNED, sidecarYaml, type AnnotatedCorpus } from './support/annotatedCorpus';
import { buildCli, runCli } from './support/cli';

interface Report {
  ok: boolean;
  problems: { file: string; line: number; column: number; severity: string; message: string }[];
}

describe('corpus-lens validate and stats (the built CLI)', function () {
  this.timeout(60000);
  let corpus: AnnotatedCorpus;
  before(buildCli);
  afterEach(() => corpus.remove());

  it('validate: a sound corpus exits 0', () => {
    corpus = annotatedCorpus({ orphan: false });
    const text = runCli(['validate', corpus.dir]);
    assert.equal(text.code, 0, text.stdout + text.stderr);
    assert.match(text.stdout, /no problems/);
    const json = runCli(['validate', corpus.dir, '--format', 'json']);
    assert.deepEqual(JSON.parse(json.stdout), { ok: true, problems: [] });
  });

  it('validate: every kind of problem, on its line, exits 1', () => {
    corpus = annotatedCorpus();
    const write = (name: string, text: string) => fs.writeFileSync(path.join(corpus.dir, name), text);
    const base = { created: '2026-11-23T10:00:00Z' };
    write('002_f48a50816c6044df.txt.annotations.yaml', 'version: 1\nsource: x\nannotations:\n  - id: q1\n    start: [1\n');
    write('003_32f1b6a2c4f88f95.txt.annotations.yaml', sidecarYaml('003_32f1b6a2c4f88f95.txt', [
      { id: 'd1', start: 0, end: 4, exact: 'nope', ...base },
      { id: 'd2', start: 999999, end: 1000000, exact: 'far away', ...base },
      { id: 'd3', start: 0, end: 3, exact: 'abc', entity: 'no-such-entity', ...base },
      { id: 'D4', start: 0, end: 0, exact: '', ...base },
      { id: 'd1', start: 10, end: 12, exact: 'xx', ...base },
    ]));
    write('gone.txt.annotations.yaml', sidecarYaml('gone.txt', []));
    write('004_8ea2241a76c2b476.txt.annotations.yaml', `version: 1\nsource: 004_8ea2241a76c2b476.txt\nsha256: ${'0'.repeat(64)}\nannotations: []\n`);
    const catalog = path.join(corpus.dir, 'entities.yaml');
    fs.writeFileSync(catalog, fs.readFileSync(catalog, 'utf8').replace('entities:\n', 'entities:\n  - id: damascus\n    name: Damascus again\n    type: location\n'));
    const r = runCli(['validate', corpus.dir, '--format', 'json']);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as Report;
    assert.equal(report.ok, false);
    const find = (file: string, pattern: RegExp) => report.problems.find((p) => p.file.endsWith(file) && pattern.test(p.message));
    const expectations: [string, RegExp, number?][] = [
      ['002_f48a50816c6044df.txt.annotations.yaml', /./, 6],
      ['003_32f1b6a2c4f88f95.txt.annotations.yaml', /Duplicate annotation id 'd1'/],
      ['001_4ffb2e79d209e891.txt', /orphan/i],
      ['gone.txt.annotations.yaml', /without its article/],
      ['entities.yaml', /Duplicate id 'damascus'/],
      ['004_8ea2241a76c2b476.txt.annotations.yaml', /Stale: the article changed/, 3],
    ];
    for (const [file, pattern, line] of expectations) {
      const found = find(file, pattern);
      assert.ok(found, `${file} ${pattern}: ${JSON.stringify(report.problems, null, 1)}`);
      if (line !== undefined) assert.equal(found.line, line);
    }
    // a sidecar that reads, but whose annotations do not fit the article, the catalog or the schema
    write('003_32f1b6a2c4f88f95.txt.annotations.yaml', sidecarYaml('003_32f1b6a2c4f88f95.txt', [
      { id: 'd1', start: 0, end: 4, exact: 'nope', ...base },
      { id: 'd2', start: 999999, end: 1000000, exact: 'far away', ...base },
      { id: 'd3', start: 0, end: 3, exact: 'abc', entity: 'no-such-entity', ...base },
      { id: 'D4', start: 0, end: 0, exact: '', ...base },
    ]));
    const second = JSON.parse(runCli(['validate', corpus.dir, '--format', 'json']).stdout) as Report;
    const on = (pattern: RegExp) => second.problems.find((p) => p.file.endsWith('003_32f1b6a2c4f88f95.txt.annotations.yaml') && pattern.test(p.message));
    assert.equal(on(/d1: stale offsets/)?.line, 5);
    assert.equal(on(/d2: offsets .* out of range/)?.line, 11);
    assert.equal(on(/d3: entity 'no-such-entity' is not in the catalog/)?.line, 18);
    assert.equal(on(/Schema: \/annotations\/3\/id/)?.line, 20);
    const text = runCli(['validate', corpus.dir]);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /003_32f1b6a2c4f88f95\.txt\.annotations\.yaml:5:\d+: error: Annotation d1: stale offsets/);
  });

  it('stats: articles, entities by type, mentions, annotations, orphans, earliest and latest dates', () => {
    corpus = annotatedCorpus();
    const r = runCli(['stats', corpus.dir, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const stats = JSON.parse(r.stdout) as Record<string, unknown> & { entities: Record<string, number>; mentions: Record<string, number> };
    assert.equal(stats.articles, corpus.texts.size);
    assert.deepEqual(Object.keys(stats.entities), ['person', 'organization', 'location', 'other']);
    assert.ok(stats.entities.person >= 5 && stats.mentions.location > stats.entities.location);
    const planned = Object.values(PLANNED).flat().length;
    assert.equal(stats.annotations, planned + 1);
    assert.equal(stats.orphans, 1);
    assert.deepEqual(stats.published, { earliest: '2022-06-29', latest: '2023-01-13', articles: 3 });
    assert.equal((stats.mentionedDates as { earliest: string }).earliest, '2022-02-21');
    const text = runCli(['stats', corpus.dir]);
    assert.match(text.stdout, /^articles +6$/m);
    assert.ok(PLANNED[ASTRAL_ARTICLE].length > 0);
  });

  it('every verb has --help (exit 0) and says bad usage with exit 2', () => {
    corpus = annotatedCorpus({ sidecars: false });
    for (const verb of ['recognize', 'export', 'import', 'validate', 'stats']) {
      const help = runCli([verb, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, new RegExp(`^usage: corpus-lens ${verb} `));
      const bad = runCli([verb, '--no-such-option']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, new RegExp(`^corpus-lens: .*\\nusage: corpus-lens ${verb} `));
      assert.equal(bad.stdout, '');
    }
    assert.equal(runCli(['--help']).code, 0);
    assert.match(runCli(['--help']).stdout, /export\n {2}import\n {2}validate\n {2}stats/);
    assert.equal(runCli(['validate']).code, 2);
    assert.equal(runCli(['validate', corpus.dir, '--format', 'xml']).code, 2);
  });
});
