/**
 * A counting semaphore: at most `limit` holders at once, waiters served in
 * arrival order. Used per data center so a large batch fans out without
 * queueing thousands of requests inside the undici pool.
 */
export class Semaphore {
  readonly #limit: number;
  #active = 0;
  readonly #waiters: Array<() => void> = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiters.length;
  }

  /**
   * Runs `task` once a slot is free and frees it when `task` settles. When
   * `signal` aborts while still waiting, rejects with its reason and never
   * takes the slot.
   */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.#acquire(signal);
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.#active < this.#limit) {
      this.#active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.#waiters.indexOf(waiter);
        if (at !== -1) this.#waiters.splice(at, 1);
        reject(signal?.reason);
      };
      const waiter = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  #release(): void {
    const next = this.#waiters.shift();
    // The slot passes straight to the next waiter, so `active` stays put and
    // no late arrival can overtake the queue.
    if (next !== undefined) next();
    else this.#active -= 1;
  }
}
