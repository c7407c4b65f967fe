/**
 * The automatic-persisted-query cache in Redis, shared by every replica, so
 * a query registered through one replica is known to all.
 *
 * Like the route cache, it is an optimisation and never a dependency: while
 * Redis is unreachable a read answers "not cached" (the client then sends
 * the full query, as APQ expects) and a write is dropped. Commands go out
 * only while the client is ready, with no offline queue and a short timeout,
 * so an outage never holds a request.
 */
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** The cache shape Apollo Server's APQ takes. */
export type ApqCache = KeyValueCache<string>;

export interface RedisApqCacheOptions {
  url: string;
  logger: Logger;
  /** Prepended to every key. Default `profile-graph:apq:`. */
  keyPrefix?: string;
  /** Longest wait for one Redis command, in ms. Default 200. */
  commandTimeoutMs?: number;
}

export class RedisApqCache implements ApqCache {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #logger: Logger;
  #down = false;

  constructor(options: RedisApqCacheOptions) {
    this.#prefix = options.keyPrefix ?? 'profile-graph:apq:';
    this.#logger = options.logger;
    this.#redis = new Redis(options.url, {
      enableOfflineQueue: false,
      commandTimeout: options.commandTimeoutMs ?? 200,
      maxRetriesPerRequest: 0,
      lazyConnect: false,
    });
    this.#redis.on('error', (err: Error) => this.#markDown(err));
    this.#redis.on('ready', () => {
      if (this.#down) this.#logger.info('Redis APQ cache available again');
      this.#down = false;
    });
  }

  async get(key: string): Promise<string | undefined> {
    if (this.#redis.status !== 'ready') return undefined;
    try {
      return (await this.#redis.get(this.#prefix + key)) ?? undefined;
    } catch (err) {
      this.#markDown(err);
      return undefined;
    }
  }

  async set(
    key: string,
    value: string,
    options?: { ttl?: number | null },
  ): Promise<void> {
    if (this.#redis.status !== 'ready') return;
    const ttl = options?.ttl;
    try {
      if (ttl) await this.#redis.set(this.#prefix + key, value, 'EX', ttl);
      else await this.#redis.set(this.#prefix + key, value);
    } catch (err) {
      this.#markDown(err);
    }
  }

  async delete(key: string): Promise<boolean | void> {
    if (this.#redis.status !== 'ready') return;
    try {
      await this.#redis.del(this.#prefix + key);
    } catch (err) {
      this.#markDown(err);
    }
  }

  close(): void {
    this.#redis.disconnect();
  }

  // One warning per outage: under load, one per request would flood the log.
  #markDown(err: unknown): void {
    if (this.#down) return;
    this.#down = true;
    this.#logger.warn(
      { err: err instanceof Error ? err.message : String(err) },
      'Redis APQ cache unavailable; persisted queries must be re-sent until it recovers',
    );
  }
}
