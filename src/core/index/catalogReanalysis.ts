// The re-analysis run after catalog changes: the articles in which a changed
// name occurs (catalogImpact.ts) are re-analysed in slices that give the
// event loop a turn, each slice announced with its articles. A further change
// meanwhile joins the same run (its articles and tests are merged), so no
// article is left analysed under an outdated catalog once the run ends.

import type { NameTest } from './catalogImpact';

/** Re-analysis gives the event loop a turn this often. */
const SLICE_MS = 8;

export class CatalogReanalysis {
  private readonly pending = new Map<string, NameTest>();
  private running: Promise<void> | undefined;

  constructor(
    /** Re-analyses the article if `test` passes on its text; returns whether it did. */
    private readonly reanalyse: (uri: string, test: NameTest) => boolean,
    /** Announces the articles one slice re-analysed. */
    private readonly announce: (uris: string[]) => void,
  ) {}

  /** Adds the articles whose text `test` is to decide; resolves when no article is left. */
  add(uris: readonly string[], test: NameTest): Promise<void> {
    for (const uri of uris) {
      const earlier = this.pending.get(uri);
      this.pending.set(uri, earlier ? (text) => earlier(text) || test(text) : test);
    }
    return this.done();
  }

  /** Resolves when no article is left. */
  done(): Promise<void> {
    if (!this.pending.size) return this.running ?? Promise.resolve();
    return (this.running ??= this.run().finally(() => (this.running = undefined)));
  }

  /** No article is re-analysed any more; the run ends after its current slice. */
  stop(): void {
    this.pending.clear();
  }

  private async run(): Promise<void> {
    while (this.pending.size) {
      const sliceStart = Date.now();
      const changed: string[] = [];
      for (const [uri, test] of this.pending) {
        this.pending.delete(uri);
        if (this.reanalyse(uri, test)) changed.push(uri);
        if (Date.now() - sliceStart >= SLICE_MS) break;
      }
      if (changed.length) this.announce(changed);
      if (this.pending.size) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}
