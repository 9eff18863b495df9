// The extension's first indexing of a corpus, on worker threads: recognition
// is most of its time, and off the extension host's thread the editor stays
// responsive while it runs. One thread per core beside the host's own, which
// still reads the files and builds the index; and none unless two fit
// beside it: on a 2-vCPU machine one worker beside the host made a cold
// index of 10,000 articles slower (9.0-13.0 s against 6.5-8.5 s), the two
// threads contending for what is in effect one core and a half.

import { availableParallelism } from 'node:os';
import type { OpenOffThreadRecognizer } from '../core/ports';
import { RecognizerPool, workersFor } from './recognizerPool';

const MIN_WORKERS = 2;

/** `workerScript`: the bundled ./recognizeWorker. */
export function indexingThreads(workerScript: string): OpenOffThreadRecognizer {
  return (catalog, articles) => {
    const threads = workersFor(articles, availableParallelism() - 1);
    return threads >= MIN_WORKERS ? new RecognizerPool(workerScript, threads, catalog) : undefined;
  };
}
