// `corpus-lens validate`: the catalog and every sidecar against the JSON
// Schemas and the articles. Every problem is printed (text or JSON) on
// standard output, and any problem makes the exit code 1, so CI can gate
// a pull request of annotations.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import catalogSchema from '../../schemas/catalog.schema.json';
import sidecarSchema from '../../schemas/sidecar.schema.json';
import { articleOfSidecar, isSidecarUri, sidecarUriOf } from '../core/ports';
import { schemaProblems, sidecarIntegrity, type YamlProblem } from '../core/service';
import { openCorpus } from './corpus';
import { CORPUS_OPTIONS, formatOf, maxFileSizeOf, stringOption, UsageError, type Verb } from './verb';

export interface ValidationProblem {
  readonly file: string;
  /** 1-based, as editors show them; 0 when about the file as a whole. */
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export const validateVerb: Verb = {
  name: 'validate',
  usage: `usage: corpus-lens validate <corpus folder> [--format text|json] [--catalog entities.yaml] [--max-file-size <bytes>]

Checks the catalog and every sidecar: YAML syntax (with lines), the JSON Schemas, duplicate ids,
entity ids the catalog lacks, orphaned annotations, offsets out of range or stale, sidecars without their article,
articles that cannot be read. Prints every problem (path:line:column: severity: message, or one JSON object).
Exit code: 0 nothing found, 1 any problem, 2 bad usage.`,
  options: { ...CORPUS_OPTIONS, format: { type: 'string' } },
  async run(values, paths, io) {
    const format = formatOf(values, ['text', 'json'], 'text');
    if (paths.length !== 1) throw new UsageError('give one corpus folder');
    const [root] = paths;
    const corpus = await openCorpus({ paths, catalog: stringOption(values, 'catalog'), maxFileSize: maxFileSizeOf(values), data: io.data, err: () => undefined });
    const problems: ValidationProblem[] = [
      ...corpus.found.problems.map((p) => ({ file: p.path, line: 0, column: 0, severity: 'error' as const, message: p.message })),
      ...corpus.problems.map((p) => ({ file: corpus.displayOf(p.uri), line: p.line + 1, column: p.column + 1, severity: p.severity, message: p.message })),
    ];
    // a line the reader already reported on needs no second message from the schema
    const reported = new Set(problems.map((p) => `${p.file}:${p.line}`));
    const place = (file: string, list: readonly YamlProblem[]) =>
      problems.push(
        ...list
          .map((p) => ({ file, line: p.line + 1, column: p.column + 1, severity: p.severity, message: p.message }))
          .filter((p) => !reported.has(`${p.file}:${p.line}`)),
      );
    const ajv = new Ajv({ allErrors: true });
    // with no catalog, or one that does not parse (reported), every id would seem to point nowhere
    const catalogIds = new Set(corpus.service.catalog().entities.map((e) => e.id));
    if (corpus.catalog && corpus.service.catalogHealth() === 'ok') {
      const text = await fs.readFile(corpus.catalog.absolute, 'utf8').catch(() => undefined);
      if (text !== undefined) place(corpus.catalog.display, checkSchema(text, ajv.compile(catalogSchema)));
    }
    const validateSidecar = ajv.compile(sidecarSchema);
    const articles = new Set(corpus.found.files.map((f) => f.absolute));
    for (const file of corpus.found.files) {
      const sidecar = sidecarUriOf(file.display);
      const text = await fs.readFile(sidecarUriOf(file.absolute), 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      place(sidecar, checkSchema(text, validateSidecar));
      place(sidecar, sidecarIntegrity(text, corpus.service.analysis(file.absolute)?.text.text, ['ok', 'none'].includes(corpus.service.catalogHealth()) ? catalogIds : undefined));
    }
    for (const sidecar of await sidecarsUnder(root)) {
      if (!articles.has(path.resolve(articleOfSidecar(sidecar)))) {
        problems.push({ file: sidecar, line: 0, column: 0, severity: 'error', message: `a sidecar without its article: ${path.basename(articleOfSidecar(sidecar))} is not an article of the corpus` });
      }
    }
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    if (format === 'json') await io.out(JSON.stringify({ ok: problems.length === 0, problems }));
    else {
      for (const p of problems) await io.out(`${p.file}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.severity}: ${p.message}`);
      await io.out(problems.length ? `${problems.length} problem(s)` : 'no problems');
    }
    return problems.length ? 1 : 0;
  },
};

function checkSchema(text: string, validate: ValidateFunction): YamlProblem[] {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch {
    return []; // syntax errors are reported with their lines by the reader
  }
  // an empty file holds nothing, and the reader accepts it
  if (value === null || validate(value)) return [];
  return schemaProblems(text, validate.errors ?? []);
}

/** Every sidecar under the folder (as the walk for articles skips, hidden folders and node_modules aside). */
async function sidecarsUnder(root: string): Promise<string[]> {
  const names = await fs.readdir(root, { recursive: true }).catch(() => [] as string[]);
  return names
    .filter((n) => isSidecarUri(n) && !n.split(path.sep).some((s) => s === 'node_modules' || s.startsWith('.')))
    .map((n) => path.join(root, n))
    .sort();
}
