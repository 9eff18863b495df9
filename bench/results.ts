// The shape of bench/results.json and the goals of the issue "Speed at corpus scale".

import type { ReanchorCost } from './reanchor';
import type { BundleSize } from './bundle';
import type { HostResult } from './host/run';
import type { IndexRun } from './indexing';
import type { Machine } from './machine';
import type { RipgrepResult } from './ripgrep';
import type { Throughput } from './throughput';
import type { CliThroughput } from './cli';

export interface Results {
  readonly machine: Machine;
  readonly date: string;
  readonly options: { readonly articles: number; readonly seed: number; readonly host: boolean };
  readonly source: string;
  /** data/*.json files the recognisers ran with (empty: built-in empty word lists). */
  readonly dataFiles: readonly string[];
  readonly corpora: readonly { readonly articles: number; readonly bytes: number }[];
  readonly throughput: {
    readonly sample: { readonly ours: Throughput; readonly compromise: Throughput; readonly chrono: Throughput };
    readonly largestCorpus: Throughput;
    readonly oursOverCompromise: number;
    readonly oursOverChrono: number;
  };
  /** `corpus-lens recognize` as a whole process on (up to) 2,000 articles. */
  readonly cli: CliThroughput;
  readonly ripgrep: RipgrepResult & { readonly oursOverRipgrep?: number };
  readonly index: readonly IndexRun[];
  readonly reanchor: ReanchorCost;
  readonly host: HostResult | { readonly ran: false; readonly why: string };
  readonly bundle: BundleSize;
  readonly goals: readonly Goal[];
}

export interface Goal {
  readonly what: string;
  readonly target: string;
  readonly measured: string;
  /** undefined when it could not be measured in this run. */
  readonly met?: boolean;
}

type Check = [what: string, target: string, value: number | undefined, limit: number, better: 'lower' | 'higher', unit: string];

export function checkGoals(r: Omit<Results, 'goals'>): Goal[] {
  const largest = r.index[r.index.length - 1];
  const at = largest ? ` (${largest.articles} articles)` : '';
  const host = r.host.ran ? r.host : undefined;
  const checks: Check[] = [
    ['full recognition, one core', '>= 20 MB/s', r.throughput.sample.ours.mbPerS, 20, 'higher', ' MB/s'],
    ['ours / compromise', '>= 100x', r.throughput.oursOverCompromise, 100, 'higher', 'x'],
    [`command line, whole process, ${r.cli.articles} articles`, '>= 10 MB/s', r.cli.mbPerS, 10, 'higher', ' MB/s'],
    [`cold index${at}`, '< 3 s', largest?.coldMs, 3000, 'lower', ' ms'],
    [`warm start${at}`, '< 0.5 s', largest?.warmMs, 500, 'lower', ' ms'],
    ['hover p95', '< 5 ms', largest?.features?.hover.p95, 5, 'lower', ' ms'],
    ['definition p95', '< 5 ms', largest?.features?.definition.p95, 5, 'lower', ' ms'],
    ['references p95', '< 50 ms', largest?.features?.references.p95, 50, 'lower', ' ms'],
    ['re-index one ~3 KB article (fileChanged p95)', '< 10 ms', largest?.reindex?.fileChanged.p95, 10, 'lower', ' ms'],
    ['re-index one ~3 KB article (syncEditor p95)', '< 10 ms', largest?.reindex?.syncEditor.p95, 10, 'lower', ' ms'],
    [`longest event-loop block, catalog edit${at}`, '< 50 ms', largest?.blocking?.catalogEdit.longestMs, 50, 'lower', ' ms'],
    [`longest event-loop block, article save${at}`, '< 50 ms', largest?.blocking?.articleSave.longestMs, 50, 'lower', ' ms'],
    [`longest event-loop block, re-index${at}`, '< 50 ms', largest?.blocking?.reindex.longestMs, 50, 'lower', ' ms'],
    ['activation (ext.activate)', '< 150 ms', host?.activateMs, 150, 'lower', ' ms'],
    ['bundle dist/extension.js', '< 500 KB', r.bundle.distKB, 500, 'lower', ' KB'],
    ['bundle minified', '< 500 KB', r.bundle.minifiedKB, 500, 'lower', ' KB'],
    [`memory RSS after GC${at}`, '< 200 MB', largest?.memory.indexed.rssMiB, 200, 'lower', ' MiB'],
    [`memory heap after GC${at}`, '< 200 MB', largest?.memory.indexed.heapMiB, 200, 'lower', ' MiB'],
  ];
  return checks.map(([what, target, value, limit, better, unit]) => ({
    what,
    target,
    measured: value === undefined || Number.isNaN(value) ? 'not measured' : `${round(value)}${unit}`,
    met: value === undefined || Number.isNaN(value) ? undefined : better === 'lower' ? value < limit : value >= limit,
  }));
}

export function round(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : abs >= 1 ? value.toFixed(2) : value.toFixed(3);
}
