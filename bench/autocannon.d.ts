/**
 * The slice of autocannon 9's API the runner uses. autocannon ships no
 * types and @types/autocannon is not a dependency, so this stays minimal.
 */
declare module 'autocannon' {
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
  }

  interface Options {
    url: string;
    method?: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    body?: string;
    /** A falsy result counts the response in `mismatches`. */
    verifyBody?: (body: string) => boolean;
    /** Sent in turn by every connection, wrapping around. */
    requests?: Array<{ body?: string }>;
  }

  interface Result {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
    '2xx': number;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
