/** Runs a task per key once its key has been quiet for a while: a document is linted once typing pauses. */

export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  /** `delayMs` 0 runs every task at once. */
  constructor(private readonly delayMs: number) {}

  /** Runs `task` after the delay, in place of any task still waiting under `key`. */
  schedule(key: string, task: () => void): void {
    this.cancel(key);
    if (this.delayMs <= 0) {
      task();
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        task();
      }, this.delayMs),
    );
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.timers.delete(key);
  }
}
