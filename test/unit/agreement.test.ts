// `corpus-lens agreement` on a two-article fixture whose figures are worked
// out by hand below (the README gives the formulas), through the built CLI
// on two folders and on two git revisions.

import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './support/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');

// code points: "Bashar al-Assad" 0-15, "Vladimir Putin" 20-34 ("Putin" 29-34), "Moscow" 38-44
const ONE = 'Bashar al-Assad met Vladimir Putin in Moscow on Monday.\n';
const TWO = 'Kyiv is calm.\n';

function sidecar(source: string, spans: [number, number, string, string][]): string {
  const items = spans.map(([start, end, exact, type], i) => `  - id: x${i}\n    start: ${start}\n    end: ${end}\n    exact: ${exact}\n    type: ${type}\n    created: 2026-11-23T10:00:00Z\n`);
  return `version: 1\nsource: ${source}\nannotations:\n${items.join('')}`;
}

const A_ONE = sidecar('one.txt', [[0, 15, 'Bashar al-Assad', 'person'], [20, 34, 'Vladimir Putin', 'person'], [38, 44, 'Moscow', 'location']]);
const B_ONE = sidecar('one.txt', [[0, 15, 'Bashar al-Assad', 'person'], [29, 34, 'Putin', 'person'], [38, 44, 'Moscow', 'organization']]);
const A_TWO = sidecar('two.txt', [[0, 4, 'Kyiv', 'location']]);

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-agree-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const close = (actual: number | null, expected: number, what: string) => assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);

interface Report {
  articles: { file: string; a: number; b: number; exact: { precision: number; recall: number; f1: number }; overlap: { f1: number }; kappa: number; tokens: number }[];
  overall: { a: number; b: number; exact: { f1: number }; overlap: { f1: number }; kappa: number; tokens: number };
  types: Record<string, { exact: { f1: number }; overlap: { f1: number }; kappa: number }>;
  disagreements: { file: string; a: { start: number; end: number; label: string } | null; b: { start: number; end: number; label: string } | null }[];
}

function checkFigures(report: Report): void {
  const [one, two] = report.articles;
  assert.deepEqual([one.file, one.a, one.b, one.tokens], ['one.txt', 3, 3, 12]);
  // one exact pair of three and three: P = R = 1/3, F1 = 2*1/(3+3)
  close(one.exact.precision, 1 / 3, 'precision');
  close(one.exact.f1, 1 / 3, 'exact F1');
  // Putin inside Vladimir Putin also overlaps: 2*2/6
  close(one.overlap.f1, 2 / 3, 'overlap F1');
  // tokens Bashar al - Assad met Vladimir Putin in Moscow on Monday . ; A: PPPP O PP O L OOO, B: PPPP O O P O G OOO
  // p_o = 10/12; p_e = (6*5 + 5*6)/144 = 60/144; kappa = (120-60)/(144-60) = 60/84
  close(one.kappa, 60 / 84, 'kappa');
  assert.deepEqual([two.a, two.b, two.tokens, two.exact.f1], [1, 0, 4, 0]);
  // 16 tokens, 13 agree; A: P6 O8 L2, B: P5 O10 G1: p_e = (30+80)/256; kappa = (208-110)/(256-110)
  close(report.overall.kappa, 98 / 146, 'overall kappa');
  close(report.overall.exact.f1, 2 / 7, 'overall exact F1');
  close(report.overall.overlap.f1, 4 / 7, 'overall overlap F1');
  // person: exact 2*1/4, overlap 2*2/4; binary tokens p_o = 11/12, p_e = (6*5 + 6*7)/144 = 1/2
  close(report.types.person.exact.f1, 0.5, 'person exact F1');
  close(report.types.person.overlap.f1, 1, 'person overlap F1');
  close(report.types.person.kappa, 60 / 72, 'person kappa');
  close(report.types.location.kappa, 0, 'location kappa');
  assert.deepEqual(Object.keys(report.types), ['location', 'organization', 'person']);
  assert.deepEqual(
    report.disagreements.map((d) => [d.file, d.a && `${d.a.start}-${d.a.end} ${d.a.label}`, d.b && `${d.b.start}-${d.b.end} ${d.b.label}`]),
    [
      ['one.txt', '20-34 person', '29-34 person'],
      ['one.txt', '38-44 location', '38-44 organization'],
      ['two.txt', '0-4 location', null],
    ],
  );
}

