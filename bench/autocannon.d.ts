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
    /** Sent in turn by every connection, wrapping around. */
    requests?: Array<{
      body?: string;
      /** Called with every answer to this request, whatever its status. */
      onResponse?: (status: number, body: string) => void;
    }>;
  }

  interface Result {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  }

  export type { Result };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
