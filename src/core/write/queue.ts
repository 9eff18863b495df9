// Writes of the corpus files run one after another inside the process: two
// commands at once must not both read the same sidecar, each add their
// annotation, and the second write the first away.

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // a failed write must not stop the ones queued after it
    this.tail = result.catch(() => undefined);
    return result;
  }
}
