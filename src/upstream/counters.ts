/**
 * Plain counters per data center, read by metrics and benchmarks. They are
 * only ever incremented, so a reader may diff two snapshots.
 */

export interface DataCenterCounts {
  /** HTTP requests sent, retries and redirect hops included. */
  calls: number;
  /** Attempts after the first for the same call. */
  retries: number;
  redirectsFollowed: number;
  redirectsRefused: number;
  routeCacheHits: number;
  routeCacheMisses: number;
}

export type CounterName = keyof DataCenterCounts;

/** One finished HTTP exchange, for logs and metrics. */
export interface UpstreamCallEvent {
  dataCenter: string;
  /** The route with placeholders, e.g. `/profile/v1/users/{id}`. */
  pathTemplate: string;
  /** `undefined` when no status arrived (timeout, reset, refused). */
  status: number | undefined;
  durationMs: number;
  /** 1 for the first try of a call, 2 for its first retry, … */
  attempt: number;
  correlationId: string;
  /** The error code when the exchange failed before a status. */
  errorCode?: string;
}

export class UpstreamCounters {
  readonly byDataCenter: Record<string, DataCenterCounts> = {};

  increment(dataCenter: string, name: CounterName): void {
    const counts = (this.byDataCenter[dataCenter] ??= zero());
    counts[name] += 1;
  }

  /** Sums over all data centers. */
  totals(): DataCenterCounts {
    const sum = zero();
    for (const counts of Object.values(this.byDataCenter)) {
      for (const name of Object.keys(sum) as CounterName[]) {
        sum[name] += counts[name];
      }
    }
    return sum;
  }

  /** A deep copy, safe to keep while counting goes on. */
  snapshot(): Record<string, DataCenterCounts> {
    return structuredClone(this.byDataCenter);
  }
}

function zero(): DataCenterCounts {
  return {
    calls: 0,
    retries: 0,
    redirectsFollowed: 0,
    redirectsRefused: 0,
    routeCacheHits: 0,
    routeCacheMisses: 0,
  };
}
