// Debounces work per key (one timer per document), so typing re-lints once per pause.

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Debouncer {
  private readonly pending = new Map<string, unknown>();
  private readonly timers: Timers;
  constructor(timers: Timers = realTimers) {
    this.timers = timers;
  }

  /** Runs `task` after `ms` unless scheduled again for the same key first. */
  schedule(key: string, ms: number, task: () => void): void {
    this.cancel(key);
    this.pending.set(key, this.timers.set(() => {
      this.pending.delete(key);
      task();
    }, ms));
  }

  cancel(key: string): void {
    const handle = this.pending.get(key);
    if (handle !== undefined) this.timers.clear(handle);
    this.pending.delete(key);
  }

  dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }
}
