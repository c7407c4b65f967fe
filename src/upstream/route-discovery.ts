/**
 * Route discoveries in flight. A resource whose data center is not known yet
 * costs its first call a 301 and a second round trip. When a burst of
 * requests asks for the same such resource at once (a colleague in another
 * data center opened by many people, say), each would pay that detour. Here
 * the first call leads and the others wait for it to learn the route, then
 * go straight to the right data center.
 *
 * Only the route is shared, never an answer: every waiter still makes its
 * own call with its own token, and a leader that fails or finds nothing
 * just lets the waiters go on as if they had not waited.
 */
export class RouteDiscoveries {
  readonly #inFlight = new Map<string, Promise<void>>();

  /**
   * Makes the caller the leader for `routeKey` and returns the function that
   * ends its discovery, or returns `undefined` when another call already
   * leads: then `waitFor` that one.
   */
  lead(routeKey: string): (() => void) | undefined {
    if (this.#inFlight.has(routeKey)) return undefined;
    let end!: () => void;
    this.#inFlight.set(
      routeKey,
      new Promise<void>((resolve) => (end = resolve)),
    );
    return () => {
      this.#inFlight.delete(routeKey);
      end();
    };
  }

  /**
   * Resolves when the leading discovery for `routeKey` ends, or sooner at
   * `deadlineAt` or on `signal`: a waiter never waits past its own request.
   */
  async waitFor(
    routeKey: string,
    deadlineAt: number,
    signal?: AbortSignal,
  ): Promise<void> {
    const leading = this.#inFlight.get(routeKey);
    if (leading === undefined || signal?.aborted) return;
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const giveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, Math.max(0, deadlineAt - Date.now()));
      onAbort = resolve;
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      await Promise.race([leading, giveUp]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }
}
