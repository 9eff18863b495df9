// `corpus-lens recognize`: arguments and usage (the work is in ./recognize).

import { recognize } from './recognize';
import { CORPUS_OPTIONS, DEFAULT_MAX_FILE_SIZE, formatOf, maxFileSizeOf, stringOption, UsageError, type Verb } from './verb';

export const recognizeVerb: Verb = {
  name: 'recognize',
  usage: `usage: corpus-lens recognize <file or folder...> [--catalog entities.yaml] [--max-file-size <bytes>] [--format jsonl]
       corpus-lens recognize --input-jsonl <file|-> [--catalog entities.yaml] [--max-file-size <bytes>] [--format jsonl]

Prints one JSON object per article (offsets in Unicode code points), articles in path order.
--input-jsonl reads lines {"id", "text", "dct"} (- for standard input, written as each line arrives).
Articles and JSONL lines larger than --max-file-size (default ${DEFAULT_MAX_FILE_SIZE}) are skipped.
Exit code: 0 success, 1 an input could not be read, 2 bad usage.`,
  options: { ...CORPUS_OPTIONS, format: { type: 'string' }, 'input-jsonl': { type: 'string' } },
  async run(values, paths, io) {
    formatOf(values, ['jsonl'], 'jsonl');
    const inputJsonl = stringOption(values, 'input-jsonl');
    if (inputJsonl === '') throw new UsageError('--input-jsonl needs a file, or - for standard input');
    if (inputJsonl === undefined && paths.length === 0) throw new UsageError('no file or folder given');
    if (inputJsonl !== undefined && paths.length) throw new UsageError('give either paths or --input-jsonl, not both');
    return recognize({
      paths,
      catalog: stringOption(values, 'catalog'),
      inputJsonl,
      maxFileSize: maxFileSizeOf(values),
      data: io.data,
      workerScript: io.workerScript,
      out: io.out,
      err: io.err,
    });
  },
};
