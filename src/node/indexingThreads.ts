// The extension's first indexing of a corpus, on worker threads: recognition
// is most of its time, and off the extension host's thread the editor stays
// responsive while it runs. One thread per core beside the host's own, which
// still reads the files and builds the index (recognizerPool.ts workersFor).

import { availableParallelism } from 'node:os';
import type { OpenOffThreadRecognizer } from '../core/ports';
import { RecognizerPool, workersFor } from './recognizerPool';

/** `workerScript`: the bundled ./recognizeWorker. */
export function indexingThreads(workerScript: string): OpenOffThreadRecognizer {
  return (catalog, articles) => {
    const threads = workersFor(articles, availableParallelism());
    return threads ? new RecognizerPool(workerScript, threads, catalog) : undefined;
  };
}
