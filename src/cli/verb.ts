// What every verb of the command line shares: its options, its usage text,
// and the I/O it is handed (so tests and main wire it the same way).

import type { ParseArgsConfig } from 'node:util';
import type { RecognizerData } from '../core/service';

/** The extension's default corpusLens.maxFileSize, so both skip the same articles. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface CliIo {
  /** The recogniser data shipped beside the CLI, loaded on first use. */
  readonly data: () => RecognizerData;
  /** The recogniser's worker thread, bundled beside the CLI (dist/recognizeWorker.js). */
  readonly workerScript: string;
  /** One line (or block) to standard output; waits while the reader is behind. */
  readonly out: (text: string) => void | Promise<void>;
  readonly err: (line: string) => void;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** A usage problem: main prints it with the verb's usage and exits 2. */
export class UsageError extends Error {}

export interface Verb {
  readonly name: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. */
  run(values: OptionValues, positionals: string[], io: CliIo): Promise<number>;
}

/** The options every verb that reads a corpus takes. */
export const CORPUS_OPTIONS = {
  catalog: { type: 'string' },
  'max-file-size': { type: 'string' },
} as const;

export function maxFileSizeOf(values: OptionValues): number {
  const given = values['max-file-size'];
  if (given === undefined) return DEFAULT_MAX_FILE_SIZE;
  const size = Number(given);
  if (!Number.isSafeInteger(size) || size < 1) throw new UsageError(`--max-file-size must be a whole number of bytes, not ${String(given)}`);
  return size;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--format` among the formats a verb writes. */
export function formatOf<F extends string>(values: OptionValues, formats: readonly F[], fallback?: F): F {
  const given = stringOption(values, 'format') ?? fallback;
  if (given === undefined) throw new UsageError(`--format is required (${formats.join(', ')})`);
  if (!(formats as readonly string[]).includes(given)) throw new UsageError(`unknown format: ${given} (${formats.join(', ')})`);
  return given as F;
}
