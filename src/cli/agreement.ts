// `corpus-lens agreement <A> <B>`: agreement between two annotators, whose
// work is two copies of one corpus folder, or two git revisions of one
// (`--rev main --rev alice`). Articles are paired by their path in the
// folder; the text is A's.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from '../core/ports';
import { computeAgreement, decodeArticle, type AgreementArticle, type AgreementReport, type Scores } from '../core/service';
import { readRegularFile } from '../node/files';
import { findArticles, isArticleName } from './articles';

/** One annotator's corpus: article paths (relative, `/`-separated) and a way to read any file by such a path. */
interface Corpus {
  readonly label: string;
  readonly articles: readonly string[];
  read(relative: string): string | undefined;
}

export interface AgreementOptions {
  readonly folders: readonly string[];
  readonly revs: readonly string[];
  readonly format: 'text' | 'json';
  readonly maxFileSize: number;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Returns the exit code: 0, or 1 when a corpus could not be read. */
export async function agreement(options: AgreementOptions): Promise<number> {
  let corpora: Corpus[];
  try {
    corpora = options.revs.length
      ? options.revs.map((rev) => revisionCorpus(options.folders[0] ?? '.', rev, options.maxFileSize))
      : await Promise.all(options.folders.map((folder) => folderCorpus(folder, options.maxFileSize)));
  } catch (e) {
    options.err(`corpus-lens: agreement: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const [a, b] = corpora;
  const files = [...new Set([...a.articles, ...b.articles])].sort();
  const articles: AgreementArticle[] = [];
  for (const file of files) {
    const text = a.read(file) ?? b.read(file);
    if (text === undefined) continue;
    articles.push({ file, text, a: a.read(file + SIDECAR_SUFFIX), b: b.read(file + SIDECAR_SUFFIX) });
  }
  const report = computeAgreement(articles);
  for (const note of report.notes) options.err(`corpus-lens: ${note}`);
  if (options.format === 'json') options.out(JSON.stringify({ a: a.label, b: b.label, ...report }, null, 2));
  else for (const line of textReport(report, a.label, b.label)) options.out(line);
  return 0;
}

async function folderCorpus(folder: string, maxFileSize: number): Promise<Corpus> {
  const found = findArticles([folder]);
  if (found.folders.length !== 1) throw new Error(`${folder}: ${found.problems[0]?.message ?? 'not a folder'}`);
  const read = (relative: string) => {
    const file = readRegularFile(path.join(folder, relative), maxFileSize);
    if (file.kind !== 'file') return undefined;
    const decoded = decodeArticle(file.bytes);
    return decoded.ok ? decoded.text : undefined;
  };
  const articles = found.files.map((f) => path.relative(folder, f.absolute).split(path.sep).join('/'));
  return { label: folder, articles, read };
}

function revisionCorpus(folder: string, rev: string, maxFileSize: number): Corpus {
  const git = (args: string[]) => spawnSync('git', ['-C', folder, ...args], { maxBuffer: maxFileSize * 4 + 1024 * 1024 });
  const list = git(['ls-tree', '-r', '-z', '--name-only', rev, '.']);
  if (list.error || list.status !== 0) throw new Error(`${rev}: ${list.error?.message ?? list.stderr.toString().trim()}`);
  const articles = list.stdout.toString('utf8').split('\0').filter((p) => p && isArticleName(path.posix.basename(p)));
  const read = (relative: string) => {
    const shown = git(['show', `${rev}:./${relative}`]);
    if (shown.status !== 0 || shown.stdout.length > maxFileSize) return undefined;
    const decoded = decodeArticle(shown.stdout);
    return decoded.ok ? decoded.text : undefined;
  };
  return { label: rev, articles, read };
}

function textReport(report: AgreementReport, a: string, b: string): string[] {
  const f = (x: number | null) => (x === null ? '   -' : x.toFixed(3));
  const header = `${'article'.padEnd(40)} ${'A'.padStart(4)} ${'B'.padStart(4)}  exact F1  overlap F1  kappa`;
  const row = (name: string, s: Scores) => `${name.padEnd(40)} ${String(s.a).padStart(4)} ${String(s.b).padStart(4)}  ${f(s.exact.f1).padStart(8)}  ${f(s.overlap.f1).padStart(10)}  ${f(s.kappa).padStart(5)}`;
  const lines = [`A: ${a}   B: ${b}`, '', header, ...report.articles.map((s) => row(s.file, s)), row('overall', report.overall), '', header.replace('article'.padEnd(40), 'type'.padEnd(40))];
  for (const [type, s] of Object.entries(report.types)) lines.push(row(type, s));
  lines.push('', `disagreements (${report.disagreements.length}):`);
  const span = (x: { start: number; end: number; text: string; label: string } | null) => (x ? `${x.start}-${x.end} "${x.text}" ${x.label}` : 'nothing');
  for (const d of report.disagreements) lines.push(`${d.file}: A ${span(d.a)} | B ${span(d.b)}`);
  return lines;
}
