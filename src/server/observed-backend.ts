import type { Metrics } from '../observability/metrics.js';
import type { ProfileBackend } from '../upstream/index.js';

/**
 * The backend with DataLoader batch sizes recorded. Each by-id loader hands
 * its whole batch to one backend call, so the id count of that call is the
 * batch size, measured without touching loader code. The list loaders
 * (company users, company apps, app companies) call once per key, so their
 * batches cannot be seen from here; they are not measured.
 */
export function observedBackend<B extends ProfileBackend>(
  backend: B,
  metrics: Metrics,
): B {
  const sized =
    <T>(
      loader: string,
      lookup: (ids: readonly string[], ...rest: T[]) => unknown,
    ) =>
    (ids: readonly string[], ...rest: T[]) => {
      metrics.batchSize.observe({ loader }, ids.length);
      return lookup.call(backend, ids, ...rest);
    };
  return Object.assign(Object.create(backend) as B, {
    users: sized('users', backend.users),
    companies: sized('companies', backend.companies),
    apps: sized('apps', backend.apps),
  });
}
