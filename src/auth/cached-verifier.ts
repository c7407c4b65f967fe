import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Caller } from './caller.js';
import type { TokenVerifier, VerifiedToken } from './verify-token.js';

export interface VerifierCacheOptions {
  /** Most distinct tokens remembered. */
  maxEntries: number;
  /**
   * Longest a verification is trusted, in ms, even if the token lives
   * longer: a key withdrawn from the key set stops working within this.
   */
  maxAgeMs: number;
}

/**
 * Remembers tokens already verified, so a caller's every request does not
 * pay for an RSA signature check. An entry never outlives the token's own
 * `exp`. Only successes are kept: a refused token is checked again every
 * time. Entries are keyed by a SHA-256 of the token, so the cache holds no
 * token a heap dump could reuse.
 */
export function cachedVerifier(
  verify: (token: string) => Promise<VerifiedToken>,
  options: VerifierCacheOptions,
  now: () => number = Date.now,
): TokenVerifier {
  const cache = new LRUCache<string, Caller>({
    max: options.maxEntries,
    // Its TTL clock is ours, so tests can move time.
    perf: { now },
  });
  return async (token) => {
    const key = createHash('sha256').update(token).digest('base64url');
    const known = cache.get(key);
    if (known) return known;
    const { caller, expiresAtMs } = await verify(token);
    const ttl = Math.min(options.maxAgeMs, expiresAtMs - now());
    if (ttl > 0) cache.set(key, caller, { ttl });
    return caller;
  };
}
