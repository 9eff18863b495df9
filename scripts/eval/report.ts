// The report: one object with stable keys (what --json prints) built from
// the raw counts, and its rendering as plain-text tables.

import * as path from 'node:path';
import { prf, ratio, type Counts, type Prf } from './counts';
import type { ErrorClassSummary } from './errors';
import type { EntityScores } from './scoreEntities';
import type { TimexScores } from './scoreTimex';
import { TIMEX_TYPES, type EntityType, type TimexType } from './types';

const ENTITY_ROWS: readonly EntityType[] = ['person', 'organization', 'location', 'other'];

export interface EntityReport {
  docs: number;
  byType: Record<EntityType, { gold: number; predicted: number; strict: Prf; relaxed: Prf }>;
  micro: { strict: Prf; relaxed: Prf; untypedStrict: Prf };
  ignored: EntityScores['ignored'];
}

export interface TimexReport {
  docs: number;
  gold: number;
  predicted: number;
  strict: Prf;
  relaxed: Prf;
  /** Over the relaxed pairs. */
  typeAccuracy: number;
  valueAccuracy: number;
  te3TypeF1: number;
  te3ValueF1: number;
  byType: Record<TimexType, { gold: number; predicted: number; strictRecall: number; relaxedRecall: number; valueAccuracy: number }>;
  ignored: TimexScores['ignored'];
}

export interface SystemReport {
  name: string;
  seconds: number;
  entities: EntityReport | null;
  timex: TimexReport | null;
  warnings: string[];
  errors: { entities: ErrorClassSummary[] | null; timex: ErrorClassSummary[] | null } | null;
}

export interface FileReport {
  gold: string;
  docs: number;
  systems: SystemReport[];
}

export interface Report {
  files: FileReport[];
}

export function entityReport(scores: EntityScores): EntityReport {
  const sum = (pick: (c: EntityScores['byType'][EntityType]) => Counts): Counts =>
    ENTITY_ROWS.map((t) => pick(scores.byType[t])).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }));
  const byType = Object.fromEntries(
    ENTITY_ROWS.map((t) => {
      const c = scores.byType[t];
      return [t, { gold: c.strict.tp + c.strict.fn, predicted: c.strict.tp + c.strict.fp, strict: prf(c.strict), relaxed: prf(c.relaxed) }];
    }),
  ) as EntityReport['byType'];
  return {
    docs: scores.docs,
    byType,
    micro: { strict: prf(sum((c) => c.strict)), relaxed: prf(sum((c) => c.relaxed)), untypedStrict: prf(scores.untyped) },
    ignored: scores.ignored,
  };
}

export function timexReport(scores: TimexScores): TimexReport {
  const relaxed = prf(scores.relaxed);
  const pairs = scores.relaxed.tp;
  const typeAccuracy = ratio(scores.typeCorrect, pairs);
  const valueAccuracy = ratio(scores.valueCorrect, pairs);
  const byType = Object.fromEntries(
    TIMEX_TYPES.map((t) => {
      const c = scores.byType[t];
      return [t, {
        gold: c.gold,
        predicted: c.predicted,
        strictRecall: ratio(c.strictMatched, c.gold),
        relaxedRecall: ratio(c.relaxedMatched, c.gold),
        valueAccuracy: ratio(c.valueCorrect, c.relaxedMatched),
      }];
    }),
  ) as TimexReport['byType'];
  return {
    docs: scores.docs,
    gold: scores.strict.tp + scores.strict.fn,
    predicted: scores.strict.tp + scores.strict.fp,
    strict: prf(scores.strict),
    relaxed,
    typeAccuracy,
    valueAccuracy,
    te3TypeF1: relaxed.f1 * typeAccuracy,
    te3ValueF1: relaxed.f1 * valueAccuracy,
    byType,
    ignored: scores.ignored,
  };
}

// ---- text rendering ----

const pct = (x: number): string => (100 * x).toFixed(1);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  // first column left-aligned (labels), the rest right-aligned (numbers)
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()).join('\n');
}

const prfCells = (p: Prf): string[] => [pct(p.precision), pct(p.recall), pct(p.f1)];

export function renderEntities(name: string, r: EntityReport): string {
  const rows = [['entities: ' + name, 'gold', 'pred', 'P', 'R', 'F1', 'relaxed P', 'R', 'F1']];
  for (const t of ENTITY_ROWS) {
    const c = r.byType[t];
    if (t === 'other' && c.predicted === 0) continue;
    rows.push([t, String(c.gold), String(c.predicted), ...prfCells(c.strict), ...prfCells(c.relaxed)]);
  }
  const m = r.micro;
  rows.push(['micro', String(m.strict.tp + m.strict.fn), String(m.strict.tp + m.strict.fp), ...prfCells(m.strict), ...prfCells(m.relaxed)]);
  rows.push(['untyped (span only)', '', '', ...prfCells(m.untypedStrict), '', '', '']);
  return `${table(rows)}\n(P/R/F1 strict = exact span + type; ignored: ${r.ignored.optionalOnly} overlapping only optional spans, ${r.ignored.afterAnnotatedUpTo} after annotatedUpTo)`;
}

