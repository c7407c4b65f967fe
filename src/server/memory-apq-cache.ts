/**
 * The automatic-persisted-query cache of a replica without Redis: query
 * texts by hash, in memory.
 *
 * Without it Apollo keeps them in its default cache, bounded at 30 MiB
 * counted as the length of each query, while each entry also holds about
 * 240 bytes of key (`apq:` and a 64-character hash) and bookkeeping. A
 * client registering tiny distinct queries (`{__typename}#1`, `#2`, …, no
 * token needed) kept about 260 bytes of heap per 18-character query, so the
 * default let about 1.7 million entries, 450 MB, pile up for the day they
 * live (PERSISTED_QUERIES_TTL_SECONDS): past the whole 384 MB heap.
 */
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

/**
 * Heap one entry holds besides its query text: measured about 240 bytes
 * (the prefixed key, lru-cache's slots and the entry's TTL), counted high.
 */
export const APQ_ENTRY_OVERHEAD_BYTES = 256;

/**
 * 8 MiB, counted as query text plus the overhead above: about 23,000
 * registered queries of 100 characters, or 3,700 of 2,000. A client only
 * registers the operations it sends, tens to a few hundred, so that is
 * plenty; when one was let go the client is told so and sends the full
 * query once more, one extra round trip, not an error.
 */
export const APQ_CACHE_BYTES = 8 * 1024 * 1024;

export function memoryApqCache(
  maxBytes: number = APQ_CACHE_BYTES,
): InMemoryLRUCache<string> {
  return new InMemoryLRUCache<string>({
    maxSize: maxBytes,
    sizeCalculation: (query) => query.length + APQ_ENTRY_OVERHEAD_BYTES,
  });
}
