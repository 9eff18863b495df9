// The worker threads of one indexAll, started only once an article needs
// them (a warm start that has every article starts none), and saying once
// that they failed: after a pool stops, every article sent to it fails too.

import type { ILogger, OffThreadRecognizer } from '../ports';

export interface LazyThreads {
  /** The threads, started on the first call; undefined where the client opens none. */
  get(): OffThreadRecognizer | undefined;
  /** Recognition there failed: this article is recognised in the index's own thread. */
  failed(error: unknown): void;
  close(): Promise<void>;
}

export function openedOnFirstUse(open: () => OffThreadRecognizer | undefined, logger: ILogger): LazyThreads {
  let opened: OffThreadRecognizer | undefined;
  let tried = false;
  let warned = false;
  return {
    get: () => {
      if (!tried) opened = open();
      tried = true;
      return opened;
    },
    failed: (e) => {
      if (!warned) logger.warn(`Recognising in this thread instead of worker threads: ${e instanceof Error ? e.message : String(e)}`);
      warned = true;
    },
    close: async () => opened?.close(),
  };
}
