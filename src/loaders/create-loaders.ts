import DataLoader from 'dataloader';
import type { CallContext, ProfileBackend } from '../upstream/backend.js';
import type { App, Company, Page, User } from '../upstream/model.js';
import { batchLoader } from './batch-loader.js';

export interface PageKey {
  companyId: string;
  offset: number;
  limit: number;
}

/**
 * Every loader a request uses. Made fresh for each GraphQL request, so cached
 * resources never outlive the request nor cross to another caller.
 */
export interface Loaders {
  users: DataLoader<string, User | null>;
  companies: DataLoader<string, Company | null>;
  apps: DataLoader<string, App | null>;
  companyUsers: DataLoader<PageKey, Page<User> | null, string>;
  companyApps: DataLoader<string, App[] | null>;
  appCompanies: DataLoader<string, Company[] | null>;
}

export function createLoaders(
  backend: ProfileBackend,
  ctx: CallContext,
  maxBatchSize: number,
): Loaders {
  const users = batchLoader((ids) => backend.users(ids, ctx), maxBatchSize);
  const companies = batchLoader(
    (ids) => backend.companies(ids, ctx),
    maxBatchSize,
  );
  const apps = batchLoader((ids) => backend.apps(ids, ctx), maxBatchSize);

  // List endpoints take one owner each, so their "batch" is a parallel fan
  // out; the loader still dedupes and caches within the request. Resources a
  // list returns are primed into the by-id loaders, so asking for them again
  // (a user's manager on the same page, say) costs nothing.
  const companyUsers = new DataLoader<PageKey, Page<User> | null, string>(
    (keys) =>
      settle(keys, async ({ companyId, offset, limit }) => {
        const page = await backend.companyUsers(
          companyId,
          { offset, limit },
          ctx,
        );
        page?.items.forEach((user) => users.prime(user.id, user));
        return page;
      }),
    { cacheKeyFn: (key) => `${key.companyId}:${key.offset}:${key.limit}` },
  );
  const companyApps = new DataLoader<string, App[] | null>((ids) =>
    settle(ids, async (id) => {
      const list = await backend.companyApps(id, ctx);
      list?.forEach((app) => apps.prime(app.id, app));
      return list;
    }),
  );
  const appCompanies = new DataLoader<string, Company[] | null>((ids) =>
    settle(ids, async (id) => {
      const list = await backend.appCompanies(id, ctx);
      list?.forEach((company) => companies.prime(company.id, company));
      return list;
    }),
  );
  return { users, companies, apps, companyUsers, companyApps, appCompanies };
}

/** Runs one call per key; a failed key yields its error, not a failed batch. */
function settle<K, V>(
  keys: readonly K[],
  load: (key: K) => Promise<V>,
): Promise<Array<V | Error>> {
  return Promise.all(
    keys.map((key) =>
      load(key).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      ),
    ),
  );
}
