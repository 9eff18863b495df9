// The printed report: machine, throughput, baseline, scaling, latency, host, goals.

import { MB } from './timing';
import { round, type Results } from './results';

type Row = readonly string[];

function table(title: string, header: Row, rows: readonly Row[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: Row) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [`\n${title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ms = (v: number | undefined) => (v === undefined ? '-' : `${round(v)} ms`);
const mb = (bytes: number) => `${round(bytes / MB)} MB`;
/** How much a figure grew from the previous corpus size. */
const growth = (now: number | undefined, before: number | undefined) =>
  now === undefined || before === undefined || before === 0 ? '' : ` (x${round(now / before)})`;

export function formatReport(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Corpus Lens benchmark, ${r.date}`);
  out.push(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, node ${m.node}, ${m.os}; load average ${m.loadAverage} at start`);
  out.push(`corpus source: ${r.source}; seed ${r.options.seed}`);
  out.push(`recogniser data: ${r.dataFiles.length ? r.dataFiles.join(', ') : 'NONE (data/*.json missing: empty word lists, catalog only)'}`);

  const t = r.throughput;
  out.push(table('Recognition throughput, one core, warm (MB = 10^6 bytes of UTF-8)',
    ['recogniser', 'input', 'time', 'MB/s', 'found', 'ours / it'],
    [
      [t.sample.ours.name, mb(t.sample.ours.bytes), ms(t.sample.ours.ms), round(t.sample.ours.mbPerS), String(t.sample.ours.found), ''],
      [`compromise ${t.sample.compromise.version ?? ''}`, mb(t.sample.compromise.bytes), ms(t.sample.compromise.ms),
        round(t.sample.compromise.mbPerS), String(t.sample.compromise.found), `${round(t.oursOverCompromise)}x`],
      [`chrono-node ${t.sample.chrono.version ?? ''}`, mb(t.sample.chrono.bytes), ms(t.sample.chrono.ms),
        round(t.sample.chrono.mbPerS), String(t.sample.chrono.found), `${round(t.oursOverChrono)}x`],
      [`${t.largestCorpus.name}, whole largest corpus`, mb(t.largestCorpus.bytes), ms(t.largestCorpus.ms),
        round(t.largestCorpus.mbPerS), String(t.largestCorpus.found), ''],
      [`corpus-lens recognize, whole process, ${r.cli.articles} articles (best of ${r.cli.runs})`, mb(r.cli.bytes), ms(r.cli.ms), round(r.cli.mbPerS), '', ''],
      r.ripgrep.installed
        ? [`ripgrep -F -j1, ${r.ripgrep.patterns} catalog names`, mb(r.ripgrep.bytes), ms(r.ripgrep.oneThread.ms),
            round(r.ripgrep.oneThread.mbPerS), String(r.ripgrep.matches), `${round(r.ripgrep.oursOverRipgrep ?? NaN)}x`]
        : ['ripgrep', '', '', r.ripgrep.why, '', ''],
      ...(r.ripgrep.installed
        ? [[`ripgrep -F, ${r.machine.cores} threads`, mb(r.ripgrep.bytes), ms(r.ripgrep.allThreads.ms), round(r.ripgrep.allThreads.mbPerS), '', '']]
        : []),
    ]));

  const idx = r.index;
  out.push(table('Index at scale (each size in a fresh node process; growth vs the previous size in brackets)',
    ['articles', 'size', 'cold index', 'index MB/s', 'warm start', 'reads only', 'heap', 'RSS', 'mentions', 'dates'],
    idx.map((run, i) => {
      const prev = idx[i - 1];
      const bytes = r.corpora[i]?.bytes ?? 0;
      return [
        String(run.articles), mb(bytes), ms(run.coldMs) + growth(run.coldMs, prev?.coldMs), round(bytes / MB / (run.coldMs / 1000)),
        `${ms(run.warmMs)}${growth(run.warmMs, prev?.warmMs)}, ${round(run.snapshotMB)} MB saved`, ms(run.ioMs),
        `${round(run.memory.indexed.heapMiB)} MiB` + growth(run.memory.indexed.heapMiB, prev?.memory.indexed.heapMiB),
        `${round(run.memory.indexed.rssMiB)} MiB`, String(run.mentions), String(run.dates),
      ];
    })));
  out.push(`(process before the service: heap ${round(idx[0]?.memory.baseline.heapMiB ?? NaN)} MiB, RSS ${round(idx[0]?.memory.baseline.rssMiB ?? NaN)} MiB; data load ${ms(idx[0]?.dataLoadMs)})`);

  out.push(table('Editor latency (1,000 seeded mention positions; p50 / p95 / max)',
    ['articles', 'hover', 'definition', 'references', 'refs/query', 'fileChanged', 'syncEditor'],
    idx.map((run) => {
      const f = run.features;
      const e = run.reindex;
      const l = (x?: { p50: number; p95: number; max: number }) => (x ? `${round(x.p50)} / ${round(x.p95)} / ${round(x.max)}` : '-');
      return [String(run.articles), l(f?.hover), l(f?.definition), l(f?.references), f ? round(f.references.meanLocations) : '-',
        l(e?.fileChanged), l(e?.syncEditor)];
    })));

  const blocked = idx.filter((run) => run.blocking);
  if (blocked.length) {
    const b = (x: { longestMs: number; totalMs: number }) => `${round(x.longestMs)} ms (of ${round(x.totalMs)} ms)`;
    out.push(table('Longest event-loop block (the editor frozen for as long), and the whole action',
      ['articles', 'catalog edit', 'article save', 're-index (warm)'],
      blocked.map((run) => [String(run.articles), b(run.blocking!.catalogEdit), b(run.blocking!.articleSave), b(run.blocking!.reindex)])));
  }

  const a = r.reanchor;
  const l = (x: { p50: number; p95: number; max: number }) => `${round(x.p50)} / ${round(x.p95)} / ${round(x.max)} ms`;
  out.push(table(`Re-anchoring on the largest sample article (${a.article}, ${a.bytes} bytes, ${a.annotations} annotations; p50 / p95 / max)`,
    ['text', 'all annotations re-anchored in', 'outcome'],
    [
      ['unchanged', l(a.unchanged), 'anchored in place'],
      ['paragraph inserted before', l(a.shifted), 'moved by exact quote'],
      ['every other "a" accented', l(a.fuzzy), Object.entries(a.fuzzyOutcome).map(([k, v]) => `${v} ${k}`).join(', ')],
    ]));

  const h = r.host;
  if (h.ran) {
    out.push(table(`Real extension host (VS Code ${h.vscodeVersion} in code-server, ${h.articles} articles)`,
      ['figure', 'value'],
      [
        ['ext.activate()', h.alreadyActive ? 'n/a (already active)' : ms(h.activateMs)],
        ['activate -> whenIndexed()', ms(h.indexedMs)],
        ['open first article', ms(h.openMs)],
        ['first hover (executeHoverProvider)', ms(h.firstHoverMs)],
        ['next hovers', h.warmHoverMs.map((v) => round(v)).join(', ') + ' ms'],
        ['findFiles (articles)', ms(h.io?.findFilesMs)],
        ['fs.readFile article + sidecar, sequential', ms(h.io?.sequentialReadsMs)],
        ['the same reads, all in flight', ms(h.io?.parallelReadsMs)],
        ['whole harness run', ms(h.harnessMs)],
      ]));
  } else {
    out.push(`\nReal extension host: skipped: ${h.why}`);
  }

  const b = r.bundle;
  out.push(`\nBundle: dist/extension.js ${b.distKB === undefined ? 'not built' : `${round(b.distKB)} KB`}, minified ${round(b.minifiedKB)} KB, data files ${round(b.dataKB)} KB`);

  out.push(table('Goals', ['goal', 'target', 'measured', 'met'],
    r.goals.map((g) => [g.what, g.target, g.measured, g.met === undefined ? '?' : g.met ? 'yes' : 'NO'])));
  return out.join('\n');
}
