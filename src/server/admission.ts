/**
 * Admission control: how much work one replica takes on at once.
 *
 * Every operation is weighed by the resources it asks for (see
 * `estimateResources`), and operations run only while the weights in flight
 * fit the capacity; the rest wait in arrival order. Without it, a burst of
 * large operations all start together: each holds its upstream answers in
 * memory while they share the upstream bound, so memory grows with the
 * burst and every one of them finishes late, past its deadline if the burst
 * is large enough. With it, the operations that run finish at the pace the
 * upstream allows, and the others wait without holding anything but their
 * request.
 *
 * A wait is bounded in time and in length: past either, the request is
 * refused at once (HTTP 503 with Retry-After), which tells a router or a
 * client to try another replica, rather than left to time out.
 */
export interface AdmissionOptions {
  /** Resources the operations running at once may weigh together. */
  capacity: number;
  /** Longest a request waits to be admitted, in ms. */
  maxWaitMs: number;
  /** Most requests waiting at once. */
  maxWaiting: number;
}

/** Why a request was not admitted. */
export class AdmissionRefusedError extends Error {
  constructor(readonly reason: 'queue full' | 'wait too long' | 'client gone') {
    super(`not admitted: ${reason}`);
    this.name = 'AdmissionRefusedError';
  }
}

interface Waiter {
  weight: number;
  admit(): void;
}

export class Admission {
  readonly #options: AdmissionOptions;
  readonly #queue: Waiter[] = [];
  #inFlight = 0;
  /** Requests refused since start, by reason, for the metrics. */
  readonly refused: Record<AdmissionRefusedError['reason'], number> = {
    'queue full': 0,
    'wait too long': 0,
    'client gone': 0,
  };

  constructor(options: AdmissionOptions) {
    this.#options = options;
  }

  /** Weight of the operations running now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Requests waiting to be admitted. */
  get waiting(): number {
    return this.#queue.length;
  }

  /**
   * Resolves, once `weight` fits, with the function that gives it back;
   * rejects with AdmissionRefusedError when the queue is full or the wait
   * outlasts `maxWaitMs`. Nobody overtakes the queue, so a large operation
   * is never starved by a stream of small ones. An operation heavier than
   * the whole capacity is let in alone. A request whose client goes away
   * (`signal` aborts) leaves the queue at once: nobody waits behind work
   * that nobody will read.
   */
  enter(weight: number, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(this.#refuse('client gone'));
    const units = Math.min(Math.max(1, weight), this.#options.capacity);
    if (this.#queue.length === 0 && this.#fits(units)) {
      this.#inFlight += units;
      return Promise.resolve(this.#releaser(units));
    }
    if (this.#queue.length >= this.#options.maxWaiting) {
      return Promise.reject(this.#refuse('queue full'));
    }
    return new Promise((resolve, reject) => {
      const leave = (reason: AdmissionRefusedError['reason']) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.#queue.splice(this.#queue.indexOf(waiter), 1);
        reject(this.#refuse(reason));
        // A heavy waiter at the head may have held lighter ones back.
        this.#admitWaiting();
      };
      const onAbort = () => leave('client gone');
      const waiter: Waiter = {
        weight: units,
        admit: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(this.#releaser(units));
        },
      };
      const timer = setTimeout(
        () => leave('wait too long'),
        this.#options.maxWaitMs,
      );
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  #refuse(reason: AdmissionRefusedError['reason']): AdmissionRefusedError {
    this.refused[reason] += 1;
    return new AdmissionRefusedError(reason);
  }

  #fits(units: number): boolean {
    return this.#inFlight + units <= this.#options.capacity;
  }

  #releaser(units: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight -= units;
      this.#admitWaiting();
    };
  }

  #admitWaiting(): void {
    for (;;) {
      const next = this.#queue[0];
      if (next === undefined || !this.#fits(next.weight)) return;
      this.#queue.shift();
      this.#inFlight += next.weight;
      next.admit();
    }
  }
}
