// corpus-lens: the core from the command line.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRecognizerData } from '../core/service';
import { recognize } from './recognize';

const USAGE = `usage: corpus-lens recognize <file or folder...> [--catalog entities.yaml] [--format jsonl]
       corpus-lens recognize --input-jsonl <file|-> [--catalog entities.yaml] [--format jsonl]

Prints one JSON object per article (offsets in Unicode code points).
Exit code: 0 success, 1 an input could not be read, 2 bad usage.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        catalog: { type: 'string' },
        format: { type: 'string', default: 'jsonl' },
        'input-jsonl': { type: 'string' },
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
  if (!values['input-jsonl'] && paths.length === 0) return usage('no file or folder given');
  if (values['input-jsonl'] && paths.length) return usage('give either paths or --input-jsonl, not both');
  return recognize({
    paths,
    catalog: values.catalog,
    inputJsonl: values['input-jsonl'],
    data: parseRecognizerData(...loadData()),
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  });
}

function usage(message: string): number {
  process.stderr.write(`corpus-lens: ${message}\n${USAGE}\n`);
  return 2;
}

/** The recogniser data files shipped beside this script in dist/data. */
function loadData(): unknown[] {
  const dir = path.join(__dirname, 'data');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
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
