/**
 * Settings of the HTTP connector, resolved once into a complete object.
 * A bad value throws a TypeError naming the option, at start, not on the
 * first request that happens to need it.
 */
import type { Logger } from 'pino';
import { pino } from 'pino';
import { sleep as realSleep } from './backoff.js';
import type { UpstreamCallEvent } from './counters.js';
import {
  DataCenterTable,
  PRODUCTION_DATA_CENTERS,
  PRODUCTION_DEFAULT_DATA_CENTER,
} from './data-centers.js';
import { MemoryRouteCache, type RouteCache } from './route-cache.js';

export interface UpstreamClientOptions {
  /** name -> base URL. Default: the production hosts (US, EMEA, CN). */
  dataCenters?: Readonly<Record<string, string>>;
  /** Tried when neither a learned route nor a home is known. Default `US`, else the first. */
  defaultDataCenter?: string;
  /** Where learned uuid -> data-center routes live. Default: in memory. */
  routeCache?: RouteCache;
  logger?: Logger;
  /** Sockets per data center. Default 16. */
  connectionsPerDataCenter?: number;
  /** Requests in flight per data center; the rest wait. Default 16. */
  maxConcurrentCallsPerDataCenter?: number;
  /** Idle keep-alive sockets are closed after this, in ms. Default 4 000. */
  keepAliveTimeoutMs?: number;
  /** TCP + TLS connect, in ms. Default 2 000. */
  connectTimeoutMs?: number;
  /** From request sent to response headers, in ms. Default 5 000. */
  headersTimeoutMs?: number;
  /** Longest silence while the body streams, in ms. Default 5 000. */
  bodyTimeoutMs?: number;
  /** Whole logical call: attempts, waits and redirects, in ms. Default 10 000. */
  callTimeoutMs?: number;
  /** Tries per call, the first included. Default 3. */
  maxAttempts?: number;
  /** Backoff cap of the first retry, doubled per retry, in ms. Default 100. */
  backoffBaseMs?: number;
  /** Largest backoff cap, in ms. Default 2 000. */
  backoffMaxMs?: number;
  /** Redirect hops followed per call. Default 2. */
  maxRedirects?: number;
  /** Largest response body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Sent as `user-agent`. Default `profile-graph/0.1`. */
  userAgent?: string;
  /** Called after every HTTP exchange; must not throw. */
  onCall?: (event: UpstreamCallEvent) => void;
  /** Jitter source in [0, 1). Default `Math.random`; tests pin it. */
  random?: () => number;
  /** Waits between retries. Default: a timer; tests may shorten it. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface ResolvedClientOptions {
  table: DataCenterTable;
  routeCache: RouteCache;
  logger: Logger;
  connectionsPerDataCenter: number;
  maxConcurrentCallsPerDataCenter: number;
  keepAliveTimeoutMs: number;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  callTimeoutMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  maxRedirects: number;
  maxBodyBytes: number;
  userAgent: string;
  onCall: ((event: UpstreamCallEvent) => void) | undefined;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export function resolveClientOptions(
  options: UpstreamClientOptions,
): ResolvedClientOptions {
  const entries = options.dataCenters ?? PRODUCTION_DATA_CENTERS;
  const names = Object.keys(entries);
  const fallback = names.includes(PRODUCTION_DEFAULT_DATA_CENTER)
    ? PRODUCTION_DEFAULT_DATA_CENTER
    : (names[0] ?? '');
  const int = (name: keyof UpstreamClientOptions, dflt: number, min = 1) =>
    integer(name, options[name], dflt, min);
  return {
    table: new DataCenterTable(entries, options.defaultDataCenter ?? fallback),
    routeCache: options.routeCache ?? new MemoryRouteCache(),
    logger: options.logger ?? pino({ enabled: false }),
    connectionsPerDataCenter: int('connectionsPerDataCenter', 16),
    maxConcurrentCallsPerDataCenter: int('maxConcurrentCallsPerDataCenter', 16),
    keepAliveTimeoutMs: int('keepAliveTimeoutMs', 4_000),
    connectTimeoutMs: int('connectTimeoutMs', 2_000),
    headersTimeoutMs: int('headersTimeoutMs', 5_000),
    bodyTimeoutMs: int('bodyTimeoutMs', 5_000),
    callTimeoutMs: int('callTimeoutMs', 10_000),
    maxAttempts: int('maxAttempts', 3),
    backoffBaseMs: int('backoffBaseMs', 100, 0),
    backoffMaxMs: int('backoffMaxMs', 2_000, 0),
    maxRedirects: int('maxRedirects', 2, 0),
    maxBodyBytes: int('maxBodyBytes', 1024 * 1024),
    userAgent: options.userAgent ?? 'profile-graph/0.1',
    onCall: options.onCall,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? realSleep,
  };
}

function integer(
  name: string,
  value: unknown,
  fallback: number,
  min: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new TypeError(
      `${name}: expected an integer >= ${min}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
