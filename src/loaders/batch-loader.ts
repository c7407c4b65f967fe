import DataLoader from 'dataloader';
import type { BatchResult } from '../upstream/backend.js';
import { normalizeId } from './ids.js';

/**
 * A per-request loader over one resource kind. DataLoader gives each key its
 * own promise: an upstream error in one slot rejects that key only, `null`
 * (not found) resolves to `null`, and results land on their keys whatever
 * order the upstream answered in, because the backend returns them in key
 * order.
 */
export function batchLoader<T>(
  fetchBatch: (ids: readonly string[]) => Promise<BatchResult<T>>,
  maxBatchSize: number,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (keys) => {
      // `cacheKeyFn` only dedupes; the keys themselves arrive as the caller
      // spelled them, so they are normalized before they go upstream.
      const ids = keys.map(normalizeId);
      const results = await fetchBatch(ids);
      if (results.length !== ids.length) {
        // A backend bug, not an upstream fault: fail loudly, once per batch.
        throw new TypeError(
          `backend returned ${results.length} results for ${ids.length} ids`,
        );
      }
      return results;
    },
    { cacheKeyFn: normalizeId, maxBatchSize },
  );
}
