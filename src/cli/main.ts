// corpus-lens: the core from the command line.

import { once } from 'node:events';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadRecognizerData } from '../node/recognizerData';
import { recognize } from './recognize';
import { TEAM_USAGE, TEAM_VERBS } from './teamVerbs';

/** The extension's default corpusLens.maxFileSize, so both skip the same articles. */
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

const USAGE = `usage: corpus-lens recognize <file or folder...> [--catalog entities.yaml] [--max-file-size <bytes>] [--format jsonl]
       corpus-lens recognize --input-jsonl <file|-> [--catalog entities.yaml] [--max-file-size <bytes>] [--format jsonl]
${TEAM_USAGE}

Prints one JSON object per article (offsets in Unicode code points).
Articles and JSONL lines larger than --max-file-size (default ${DEFAULT_MAX_FILE_SIZE}) are skipped.
Exit code: 0 success, 1 an input could not be read, 2 bad usage.`;

async function main(argv: string[]): Promise<number> {
  const verb = Object.hasOwn(TEAM_VERBS, argv[0] ?? '') ? TEAM_VERBS[argv[0]] : undefined;
  if (verb) {
    const out = (line: string) => process.stdout.write(line + '\n');
    const err = (line: string) => process.stderr.write(line + '\n');
    return verb(argv.slice(1), { out, err, usage, maxFileSize: DEFAULT_MAX_FILE_SIZE });
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        catalog: { type: 'string' },
        format: { type: 'string', default: 'jsonl' },
        'input-jsonl': { type: 'string' },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'recognize') return usage(command ? `unknown command: ${command}` : 'missing command');
  if (values.format !== 'jsonl') return usage(`unknown format: ${values.format} (only jsonl)`);
  const inputJsonl = values['input-jsonl'];
  if (inputJsonl === '') return usage('--input-jsonl needs a file, or - for standard input');
  if (inputJsonl === undefined && paths.length === 0) return usage('no file or folder given');
  if (inputJsonl !== undefined && paths.length) return usage('give either paths or --input-jsonl, not both');
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : Number(values['max-file-size']);
  if (!Number.isSafeInteger(maxFileSize) || maxFileSize < 1) return usage(`--max-file-size must be a whole number of bytes, not ${values['max-file-size']}`);
  return recognize({
    paths,
    catalog: values.catalog,
    inputJsonl,
    maxFileSize,
    // the recogniser data files shipped beside this script in dist/data
    data: loadRecognizerData(path.join(__dirname, 'data')).data,
    out: write,
    err: (line) => process.stderr.write(line + '\n'),
  });
}

/** Waits while the reader is behind, so output streamed from stdin stays bounded in memory. */
async function write(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await once(process.stdout, 'drain');
}

function usage(message: string): number {
  process.stderr.write(`corpus-lens: ${message}\n${USAGE}\n`);
  return 2;
}

// `corpus-lens recognize ... | head` closes stdout early: that is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`corpus-lens: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
