// The worker thread of ./recognizerPool, bundled as dist/recognizeWorker.js:
// loads the recogniser data shipped beside it once, then recognises each
// text it is sent and posts the result back as plain data.

import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createRecognizer } from '../core/service';
import { loadRecognizerData } from './recognizerData';
import { toWire } from './recognitionWire';
import type { JobResult, TextJob, WorkerStart } from './recognizerPool';

const port = parentPort;
if (!port) throw new Error('recognizeWorker runs as a worker thread');
const start = workerData as WorkerStart;
const recognize = createRecognizer(loadRecognizerData(path.join(__dirname, 'data')).data, start.catalog);

port.on('message', (job: TextJob) => {
  let message: JobResult;
  try {
    message = { id: job.id, result: toWire(recognize(job.text, job.published)) };
  } catch (e) {
    message = { id: job.id, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(message, 'result' in message ? [message.result.offsets.buffer as ArrayBuffer] : []);
});