export function renderTimex(name: string, r: TimexReport): string {
  const rows = [
    ['timex: ' + name, 'gold', 'pred', 'P', 'R', 'F1', 'relaxed P', 'R', 'F1', 'type acc', 'value acc', 'TE3 value F1'],
    ['all', String(r.gold), String(r.predicted), ...prfCells(r.strict), ...prfCells(r.relaxed), pct(r.typeAccuracy), pct(r.valueAccuracy), pct(r.te3ValueF1)],
  ];
  const byType = [['by gold type', 'gold', 'pred', 'strict R', 'relaxed R', 'value acc']];
  for (const t of TIMEX_TYPES) {
    const c = r.byType[t];
    if (c.gold === 0 && c.predicted === 0) continue;
    byType.push([t, String(c.gold), String(c.predicted), pct(c.strictRecall), pct(c.relaxedRecall), pct(c.valueAccuracy)]);
  }
  return `${table(rows)}\n${table(byType)}\n(value acc = exact value, case-insensitive, over relaxed pairs; TE3 value F1 = relaxed F1 x value acc; ${r.ignored.afterAnnotatedUpTo} predictions after annotatedUpTo ignored)`;
}

export function renderSummary(file: FileReport): string {
  const rows = [['summary', 'ent strict F1', 'relaxed F1', 'untyped F1', 'timex strict F1', 'relaxed F1', 'value acc', 'TE3 value F1', 'seconds']];
  const dash = '-';
  for (const s of file.systems) {
    const e = s.entities;
    const t = s.timex;
    rows.push([
      s.name,
      e ? pct(e.micro.strict.f1) : dash,
      e ? pct(e.micro.relaxed.f1) : dash,
      e ? pct(e.micro.untypedStrict.f1) : dash,
      t ? pct(t.strict.f1) : dash,
      t ? pct(t.relaxed.f1) : dash,
      t ? pct(t.valueAccuracy) : dash,
      t ? pct(t.te3ValueF1) : dash,
      s.seconds.toFixed(1),
    ]);
  }
  return table(rows);
}

export function renderErrors(title: string, classes: readonly ErrorClassSummary[]): string {
  const lines = [`${title} errors by class:`];
  for (const c of classes) {
    lines.push(`  ${c.class}: ${c.count}`);
    for (const g of c.top) {
      lines.push(`    ${String(g.count).padStart(4)}  ${g.key}`);
      for (const ex of g.examples) lines.push(`            ${ex.context}   (${ex.docId})`);
    }
  }
  return lines.join('\n');
}

export function renderFile(file: FileReport): string {
  const parts = [`== ${file.gold}: ${file.docs} docs ==`];
  for (const s of file.systems) {
    for (const w of s.warnings.slice(0, 10)) parts.push(`warning (${s.name}): ${w}`);
    if (s.warnings.length > 10) parts.push(`warning (${s.name}): … ${s.warnings.length - 10} more`);
    if (s.entities) parts.push(renderEntities(s.name, s.entities));
    if (s.timex) parts.push(renderTimex(s.name, s.timex));
  }
  parts.push(renderSummary(file));
  for (const s of file.systems) {
    if (s.errors?.entities) parts.push(renderErrors(`${s.name} entity (strict)`, s.errors.entities));
    if (s.errors?.timex) parts.push(renderErrors(`${s.name} timex (relaxed pairs)`, s.errors.timex));
  }
  return parts.join('\n\n');
}

/** One row per gold set: ours beside the baselines, the figures the README's quality table shows. */
export function renderOverview(report: Report): string {
  const rows = [['overview', 'ent strict F1', 'PER', 'ORG', 'LOC', 'untyped', 'compromise', 'timex strict F1', 'value acc', 'chrono']];
  const dash = '-';
  for (const file of report.files) {
    const of = (name: string): SystemReport | undefined => file.systems.find((s) => s.name === name);
    const e = of('corpus-lens')?.entities;
    const t = of('corpus-lens')?.timex;
    const c = of('compromise')?.entities;
    const ch = of('chrono')?.timex;
    rows.push([
      path.basename(file.gold),
      e ? pct(e.micro.strict.f1) : dash,
      e ? pct(e.byType.person.strict.f1) : dash,
      e ? pct(e.byType.organization.strict.f1) : dash,
      e ? pct(e.byType.location.strict.f1) : dash,
      e ? pct(e.micro.untypedStrict.f1) : dash,
      c ? pct(c.micro.strict.f1) : dash,
      t ? pct(t.strict.f1) : dash,
      t ? pct(t.valueAccuracy) : dash,
      ch ? pct(ch.strict.f1) : dash,
    ]);
  }
  return table(rows);
}
