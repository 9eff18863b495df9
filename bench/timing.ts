// Clocks, percentiles and memory after a full collection.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const MB = 1e6;

export function nowMs(): number {
  return performance.now();
}

export async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = nowMs();
  await run();
  return nowMs() - start;
}

export function time(run: () => unknown): number {
  const start = nowMs();
  run();
  return nowMs() - start;
}

/** Nearest-rank percentile of already measured durations. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly samples: number;
}

export function latencyOf(samples: readonly number[]): Latency {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), samples: samples.length };
}

/**
 * The real `gc` when node ran with --expose-gc; otherwise the flag is set at
 * run time and the function taken from a fresh context (V8 installs `gc` only
 * in contexts created after the flag), so `tsx bench/main.ts` works unchanged.
 */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const gc = collector();

export interface Memory {
  readonly heapMiB: number;
  readonly rssMiB: number;
}

export function memoryAfterGc(): Memory {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heapMiB: m.heapUsed / 2 ** 20, rssMiB: m.rss / 2 ** 20 };
}
