// corpus-lens: the core from the command line. One verb per file; this file
// parses the arguments, prints usage (exit 2) and wires standard I/O.

import { once } from 'node:events';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { RecognizerData } from '../core/service';
import { loadRecognizerData } from '../node/recognizerData';
import { recognizeVerb } from './recognizeVerb';
import { exportVerb } from './export';
import { importVerb } from './import';
import { statsVerb } from './stats';
import { agreementVerb, gitSetupVerb, mergeDriverVerb } from './teamVerbs';
import { validateVerb } from './validate';
import { UsageError, type CliIo, type Verb } from './verb';

const VERBS: readonly Verb[] = [recognizeVerb, exportVerb, importVerb, validateVerb, statsVerb, mergeDriverVerb, gitSetupVerb, agreementVerb];

const USAGE = `usage: corpus-lens <command> [options]

Commands:
${VERBS.map((v) => `  ${v.name}`).join('\n')}

Run \`corpus-lens <command> --help\` for a command's options.
Offsets are Unicode code points over the normalised text.
Exit code: 0 success, 1 an input could not be read (or, for validate, a problem was found), 2 bad usage.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) return usage('missing command', USAGE);
    console.log(USAGE);
    return 0;
  }
  const verb = VERBS.find((v) => v.name === name);
  if (!verb) return usage(`unknown command: ${name}`, USAGE);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { ...verb.options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e), verb.usage);
  }
  if (parsed.values.help) {
    console.log(verb.usage);
    return 0;
  }
  try {
    return await verb.run(parsed.values, parsed.positionals, io);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message, verb.usage);
    throw e;
  }
}

let data: RecognizerData | undefined;
const io: CliIo = {
  // the recogniser data files shipped beside this script in dist/data
  data: () => (data ??= loadRecognizerData(path.join(__dirname, 'data')).data),
  workerScript: path.join(__dirname, 'recognizeWorker.js'),
  out: write,
  err: (line) => {
    // a message follows the records printed before it
    if (pending) process.stdout.write(takePending());
    process.stderr.write(line + '\n');
  },
};

/**
 * Lines go out in chunks of about 64 KB, and whatever is left once the event
 * loop turns: one write per record was 3% of recognising 2,000 articles.
 * Waits while the reader is behind, so output streamed from stdin stays
 * bounded in memory.
 */
const CHUNK_CHARS = 1 << 16;
let pending = '';
let flushQueued = false;

async function write(text: string): Promise<void> {
  pending += text.endsWith('\n') ? text : text + '\n';
  if (pending.length >= CHUNK_CHARS) await flush();
  else if (!flushQueued) {
    flushQueued = true;
    setImmediate(() => void flush());
  }
}

async function flush(): Promise<void> {
  flushQueued = false;
  if (pending && !process.stdout.write(takePending())) await once(process.stdout, 'drain');
}

function takePending(): string {
  const chunk = pending;
  pending = '';
  return chunk;
}

function usage(message: string, text: string): number {
  process.stderr.write(`corpus-lens: ${message}\n${text}\n`);
  return 2;
}

// `corpus-lens recognize ... | head` closes stdout early: that is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  async (code) => {
    await flush();
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`corpus-lens: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
