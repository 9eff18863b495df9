// What went wrong in the corpus, kept by the index: per file the problems of
// reading it, per article its orphaned annotations, per sidecar why its moved
// anchors could not be re-saved. Plain bookkeeping: the index says when.

import type { Problem } from '../model';

export class CorpusProblems {
  /** Per file (article, sidecar, catalog): the problems of reading it. */
  private readonly read = new Map<string, Problem[]>();
  /** Per article: its orphaned annotations, as problems on the article. */
  private readonly orphans = new Map<string, Problem[]>();
  /** Per sidecar: why the anchors of its changed article could not be re-saved, until a write succeeds. */
  private readonly notSaved = new Map<string, Problem>();

  all(): Problem[] {
    return [...this.read.values(), ...this.orphans.values(), [...this.notSaved.values()]].flat();
  }

  /** The problems of reading one file. */
  of(uri: string): readonly Problem[] {
    return this.read.get(uri) ?? [];
  }

  setRead(uri: string, problems: Problem[]): void {
    if (problems.length) this.read.set(uri, problems);
    else this.read.delete(uri);
  }

  setOrphans(article: string, problems: Problem[]): void {
    if (problems.length) this.orphans.set(article, problems);
    else this.orphans.delete(article);
  }

  /** Records (or, with undefined, clears) why a sidecar could not be re-saved; returns whether anything changed. */
  setNotSaved(sidecarUri: string, message: string | undefined): boolean {
    if (message === undefined) return this.notSaved.delete(sidecarUri);
    this.notSaved.set(sidecarUri, { uri: sidecarUri, line: 0, column: 0, message, severity: 'warning', code: 'not-saved' });
    return true;
  }

  /** An article left the corpus, or was skipped: its orphans go with it. */
  forgetArticle(article: string): void {
    this.orphans.delete(article);
  }

  forget(uri: string): void {
    this.read.delete(uri);
    this.orphans.delete(uri);
  }
}
