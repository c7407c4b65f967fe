/**
 * The in-memory persisted-query cache (src/server/memory-apq-cache.ts):
 * distinct registrations, which any client can make, keep a bounded amount
 * of heap, counted with what each entry holds besides its query text.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  APQ_CACHE_BYTES,
  APQ_ENTRY_OVERHEAD_BYTES,
  memoryApqCache,
} from '../../src/server/memory-apq-cache.js';

const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');

describe('memoryApqCache', () => {
  it('keeps a bounded number of tiny registrations, the newest ones', async () => {
    const cache = memoryApqCache();
    const query = (i: number) => `{__typename}#${i}`;
    const count = 50_000;
    for (let i = 0; i < count; i++) {
      await cache.set(sha256(query(i)), query(i), { ttl: 86_400 });
    }
    // Counted by length alone, all 50,000 would fit in far less than 8 MiB.
    expect(cache.keys().length).toBeLessThanOrEqual(
      Math.floor(APQ_CACHE_BYTES / APQ_ENTRY_OVERHEAD_BYTES),
    );
    expect(await cache.get(sha256(query(count - 1)))).toBe(query(count - 1));
    expect(await cache.get(sha256(query(0)))).toBeUndefined();
  });

  it('answers a registered query until its TTL runs out', async () => {
    const cache = memoryApqCache();
    await cache.set('kept', '{ me { __typename } }', { ttl: 86_400 });
    await cache.set('gone', '{ me { __typename } }', { ttl: 0.001 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await cache.get('kept')).toBe('{ me { __typename } }');
    expect(await cache.get('gone')).toBeUndefined();
  });
});
