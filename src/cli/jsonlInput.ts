// `recognize --input-jsonl`: lines {"id", "text", "dct"} in, one record out
// per readable line, in input order, as each line arrives. A line is held
// in memory only while it is within the size limit, so a pipe of any length
// or a line of any size runs in memory bounded by that limit.

import { createReadStream, promises as fs } from 'node:fs';
import { isIsoDate, type CorpusService } from '../core/service';
import { describeFileError } from '../node/files';
import { toRecord } from './jsonl';

export type LineRead =
  | { readonly kind: 'line'; readonly number: number; readonly bytes: Uint8Array }
  /** Longer than the limit: its bytes were counted and dropped, never held whole. */
  | { readonly kind: 'tooLarge'; readonly number: number; readonly size: number };

const NEWLINE = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

/** Splits a byte stream on LF (so a multi-byte character is never cut); line numbers from 1. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<LineRead> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let number = 1;
  const finish = (): LineRead =>
    size > maxBytes ? { kind: 'tooLarge', number, size } : { kind: 'line', number, bytes: Buffer.concat(parts, size) };
  for await (const chunk of chunks) {
    for (let start = 0; ; ) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      size += end - start;
      if (size > maxBytes) parts = [];
      else if (end > start) parts.push(chunk.subarray(start, end));
      if (newline === -1) break;
      yield finish();
      parts = [];
      size = 0;
      number++;
      start = newline + 1;
    }
  }
  if (size > 0) yield finish();
}

export interface JsonlOptions {
  /** A path, or `-` for standard input. */
  readonly input: string;
  readonly maxBytes: number;
  readonly service: CorpusService;
  readonly out: (line: string) => void | Promise<void>;
  readonly err: (line: string) => void;
}

/** Returns true when anything was reported (a line skipped, a dct ignored, the input unreadable). */
export async function recognizeJsonl(options: JsonlOptions): Promise<boolean> {
  const label = options.input === '-' ? '<stdin>' : options.input;
  const source = options.input === '-' ? process.stdin : await openInput(options.input);
  if (typeof source === 'string') {
    options.err(`corpus-lens: ${label}: ${source}`);
    return true;
  }
  let reported = false;
  const report = (line: number, message: string) => {
    options.err(`corpus-lens: ${label}:${line}: ${message}`);
    reported = true;
  };
  try {
    for await (const line of splitLines(source, options.maxBytes)) {
      if (line.kind === 'tooLarge') {
        report(line.number, `skipped: the line is ${line.size} bytes, larger than the limit of ${options.maxBytes} (--max-file-size).`);
        continue;
      }
      const parsed = parseLine(line.number === 1 ? withoutBom(line.bytes) : line.bytes);
      if (parsed === undefined) continue;
      if ('problem' in parsed) {
        report(line.number, `skipped: ${parsed.problem}.`);
        continue;
      }
      let dct: string | undefined;
      if (parsed.dct !== undefined && parsed.dct !== null) {
        if (typeof parsed.dct === 'string' && isIsoDate(parsed.dct)) dct = parsed.dct;
        else report(line.number, `"dct" ${JSON.stringify(parsed.dct)} is not a calendar date YYYY-MM-DD: ignored, the date is detected from the text.`);
      }
      await options.out(toRecord({ id: parsed.id ?? null }, options.service.recognize(parsed.text, dct)));
    }
  } catch (e) {
    options.err(`corpus-lens: ${label}: could not be read further: ${describeFileError(e)}`);
    return true;
  }
  return reported;
}

/** A FIFO or a device is read as a stream, like standard input; a folder or a missing file is a message. */
async function openInput(file: string): Promise<AsyncIterable<Uint8Array> | string> {
  const stat = await fs.stat(file).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? 'no such file' : describeFileError(e)));
  if (typeof stat === 'string') return stat;
  if (stat.isDirectory()) return 'it is a folder, not a JSONL file';
  return createReadStream(file);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface InputLine {
  readonly id?: unknown;
  readonly text: string;
  readonly dct?: unknown;
}

/** undefined for a blank line (no record, no message). */
function parseLine(bytes: Uint8Array): InputLine | { problem: string } | undefined {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { problem: 'the line is not valid UTF-8' };
  }
  if (!text.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: `the line is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') {
    return { problem: 'the line is not an object with a string "text"' };
  }
  return value as InputLine;
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(BOM.length) : bytes;
}
