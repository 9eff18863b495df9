// The longest time the event loop is blocked while the core does the work
// behind three user actions on an indexed corpus: an edit of the catalog
// (an alias added to an entity of most articles), an article saved, and a
// re-index (a new service over the same files, with the warm start the
// extension would use). Measured with a timer: a chain of setImmediate
// callbacks notes the longest gap between two of them. In the extension host
// the same work blocks the editor for as long.

import * as fs from 'node:fs';
import type { CorpusService, WarmStartSnapshot } from '../src/core/service';
import { nowMs } from './timing';

export interface Blocking {
  /** Longest block, in ms, and how long the action took in all. */
  readonly catalogEdit: { readonly longestMs: number; readonly totalMs: number };
  readonly articleSave: { readonly longestMs: number; readonly totalMs: number };
  readonly reindex: { readonly longestMs: number; readonly totalMs: number };
}

/** Runs `work` while a timer watches the event loop. */
async function watchLoop(work: () => Promise<unknown>): Promise<{ longestMs: number; totalMs: number }> {
  let longest = 0;
  let last = nowMs();
  let watching = true;
  const tick = () => {
    const now = nowMs();
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) setImmediate(tick);
  };
  setImmediate(tick);
  const start = nowMs();
  try {
    await work();
  } finally {
    watching = false;
  }
  const totalMs = nowMs() - start;
  // the block that ends the work counts too
  longest = Math.max(longest, nowMs() - last);
  return { longestMs: longest, totalMs };
}

export async function measureBlocking(
  service: CorpusService,
  catalog: string,
  reopen: (snapshot: WarmStartSnapshot) => CorpusService,
): Promise<Blocking> {
  const original = fs.readFileSync(catalog, 'utf8');
  const edited = original.replace(/aliases: \[Putin/, 'aliases: [Vladimir Vladimirovich Putin, Putin');
  if (edited === original) throw new Error('the bench catalog has no Putin alias to extend');
  fs.writeFileSync(catalog, edited);
  const catalogEdit = await watchLoop(() => service.fileChanged(catalog));
  fs.writeFileSync(catalog, original);
  await service.fileChanged(catalog);

  const article = service.articles()[Math.floor(service.articles().length / 2)];
  const text = fs.readFileSync(article, 'utf8');
  fs.writeFileSync(article, `${text}\nVladimir Putin spoke again on Monday.\n`);
  const articleSave = await watchLoop(() => service.fileChanged(article));
  fs.writeFileSync(article, text);
  await service.fileChanged(article);

  const snapshot = JSON.parse(JSON.stringify(service.warmStartSnapshot())) as WarmStartSnapshot;
  const reindex = await watchLoop(() => reopen(snapshot).indexAll());
  return { catalogEdit, articleSave, reindex };
}
