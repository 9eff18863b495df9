// `corpus-lens recognize`: files and folders, or JSONL lines {"id","text","dct"}.
// One file that cannot be read is a message on stderr with the path as the
// user gave it; the rest is still printed, and the exit code says so.

import { availableParallelism } from 'node:os';
import { EMPTY_CATALOG } from '../core/model';
import type { RecognizerData } from '../core/service';
import { inThisThread, RecognizerPool, workersFor, type TextRecognizer } from '../node/recognizerPool';
import { locateCorpus, openCorpus } from './corpus';
import { recognizeJsonl } from './jsonlInput';
import { readCatalog, recognizeFiles } from './recognizeFiles';

export interface RecognizeOptions {
  readonly paths: readonly string[];
  readonly catalog?: string;
  readonly inputJsonl?: string;
  /** Articles, and JSONL lines, larger than this many bytes are skipped. */
  readonly maxFileSize: number;
  readonly data: () => RecognizerData;
  /** The bundled worker thread of ../node/recognizerPool. */
  readonly workerScript: string;
  readonly out: (line: string) => void | Promise<void>;
  readonly err: (line: string) => void;
}

/** Articles read ahead per thread: enough that no worker waits for the next text. */
const AHEAD_PER_THREAD = 4;

/** Returns the exit code: 0, or 1 when an input could not be read. */
export async function recognize(options: RecognizeOptions): Promise<number> {
  if (options.inputJsonl !== undefined) {
    const { service, failed } = await openCorpus({ ...options, noArticles: true });
    const reported = await recognizeJsonl({ input: options.inputJsonl, maxBytes: options.maxFileSize, service, out: options.out, err: options.err });
    return reported || failed ? 1 : 0;
  }
  const corpus = await locateCorpus(options);
  const catalog = readCatalog(corpus, options.err);
  const threads = workersFor(corpus.found.files.length, availableParallelism());
  const recognizer: TextRecognizer =
    threads
      ? new RecognizerPool(options.workerScript, threads, catalog.catalog ?? EMPTY_CATALOG)
      : inThisThread(options.data(), catalog.catalog ?? EMPTY_CATALOG);
  try {
    const unread = await recognizeFiles(corpus, recognizer, {
      maxFileSize: options.maxFileSize,
      window: Math.max(threads, 1) * AHEAD_PER_THREAD,
      out: options.out,
      err: options.err,
    });
    return corpus.failed || catalog.failed || unread ? 1 : 0;
  } finally {
    await recognizer.close();
  }
}
