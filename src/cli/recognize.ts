// `corpus-lens recognize`: files and folders, or JSONL lines {"id","text","dct"}.
// One file that cannot be read is a message on stderr with the path as the
// user gave it; the rest is still printed, and the exit code says so.

import type { RecognizerData } from '../core/service';
import { openCorpus } from './corpus';
import { toRecord } from './jsonl';
import { recognizeJsonl } from './jsonlInput';

export interface RecognizeOptions {
  readonly paths: readonly string[];
  readonly catalog?: string;
  readonly inputJsonl?: string;
  /** Articles, and JSONL lines, larger than this many bytes are skipped. */
  readonly maxFileSize: number;
  readonly data: RecognizerData;
  readonly out: (line: string) => void | Promise<void>;
  readonly err: (line: string) => void;
}

/** Returns the exit code: 0, or 1 when an input could not be read. */
export async function recognize(options: RecognizeOptions): Promise<number> {
  const { found, service, failed } = await openCorpus({ ...options, noArticles: options.inputJsonl !== undefined });
  if (options.inputJsonl !== undefined) {
    const reported = await recognizeJsonl({ input: options.inputJsonl, maxBytes: options.maxFileSize, service, out: options.out, err: options.err });
    return reported || failed ? 1 : 0;
  }
  for (const file of found.files) {
    const analysis = service.analysis(file.absolute);
    if (analysis) await options.out(toRecord({ file: file.display }, analysis));
  }
  return failed ? 1 : 0;
}
