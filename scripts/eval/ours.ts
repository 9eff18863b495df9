// Runs our recogniser exactly as a user would: the built CLI with
// `recognize --input-jsonl`, so the eval measures the shipped code path.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextMap } from '../../src/core/text/offsets';
import type { DocPredictions, EntitySpan, EntityType, GoldDoc, TimexSpan, TimexType } from './types';

export const CLI_PATH = path.resolve(__dirname, '../../dist/cli.js');

/** A CLI output line, offsets in code points (DESIGN.md "Command line"). */
interface CliRecord {
  id: string;
  entities: Array<{ start: number; end: number; text: string; type: EntityType }>;
  dates: Array<{ start: number; end: number; text: string; type: TimexType; value: string }>;
}

export interface OursResult {
  readonly output: Map<string, DocPredictions>;
  /** Lines the CLI wrote on stderr (unreadable inputs, catalog problems). */
  readonly warnings: string[];
  /** Spans whose reported text is not the text at their offsets: an offset bug. */
  readonly offsetMismatches: string[];
}

export async function runOurs(docs: readonly GoldDoc[], catalog?: string): Promise<OursResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-lens-eval-'));
  try {
    const input = path.join(dir, 'input.jsonl');
    writeFileSync(input, docs.map((d) => JSON.stringify({ id: d.id, text: d.text, dct: d.dct })).join('\n') + '\n');
    const args = [CLI_PATH, 'recognize', '--input-jsonl', input, ...(catalog ? ['--catalog', catalog] : [])];
    const { stdout, stderr, code } = await run(process.execPath, args);
    const warnings = stderr.split('\n').filter((l) => l.trim());
    // 1 = some input could not be read, the rest is still printed
    if (code !== 0 && code !== 1) throw new Error(`our CLI exited with ${code}:\n${warnings.slice(0, 20).join('\n')}`);
    return { ...toPredictions(docs, stdout), warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Converts the CLI's code point offsets into the gold's UTF-16 indices. */
export function toPredictions(docs: readonly GoldDoc[], stdout: string): Omit<OursResult, 'warnings'> {
  const textOf = new Map(docs.map((d) => [d.id, d.text]));
  const output = new Map<string, DocPredictions>();
  const offsetMismatches: string[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as CliRecord;
    const text = textOf.get(record.id);
    if (text === undefined) throw new Error(`our CLI printed an unknown id: ${record.id}`);
    const map = new TextMap(text);
    const convert = <T extends { start: number; end: number; text: string }>(span: T): T => {
      const converted = { ...span, start: map.toUtf16(span.start), end: map.toUtf16(span.end) };
      const actual = text.slice(converted.start, converted.end);
      if (actual !== span.text) offsetMismatches.push(`${record.id} [${span.start},${span.end}) says ${JSON.stringify(span.text)}, text has ${JSON.stringify(actual)}`);
      return converted;
    };
    const entities: EntitySpan[] = record.entities.map((e) => convert({ start: e.start, end: e.end, text: e.text, type: e.type }));
    const dates: TimexSpan[] = record.dates.map((d) => convert({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value }));
    output.set(record.id, { entities, dates });
  }
  return { output, offsetMismatches };
}

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code }),
    );
  });
}
