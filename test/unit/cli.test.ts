// The command line as scripts outside this repository use it: the built
// dist/cli.js, its JSONL to the letter of DESIGN.md, and its exit codes.

import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './support/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string): { code: number; lines: Record<string, unknown>[]; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status ?? -1, lines, stderr: r.stderr };
}

type Span = { start: number; end: number; text: string };

describe('corpus-lens recognize (the built CLI)', function () {
  this.timeout(60000);

  before(() => {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT });
  });

  it('prints one object per article in path order, with the fields of DESIGN.md in order', () => {
    const { code, lines } = run(['recognize', 'sample-corpus', '--format', 'jsonl']);
    assert.equal(code, 0);
    assert.deepEqual(
      lines.map((l) => l.file),
      fs.readdirSync(path.join(ROOT, 'sample-corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => `sample-corpus/${f}`),
    );
    assert.deepEqual(lines.map((l) => l.published), ['2022-10-17', '2022-06-29', null, '2023-01-13', null]);
    for (const line of lines) {
      assert.deepEqual(Object.keys(line), ['file', 'published', 'entities', 'dates']);
      for (const e of line.entities as object[]) assert.deepEqual(Object.keys(e), ['start', 'end', 'text', 'type', 'entity']);
      for (const d of line.dates as object[]) assert.deepEqual(Object.keys(d), ['start', 'end', 'text', 'type', 'value']);
    }
    const first = lines[0];
    const mikdad = (first.entities as { text: string; type: string; entity: string | null; start: number; end: number }[]).find((e) => e.text === 'Faysal Mikdad')!;
    assert.deepEqual(mikdad, { start: 367, end: 380, text: 'Faysal Mikdad', type: 'person', entity: 'faysal-mikdad' });
    const dateline = (first.dates as { text: string }[]).find((d) => d.text === 'October 17 2022');
    assert.deepEqual(dateline, { start: 244, end: 259, text: 'October 17 2022', type: 'date', value: '2022-10-17' });
  });

  it('counts offsets in code points over the normalised text (astral characters, CRLF, BOM)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-cli-'));
    const text = '\ufeff𝔘𝔘 Vladimir Putin met Bashar al-Assad on 15 March 2023.\r\nIn Damascus, e\u0301 Putin spoke.\r\n';
    fs.writeFileSync(path.join(dir, 'astral.txt'), text);
    const { code, lines } = run(['recognize', dir]);
    assert.equal(code, 0);
    const normalized = [...text.slice(1).replace(/\r\n/g, '\n')];
    for (const span of [...(lines[0].entities as Span[]), ...(lines[0].dates as Span[])]) {
      assert.equal(normalized.slice(span.start, span.end).join(''), span.text);
    }
    assert.ok((lines[0].entities as Span[]).some((e) => e.text === 'Vladimir Putin' && e.start === 3));
    fs.rmSync(dir, { recursive: true });
  });

  it('reads JSONL input keyed by id, with dct as the publication date', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Putin spoke on Thursday.', dct: '2022-06-11' }),
      JSON.stringify({ id: 7, text: 'Putin spoke on Thursday.' }),
    ].join('\n');
    const { code, lines } = run(['recognize', '--input-jsonl', '-'], input);
    assert.equal(code, 0);
    assert.deepEqual(Object.keys(lines[0]), ['id', 'published', 'entities', 'dates']);
    assert.deepEqual(lines.map((l) => [l.id, l.published]), [['a', '2022-06-11'], [7, null]]);
    assert.deepEqual(lines.map((l) => (l.dates as { value: string }[])[0].value), ['2022-06-09', 'XXXX-WXX-4']);
  });

  it('exits 1 when an input cannot be read, printing the rest', () => {
    const { code, lines, stderr } = run(['recognize', 'sample-corpus/000_8c67307d6b1f2411.txt', 'no-such-file.txt']);
    assert.equal(code, 1);
    assert.equal(lines.length, 1);
    assert.match(stderr, /no-such-file\.txt/);
  });

  it('gives a folder large enough for worker threads the records of its articles, in path order, from any working folder', () => {
    // 200 articles: one worker per core (when there are several), beside dist/cli.js whatever the cwd
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-cli-'));
    const names = fs.readdirSync(path.join(ROOT, 'sample-corpus')).filter((f) => f.endsWith('.txt')).sort();
    fs.copyFileSync(path.join(ROOT, 'sample-corpus', 'entities.yaml'), path.join(dir, 'entities.yaml'));
    const copies = Array.from({ length: 200 }, (_, i) => `${String(i).padStart(3, '0')}-${names[i % names.length]}`);
    for (const [i, copy] of copies.entries()) fs.copyFileSync(path.join(ROOT, 'sample-corpus', names[i % names.length]), path.join(dir, copy));
    const alone = run(['recognize', 'sample-corpus']).lines;
    const r = spawnSync(process.execPath, [CLI, 'recognize', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    fs.rmSync(dir, { recursive: true });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(lines.map((l) => l.file), copies.map((c) => `./${c}`));
    lines.forEach((line, i) => assert.deepEqual({ ...line, file: alone[i % names.length].file }, alone[i % names.length]));
  });

  it('exits 2 on bad usage', () => {
    assert.equal(run(['recognize']).code, 2);
    assert.equal(run(['recognise', 'sample-corpus']).code, 2);
    assert.equal(run(['recognize', 'sample-corpus', '--format', 'csv']).code, 2);
  });
});
