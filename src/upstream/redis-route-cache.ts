/**
 * Routes shared across replicas in Redis, over a local memory cache.
 *
 * Redis is an optimisation here, never a dependency: when it is down every
 * read and write goes to memory alone, one warning says so, and nothing
 * waits for a reconnect. Commands are only sent while the client is ready,
 * with the offline queue off and a short command timeout, so an outage costs
 * a request at most `commandTimeoutMs` once and then nothing.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { pino } from 'pino';
import { MemoryRouteCache, type RouteCache } from './route-cache.js';

export interface RedisRouteCacheOptions {
  /** `redis://…` URL; ignored when `client` is given. */
  url?: string;
  /** A client to use instead of opening one; then `close()` leaves it open. */
  client?: Redis;
  /** Prepended to every key. Default `profile-graph:route:`. */
  keyPrefix?: string;
  /** Expiry of each route in Redis, in seconds. Default 86 400 (24 h). */
  ttlSeconds?: number;
  /** Longest wait for one Redis command, in ms. Default 200. */
  commandTimeoutMs?: number;
  /**
   * After a failed command, how long Redis is left alone before it is tried
   * again, in ms. Default 5 000. Keeps a slow Redis from costing every
   * request `commandTimeoutMs`.
   */
  cooldownMs?: number;
  /** The local layer, read first and written always. Default: a new one. */
  memory?: MemoryRouteCache;
  logger?: Logger;
}

export class RedisRouteCache implements RouteCache {
  readonly #redis: Redis;
  readonly #ownsClient: boolean;
  readonly #memory: MemoryRouteCache;
  readonly #prefix: string;
  readonly #ttlSeconds: number;
  readonly #logger: Logger;
  readonly #cooldownMs: number;
  #down = false;
  /** Epoch ms before which no command is sent after a failure. */
  #quietUntil = 0;

  constructor(options: RedisRouteCacheOptions) {
    this.#prefix = options.keyPrefix ?? 'profile-graph:route:';
    this.#ttlSeconds = positiveInteger(
      'ttlSeconds',
      options.ttlSeconds,
      86_400,
    );
    const commandTimeout = positiveInteger(
      'commandTimeoutMs',
      options.commandTimeoutMs,
      200,
    );
    this.#cooldownMs = positiveInteger('cooldownMs', options.cooldownMs, 5_000);
    this.#memory = options.memory ?? new MemoryRouteCache();
    this.#logger = options.logger ?? pino({ enabled: false });
    this.#ownsClient = options.client === undefined;
    this.#redis = options.client ?? openClient(options.url, commandTimeout);
    this.#redis.on('error', (err: Error) => this.#markDown(err));
    this.#redis.on('ready', () => this.#markUp());
  }

  /**
   * True while commands go to Redis: connected, and not cooling down after a
   * failed command. Otherwise reads and writes use memory alone, so a
   * replica starting beside a slow Redis serves at once.
   */
  get ready(): boolean {
    return this.#ready();
  }

  /** True while Redis is unreachable and memory serves alone. */
  get degraded(): boolean {
    return this.#down;
  }

  async get(id: string): Promise<string | undefined> {
    const local = this.#memory.peek(id);
    if (local !== undefined || !this.#ready()) return local;
    try {
      const shared = await this.#redis.get(this.#prefix + id);
      this.#markUp();
      if (shared === null) return undefined;
      this.#memory.put(id, shared);
      return shared;
    } catch (err) {
      this.#commandFailed(err);
      return undefined;
    }
  }

  async set(id: string, dataCenter: string): Promise<void> {
    this.#memory.put(id, dataCenter);
    if (!this.#ready()) return;
    try {
      await this.#redis.set(
        this.#prefix + id,
        dataCenter,
        'EX',
        this.#ttlSeconds,
      );
      this.#markUp();
    } catch (err) {
      this.#commandFailed(err);
    }
  }

  async close(): Promise<void> {
    await this.#memory.close();
    if (this.#ownsClient) this.#redis.disconnect();
  }

  #ready(): boolean {
    return this.#redis.status === 'ready' && Date.now() >= this.#quietUntil;
  }

  #commandFailed(err: unknown): void {
    this.#quietUntil = Date.now() + this.#cooldownMs;
    this.#markDown(err);
  }

  // One warning per outage, not one per call or per reconnect attempt: an
  // outage under load would otherwise flood the log.
  #markDown(err: unknown): void {
    if (this.#down) return;
    this.#down = true;
    this.#logger.warn(
      { err: describe(err) },
      'Redis route cache unavailable; using the in-memory route cache until it recovers',
    );
  }

  #markUp(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#logger.info('Redis route cache recovered');
  }
}

function openClient(url: string | undefined, commandTimeout: number): Redis {
  if (url === undefined || url === '') {
    throw new TypeError('url: a redis:// URL or a client is required');
  }
  return new Redis(url, {
    commandTimeout,
    connectTimeout: Math.max(commandTimeout, 1_000),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Keep trying in the background, never faster than every 2 s at length.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
}

function positiveInteger(
  name: string,
  value: number | undefined,
  fallback: number,
): number {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved < 1) {
    throw new TypeError(
      `${name}: expected a positive integer, got ${String(value)}`,
    );
  }
  return resolved;
}

function describe(err: unknown): { message: string; code?: string } {
  if (!(err instanceof Error)) return { message: String(err) };
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string'
    ? { message: err.message, code }
    : { message: err.message };
}
