/**
 * Where each resource lives: uuid -> data-center name, learned from the
 * final answer after a redirect so the next lookup goes straight there.
 * Routes hold no profile data, so one cache may serve every caller.
 */
import { LRUCache } from 'lru-cache';

export interface RouteCache {
  get(id: string): Promise<string | undefined>;
  set(id: string, dataCenter: string): Promise<void>;
  close(): Promise<void>;
}

export interface MemoryRouteCacheOptions {
  /** Most routes kept; the least recently used go first. Default 100 000. */
  maxEntries?: number;
  /** How long a route is trusted, in ms. Default 24 h. */
  ttlMs?: number;
}

export const DEFAULT_ROUTE_TTL_MS = 24 * 60 * 60 * 1000;

export class MemoryRouteCache implements RouteCache {
  readonly #lru: LRUCache<string, string>;

  constructor(options: MemoryRouteCacheOptions = {}) {
    const max = options.maxEntries ?? 100_000;
    const ttl = options.ttlMs ?? DEFAULT_ROUTE_TTL_MS;
    if (!Number.isInteger(max) || max < 1) {
      throw new TypeError(
        `maxEntries: expected a positive integer, got ${String(max)}`,
      );
    }
    if (!Number.isInteger(ttl) || ttl < 1) {
      throw new TypeError(
        `ttlMs: expected a positive integer, got ${String(ttl)}`,
      );
    }
    this.#lru = new LRUCache({ max, ttl });
  }

  get size(): number {
    return this.#lru.size;
  }

  /** Synchronous read, for callers that layer this cache under another. */
  peek(id: string): string | undefined {
    return this.#lru.get(id);
  }

  /** Synchronous write, for callers that layer this cache under another. */
  put(id: string, dataCenter: string): void {
    this.#lru.set(id, dataCenter);
  }

  get(id: string): Promise<string | undefined> {
    return Promise.resolve(this.peek(id));
  }

  set(id: string, dataCenter: string): Promise<void> {
    this.put(id, dataCenter);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.#lru.clear();
    return Promise.resolve();
  }
}
