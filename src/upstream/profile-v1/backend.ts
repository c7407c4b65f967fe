/**
 * ProfileBackend over Profile API v1. Everything that knows v1 paths and
 * JSON lives in this folder; the HTTP machinery beside it knows neither, so
 * an Identity v4 backend can reuse it whole.
 */
import type { CallContext, ProfileBackend } from '../backend.js';
import type { UpstreamCounters } from '../counters.js';
import type { DataCenterTable } from '../data-centers.js';
import { BadUpstreamResponseError } from '../errors.js';
import { UpstreamClient } from '../http-client.js';
import type { UpstreamClientOptions } from '../options.js';
import type { App, Company, Page, Principal, User } from '../model.js';
import { type BulkLookup, type Lookup, lookupMany } from './batch.js';
import {
  listResources,
  mapApp,
  mapCompany,
  mapPrincipal,
  mapUser,
  ShapeError,
} from './map.js';
import {
  APP_COMPANIES_TEMPLATE,
  appCompaniesPath,
  COMPANY_APPS_TEMPLATE,
  COMPANY_USERS_TEMPLATE,
  companyAppsPath,
  companyUsersPath,
  ME_PATH,
  mePath,
  type ResourceKind,
} from './paths.js';

export interface ProfileV1BackendOptions extends UpstreamClientOptions {
  /**
   * SCIM filter calls for batches: `enabled` (default true) and
   * `maxIdsPerCall` (default 50; the emulator accepts up to 100).
   */
  bulkLookup?: { enabled?: boolean; maxIdsPerCall?: number };
}

export interface ProfileV1Backend extends ProfileBackend {
  readonly counters: UpstreamCounters;
  readonly dataCenters: DataCenterTable;
}

export function createProfileV1Backend(
  options: ProfileV1BackendOptions = {},
): ProfileV1Backend {
  const bulk = resolveBulk(options.bulkLookup);
  const client = new UpstreamClient(options);
  const lookup = <T>(
    kind: ResourceKind,
    map: (wire: unknown) => T,
    ctx: CallContext,
  ): Lookup<T> => ({ client, kind, map, bulk, ctx });
  return {
    counters: client.counters,
    dataCenters: client.table,
    me: (ctx) => me(client, ctx),
    users: (ids, ctx) => lookupMany(lookup('users', mapUser, ctx), ids),
    companies: (ids, ctx) =>
      lookupMany(lookup('companies', mapCompany, ctx), ids),
    apps: (ids, ctx) => lookupMany(lookup('apps', mapApp, ctx), ids),
    companyUsers: (companyId, page, ctx) =>
      companyUsers(client, companyId, page, ctx),
    companyApps: (companyId, ctx) => companyApps(client, companyId, ctx),
    appCompanies: (appId, ctx) => appCompanies(client, appId, ctx),
    close: () => client.close(),
  };
}

function resolveBulk(bulk: ProfileV1BackendOptions['bulkLookup']): BulkLookup {
  const enabled = bulk?.enabled ?? true;
  const maxIdsPerCall = bulk?.maxIdsPerCall ?? 50;
  if (typeof enabled !== 'boolean') {
    throw new TypeError(
      `bulkLookup.enabled: expected a boolean, got ${JSON.stringify(enabled)}`,
    );
  }
  if (!Number.isInteger(maxIdsPerCall) || maxIdsPerCall < 1) {
    throw new TypeError(
      `bulkLookup.maxIdsPerCall: expected a positive integer, got ${JSON.stringify(maxIdsPerCall)}`,
    );
  }
  return { enabled, maxIdsPerCall };
}

/** Where a failed mapping is reported: who answered, for which call. */
interface Origin {
  correlationId: string;
  dataCenter: string;
}

async function me(
  client: UpstreamClient,
  ctx: CallContext,
): Promise<Principal> {
  const answer = await client.get({
    path: mePath(ctx.includeUserExpense === true),
    pathTemplate: ME_PATH,
    ctx,
  });
  const at = {
    correlationId: ctx.correlationId,
    dataCenter: answer.dataCenter,
  };
  if (!answer.found) {
    throw new BadUpstreamResponseError(
      `${answer.dataCenter} answered 404 for the caller's own principal`,
      { ...at, status: 404 },
    );
  }
  const principal = mapped(() => mapPrincipal(answer.body), at);
  const id = principalId(principal);
  // Whatever the answer says, it is shown as the caller's own: one naming
  // another principal is refused, not passed on.
  if (ctx.principalId !== undefined && id !== ctx.principalId) {
    throw new BadUpstreamResponseError(
      `${answer.dataCenter} answered /me with another principal than the token's`,
      { ...at, status: 200 },
    );
  }
  await client.learn(id, answer.dataCenter);
  return principal;
}

function principalId(principal: Principal): string {
  switch (principal.kind) {
    case 'user':
      return principal.user.id;
    case 'company':
      return principal.company.id;
    case 'app':
      return principal.app.id;
  }
}

async function companyUsers(
  client: UpstreamClient,
  companyId: string,
  page: { offset: number; limit: number },
  ctx: CallContext,
): Promise<Page<User> | null> {
  const path = companyUsersPath(
    companyId,
    page.offset,
    page.limit,
    ctx.includeUserExpense === true,
  );
  const list = await getList(
    client,
    path,
    COMPANY_USERS_TEMPLATE,
    companyId,
    ctx,
  );
  if (list === null) return null;
  return {
    total: list.total,
    offset: list.startIndex - 1,
    items: mapAll(list.resources, mapUser, list.at),
  };
}

async function companyApps(
  client: UpstreamClient,
  companyId: string,
  ctx: CallContext,
): Promise<App[] | null> {
  const path = companyAppsPath(companyId);
  const template = COMPANY_APPS_TEMPLATE;
  const list = await getList(client, path, template, companyId, ctx);
  return list === null ? null : mapAll(list.resources, mapApp, list.at);
}

async function appCompanies(
  client: UpstreamClient,
  appId: string,
  ctx: CallContext,
): Promise<Company[] | null> {
  const path = appCompaniesPath(appId);
  const template = APP_COMPANIES_TEMPLATE;
  const list = await getList(client, path, template, appId, ctx);
  return list === null ? null : mapAll(list.resources, mapCompany, list.at);
}

/** A list about `routeKey`; `null` when upstream says it does not exist. */
async function getList(
  client: UpstreamClient,
  path: string,
  pathTemplate: string,
  routeKey: string,
  ctx: CallContext,
) {
  const answer = await client.get({ path, pathTemplate, routeKey, ctx });
  if (!answer.found) return null;
  const at = {
    correlationId: ctx.correlationId,
    dataCenter: answer.dataCenter,
  };
  return { ...mapped(() => listResources(answer.body), at), at };
}

/**
 * A list is one answer: an entry that cannot be read fails the list, since
 * silently dropping it would misstate totals and pages.
 */
function mapAll<T>(
  entries: unknown[],
  map: (wire: unknown) => T,
  at: Origin,
): T[] {
  return mapped(() => entries.map(map), at);
}

function mapped<T>(run: () => T, at: Origin): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof ShapeError)) throw err;
    throw new BadUpstreamResponseError(
      `${at.dataCenter} sent a response that cannot be read: ${err.message}`,
      { ...at, status: 200 },
    );
  }
}
