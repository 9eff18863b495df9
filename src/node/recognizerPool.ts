// Recognition of many texts on every core: one worker thread per core, each
// loading the recogniser data once, texts and results crossing as plain
// data. Generic over its client ("recognise these texts against this
// catalog"): the CLI's batch recognition uses it, and so could any cold index.

import { Worker } from 'node:worker_threads';
import type { Catalog } from '../core/model';
import { createRecognizer, type Recognition, type RecognizerData } from '../core/service';
import { fromWire, type WireRecognition } from './recognitionWire';

export interface TextRecognizer {
  /** `text` is normalised; `published` overrides the detected publication date. */
  recognize(text: string, published?: string): Promise<Recognition>;
  /** Stops the workers; recognize() must not be called after. */
  close(): Promise<void>;
}

/** Recognising one text threw: that text has no result, the others go on. */
export class RecognitionFailed extends Error {}

/** A worker stopped (it crashed or could not start): no further text is recognised. */
export class RecognizerStopped extends Error {}

/** What the pool hands a worker at start (its workerData). */
export interface WorkerStart {
  readonly catalog: Catalog;
}
export interface TextJob {
  readonly id: number;
  readonly text: string;
  readonly published?: string;
}
export type JobResult = { readonly id: number; readonly result: WireRecognition } | { readonly id: number; readonly error: string };

/**
 * None for fewer articles than this per worker: a worker loads its own
 * recogniser data, which takes about as long as recognising 100 articles, so
 * a small corpus is done sooner without.
 */
const ARTICLES_PER_WORKER = 100;

/**
 * Workers only where two fit beside the thread that reads the files and
 * uses the results. On a 2-vCPU machine, whose two threads run about 1.25
 * times as fast as one, one or two workers made the work slower: the CLI on
 * 2,000 articles took 2.5-2.9 s against 2.3 s in one thread, and one worker
 * beside the extension host slowed a cold index of 10,000 articles from
 * 6.5-8.5 s to 9.0-13.0 s.
 */
const MIN_WORKERS = 2;

/** How many workers are worth starting for this many articles on this many cores; 0 means recognise in this thread. */
export function workersFor(articles: number, cores: number): number {
  const workers = Math.min(cores - 1, Math.floor(articles / ARTICLES_PER_WORKER));
  return workers >= MIN_WORKERS ? workers : 0;
}

/** In this thread: for one text, or under three cores (workersFor), where starting workers costs more than it saves. */
export function inThisThread(data: RecognizerData, catalog: Catalog): TextRecognizer {
  const recognize = createRecognizer(data, catalog);
  return {
    recognize: async (text, published) => {
      try {
        return recognize(text, published);
      } catch (e) {
        throw new RecognitionFailed(e instanceof Error ? e.message : String(e));
      }
    },
    close: async () => undefined,
  };
}

interface Job {
  readonly resolve: (result: Recognition) => void;
  readonly reject: (error: Error) => void;
  readonly worker: PooledWorker;
}

interface PooledWorker {
  readonly thread: Worker;
  inFlight: number;
}

export class RecognizerPool implements TextRecognizer {
  private readonly workers: PooledWorker[];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  private stopped: RecognizerStopped | undefined;
  private closing = false;

  /** `script`: the bundled worker (./recognizeWorker), which finds the recogniser data beside itself. */
  constructor(script: string, size: number, catalog: Catalog) {
    const start: WorkerStart = { catalog };
    this.workers = Array.from({ length: size }, () => {
      const worker: PooledWorker = { thread: new Worker(script, { workerData: start }), inFlight: 0 };
      worker.thread.on('message', (message: JobResult) => this.settle(message));
      worker.thread.on('error', (e) => this.stop(`a recogniser worker failed: ${e.message}`));
      worker.thread.on('exit', (code) => {
        if (!this.closing) this.stop(`a recogniser worker stopped (exit code ${code})`);
      });
      return worker;
    });
  }

  recognize(text: string, published?: string): Promise<Recognition> {
    if (this.stopped) return Promise.reject(this.stopped);
    // the least busy worker: texts differ in length, so turns would leave one idle while another queues
    const worker = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    const job: TextJob = published === undefined ? { id, text } : { id, text, published };
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject, worker });
      worker.inFlight++;
      worker.thread.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }

  private settle(message: JobResult): void {
    const job = this.jobs.get(message.id);
    if (!job) return;
    this.jobs.delete(message.id);
    job.worker.inFlight--;
    if ('error' in message) job.reject(new RecognitionFailed(message.error));
    else job.resolve(fromWire(message.result));
  }

  /** Every text waiting, and every later one, fails: a crash must end the run, never hang it. */
  private stop(reason: string): void {
    this.stopped ??= new RecognizerStopped(reason);
    for (const job of this.jobs.values()) job.reject(this.stopped);
    this.jobs.clear();
    if (!this.closing) void this.close();
  }
}