describe('corpus-lens agreement (the built CLI)', function () {
  this.timeout(60000);
  const dirs: string[] = [];
  before(() => execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT }));
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('gives the hand-computed figures for two folders', () => {
    const a = folder({ 'one.txt': ONE, 'two.txt': TWO, 'one.txt.annotations.yaml': A_ONE, 'two.txt.annotations.yaml': A_TWO });
    const b = folder({ 'one.txt': ONE, 'two.txt': TWO, 'one.txt.annotations.yaml': B_ONE });
    dirs.push(a, b);
    const r = spawnSync(process.execPath, [CLI, 'agreement', a, b, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    checkFigures(JSON.parse(r.stdout));
    const text = spawnSync(process.execPath, [CLI, 'agreement', a, b], { encoding: 'utf8' }).stdout;
    assert.match(text, /^overall\s+4\s+3\s+0\.286\s+0\.571\s+0\.671$/m);
    assert.match(text, /one\.txt: A 38-44 "Moscow" location \| B 38-44 "Moscow" organization/);
  });

  it('gives the same figures for two git revisions of one folder', () => {
    const dir = folder({ 'one.txt': ONE, 'two.txt': TWO });
    dirs.push(dir);
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', GIT_CONFIG_GLOBAL: '/dev/null' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env });
    git('init', '-q', '-b', 'alice');
    fs.writeFileSync(path.join(dir, 'one.txt.annotations.yaml'), A_ONE);
    fs.writeFileSync(path.join(dir, 'two.txt.annotations.yaml'), A_TWO);
    git('add', '-A');
    git('commit', '-qm', 'alice');
    git('checkout', '-q', '-b', 'bob');
    fs.writeFileSync(path.join(dir, 'one.txt.annotations.yaml'), B_ONE);
    git('rm', '-q', 'two.txt.annotations.yaml');
    git('add', '-A');
    git('commit', '-qm', 'bob');
    const r = spawnSync(process.execPath, [CLI, 'agreement', dir, '--rev', 'alice', '--rev', 'bob', '--format', 'json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    checkFigures(JSON.parse(r.stdout));
  });

  it('leaves out, and says so, orphans and sidecars that do not parse; a missing folder is exit 1', () => {
    const orphan = sidecar('one.txt', [[0, 15, 'Bashar al-Assad', 'person'], [20, 27, 'Erdogan', 'person']]);
    const a = folder({ 'one.txt': ONE, 'two.txt': TWO, 'one.txt.annotations.yaml': orphan, 'two.txt.annotations.yaml': 'annotations: [' });
    const b = folder({ 'one.txt': ONE, 'one.txt.annotations.yaml': B_ONE });
    dirs.push(a, b);
    const r = spawnSync(process.execPath, [CLI, 'agreement', a, b, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.deepEqual(report.articles.map((x) => [x.file, x.a, x.b]), [['one.txt', 1, 3], ['two.txt', 0, 0]]);
    assert.match(r.stderr, /one\.txt: 1 of A's annotations are orphaned/);
    assert.match(r.stderr, /two\.txt: A's annotations left out: line 1/);
    const missing = spawnSync(process.execPath, [CLI, 'agreement', a, path.join(b, 'nowhere')], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nowhere/);
  });

  it('is bad usage (exit 2) without two folders or two revisions', () => {
    assert.equal(spawnSync(process.execPath, [CLI, 'agreement', 'sample-corpus'], { cwd: ROOT }).status, 2);
    assert.equal(spawnSync(process.execPath, [CLI, 'agreement', '--rev', 'main'], { cwd: ROOT }).status, 2);
  });
});
