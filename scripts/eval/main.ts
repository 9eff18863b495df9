// npm run eval [-- <gold.jsonl...>] [--json] [--baselines|--no-baselines] [--errors N] [--catalog entities.yaml]
// Scores our recogniser (through the built CLI) and the off-the-shelf
// baselines on gold files in the eval README's format: by default every dev
// set of ../shared/data/eval and the cross-check held out of training. Targets are
// reported, not enforced: exit 0 when it ran, 1 when our CLI failed, 2 on bad usage.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { chronoDates, compromiseEntities } from './baselines';
import { summarizeEntityErrors, summarizeTimexErrors } from './errors';
import { readGoldFile } from './gold';
import { CLI_PATH, runOurs } from './ours';
import { readTrainingSet } from '../train/split';
import { entityReport, renderFile, renderOverview, timexReport, type FileReport, type Report, type SystemReport } from './report';
import { scoreEntities } from './scoreEntities';
import { scoreTimex } from './scoreTimex';
import type { DocPredictions, GoldDoc, SystemOutput } from './types';

const EVAL_DIR = path.resolve(__dirname, '../../../shared/data/eval');

const USAGE = `usage: npm run eval [-- <gold.jsonl...>] [--json] [--baselines|--no-baselines] [--errors N] [--catalog entities.yaml]

  without gold files: every dev set in ${EVAL_DIR} and the training cross-check (scripts/train/split.ts)

  --json            print the whole report as JSON (stable keys, fractions 0..1)
  --no-baselines    skip compromise (names) and chrono-node (dates); they run by default
  --errors N        list our N most frequent mistakes per error class
  --catalog FILE    passed to \`corpus-lens recognize\`

Exit code: 0 ran, 1 our CLI failed, 2 bad usage.`;

interface Options {
  goldFiles: string[];
  json: boolean;
  baselines: boolean;
  errors: number;
  catalog?: string;
}

function parseOptions(argv: string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        baselines: { type: 'boolean' },
        'no-baselines': { type: 'boolean' },
        errors: { type: 'string' },
        catalog: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { values, positionals } = parsed;
  if (values.help) return '';
  const missing = positionals.find((f) => !existsSync(f));
  if (missing) return `${missing}: no such file`;
  if (values.baselines && values['no-baselines']) return '--baselines and --no-baselines contradict each other';
  const errors = values.errors === undefined ? 0 : Number(values.errors);
  if (!Number.isInteger(errors) || errors < 0) return `--errors wants a whole number, not ${values.errors}`;
  if (values.catalog && !existsSync(values.catalog)) return `${values.catalog}: no such catalog`;
  return { goldFiles: positionals, json: values.json ?? false, baselines: !values['no-baselines'], errors, catalog: values.catalog };
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    if (options === '') {
      console.log(USAGE);
      return 0;
    }
    process.stderr.write(`eval: ${options}\n${USAGE}\n`);
    return 2;
  }
  let sets: GoldSet[];
  try {
    sets = options.goldFiles.length > 0 ? options.goldFiles.map((f) => ({ name: f, docs: readGoldFile(f) })) : defaultSets();
  } catch (e) {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  let failed = false;
  const report: Report = { files: [] };
  for (const { name, docs } of sets) {
    const file = await evaluateFile(name, docs, options);
    failed ||= file.systems.some((s) => s.name === 'corpus-lens' && !s.entities && !s.timex);
    report.files.push(file);
    // tables as each file finishes: the baselines make a run take a while
    if (!options.json) console.log(renderFile(file) + '\n');
  }
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else if (report.files.length > 1) console.log(renderOverview(report));
  return failed ? 1 : 0;
}

interface GoldSet {
  readonly name: string;
  readonly docs: GoldDoc[];
}

const DEV_SETS = ['meantime-dev.jsonl', 'conll2003-dev.jsonl', 'tbaq-train.jsonl'];

/** The dev sets, and the cross-check per training source. */
function defaultSets(): GoldSet[] {
  const sets = DEV_SETS.map((f) => path.join(EVAL_DIR, f)).filter((f) => existsSync(f)).map((f) => ({ name: f, docs: readGoldFile(f) }));
  if (sets.length === 0) throw new Error(`no gold file given, and no dev sets in ${EVAL_DIR}`);
  const training = readTrainingSet();
  for (const source of new Set(training?.crossCheck.map(sourceOf))) {
    sets.push({ name: `cross-check:${source}`, docs: training!.crossCheck.filter((d) => sourceOf(d) === source) });
  }
  return sets;
}

const sourceOf = (d: GoldDoc): string => d.id.slice(0, d.id.indexOf(':'));

async function evaluateFile(goldFile: string, docs: GoldDoc[], options: Options): Promise<FileReport> {
  const systems: SystemReport[] = [];
  const started = performance.now();
  try {
    const ours = await runOurs(docs, options.catalog);
    const warnings = [...ours.warnings, ...ours.offsetMismatches.map((m) => `offset mismatch: ${m}`)];
    systems.push(score('corpus-lens', docs, ours.output, started, warnings, options.errors));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const hint = existsSync(CLI_PATH) ? '' : ` (${CLI_PATH} missing: run node esbuild.js)`;
    systems.push({ name: 'corpus-lens', seconds: 0, entities: null, timex: null, warnings: [`our CLI failed${hint}: ${message}`], errors: null });
  }
  if (options.baselines) {
    // each baseline covers one layer only, and only docs with that layer
    if (docs.some((d) => d.hasEntities)) {
      systems.push(runBaseline('compromise', docs.filter((d) => d.hasEntities), compromiseEntities, 'entities'));
    }
    if (docs.some((d) => d.hasTimex)) {
      systems.push(runBaseline('chrono', docs.filter((d) => d.hasTimex), chronoDates, 'timex'));
    }
  }
  return { gold: goldFile, docs: docs.length, systems };
}

function runBaseline(name: string, docs: GoldDoc[], recognize: (doc: GoldDoc) => DocPredictions, layer: 'entities' | 'timex'): SystemReport {
  const started = performance.now();
  const output = new Map(docs.map((d) => [d.id, recognize(d)]));
  const report = score(name, docs, output, started, [], 0);
  return layer === 'entities' ? { ...report, timex: null } : { ...report, entities: null };
}

function score(name: string, docs: GoldDoc[], output: SystemOutput, started: number, warnings: string[], errorsTop: number): SystemReport {
  const entities = docs.some((d) => d.hasEntities) ? scoreEntities(docs, output) : null;
  const timex = docs.some((d) => d.hasTimex) ? scoreTimex(docs, output) : null;
  return {
    name,
    seconds: (performance.now() - started) / 1000,
    entities: entities && entityReport(entities),
    timex: timex && timexReport(timex),
    warnings,
    errors:
      errorsTop > 0
        ? {
            entities: entities && summarizeEntityErrors(entities.errors, docs, errorsTop),
            timex: timex && summarizeTimexErrors(timex.errors, docs, errorsTop),
          }
        : null,
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`eval: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
