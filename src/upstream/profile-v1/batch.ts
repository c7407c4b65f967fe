/**
 * Many ids of one kind in as few calls as the upstream allows.
 *
 * Ids are grouped by the data center each would be tried at first. In bulk
 * mode each group of two or more is asked with SCIM filter calls. A filter
 * answers only for resources living in the data center asked, so ids it
 * leaves out are, when there are several, asked of the other data centers
 * with filter calls too (one sweep), which learns their routes in bulk
 * instead of one redirect each. An id that every data center's filter
 * answered without is `null`, as a 404 would be; any id still unsettled is
 * fetched singly, which follows the redirect and learns its route, or
 * answers 404 and becomes `null`. Whatever stops one id stays in that id's
 * slot; results come back in request order however the answers arrive.
 */
import type { BatchResult, CallContext } from '../backend.js';
import {
  BadUpstreamResponseError,
  isUpstreamError,
  UpstreamTimeoutError,
  type UpstreamError,
} from '../errors.js';
import type { Route, UpstreamClient } from '../http-client.js';
import { entryId, listResources, ShapeError } from './map.js';
import {
  filterPath,
  filterTemplate,
  isFilterSafe,
  resourcePath,
  resourceTemplate,
  type ResourceKind,
} from './paths.js';

export interface BulkLookup {
  enabled: boolean;
  maxIdsPerCall: number;
}

export interface Lookup<T> {
  client: UpstreamClient;
  kind: ResourceKind;
  map: (wire: unknown) => T;
  bulk: BulkLookup;
  ctx: CallContext;
}

type Slot<T> = T | null | UpstreamError;

/** What the filter calls of one batch have settled so far. */
interface FilterState<T> {
  routes: Map<string, Route>;
  slots: Map<string, Slot<T>>;
  /** Data centers whose filter answered without the id. */
  absentAt: Map<string, Set<string>>;
}

/**
 * Fewest left-out ids worth a sweep of the other data centers: below this,
 * single lookups (a redirect and a GET each) cost no more.
 */
const MIN_IDS_FOR_SWEEP = 3;

/** Codes that would fail every id of a filter call alike if sent singly. */
const WHOLE_CALL_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'UPSTREAM_TIMEOUT',
]);

export async function lookupMany<T>(
  lookup: Lookup<T>,
  ids: readonly string[],
): Promise<BatchResult<T>> {
  // Nobody will read the answer: one error for the whole batch instead of
  // a call (and an error) per id.
  if (lookup.ctx.signal?.aborted) {
    const abandoned = new UpstreamTimeoutError(
      'lookup stopped: the request was abandoned',
      { correlationId: lookup.ctx.correlationId },
    );
    return ids.map(() => abandoned);
  }
  // Callers normalize ids already; lower-casing again costs nothing and
  // keeps `ABC` and `abc` one call and one slot if one slips through.
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const routes = new Map<string, Route>();
  await Promise.all(
    unique.map(async (id) =>
      routes.set(id, await lookup.client.route(id, lookup.ctx)),
    ),
  );
  const slots = new Map<string, Slot<T>>();
  if (lookup.bulk.enabled) {
    await lookupByFilter(lookup, { routes, slots, absentAt: new Map() });
  }
  await Promise.all(
    unique
      .filter((id) => !slots.has(id))
      .map(async (id) =>
        slots.set(id, await lookupOne(lookup, id, routes.get(id))),
      ),
  );
  return ids.map((id) => slots.get(id.toLowerCase()) ?? null);
}

/** One id by its own URL: the resource, `null` on 404, or its error. */
export async function lookupOne<T>(
  lookup: Lookup<T>,
  id: string,
  route?: Route,
): Promise<Slot<T>> {
  try {
    const answer = await lookup.client.get({
      path: resourcePath(lookup.kind, id, withExpense(lookup)),
      pathTemplate: resourceTemplate(lookup.kind),
      routeKey: id,
      ...(route === undefined ? {} : { route }),
      ctx: lookup.ctx,
    });
    if (!answer.found) return null;
    // An entry for another id would be shown, and merged by a router, as
    // the one asked for; the filter path ignores such entries the same way.
    if (entryId(answer.body) !== id.toLowerCase()) {
      return new BadUpstreamResponseError(
        `${answer.dataCenter} answered a ${lookup.kind} lookup with another ${lookup.kind} than the one asked for`,
        {
          correlationId: lookup.ctx.correlationId,
          dataCenter: answer.dataCenter,
          status: 200,
        },
      );
    }
    return mapOne(lookup, answer.body, answer.dataCenter);
  } catch (err) {
    if (isUpstreamError(err)) return err;
    throw err;
  }
}

async function lookupByFilter<T>(
  lookup: Lookup<T>,
  state: FilterState<T>,
): Promise<void> {
  const groups = new Map<string, string[]>();
  for (const [id, route] of state.routes) {
    if (!isFilterSafe(id)) continue;
    const group = groups.get(route.dataCenter) ?? [];
    group.push(id);
    groups.set(route.dataCenter, group);
  }
  const calls: Array<Promise<void>> = [];
  for (const [dataCenter, group] of groups) {
    // One id costs one call either way, and singly it also learns a route.
    if (group.length < 2) continue;
    calls.push(filterChunks(lookup, dataCenter, group, state, true));
  }
  await Promise.all(calls);
  await sweepOtherDataCenters(lookup, state);
}

/**
 * Asks every other data center for the ids the first filter calls left
 * out, then settles as `null` each id that no data center holds.
 */
async function sweepOtherDataCenters<T>(
  lookup: Lookup<T>,
  state: FilterState<T>,
): Promise<void> {
  const leftOut = [...state.absentAt.keys()].filter(
    (id) => !state.slots.has(id),
  );
  if (leftOut.length < MIN_IDS_FOR_SWEEP) return;
  const names = lookup.client.table.names();
  await Promise.all(
    names.map((dataCenter) => {
      const ids = leftOut.filter(
        (id) => !state.absentAt.get(id)?.has(dataCenter),
      );
      // A sweep call's failure settles nothing: the id may well live in
      // another data center, and its single lookup will tell.
      return filterChunks(lookup, dataCenter, ids, state, false);
    }),
  );
  for (const id of leftOut) {
    const absent = state.absentAt.get(id);
    const nowhere = names.every((dataCenter) => absent?.has(dataCenter));
    if (!state.slots.has(id) && nowhere) state.slots.set(id, null);
  }
}

async function filterChunks<T>(
  lookup: Lookup<T>,
  dataCenter: string,
  ids: string[],
  state: FilterState<T>,
  failureSettles: boolean,
): Promise<void> {
  const calls: Array<Promise<void>> = [];
  for (let at = 0; at < ids.length; at += lookup.bulk.maxIdsPerCall) {
    const chunk = ids.slice(at, at + lookup.bulk.maxIdsPerCall);
    calls.push(filterCall(lookup, dataCenter, chunk, state, failureSettles));
  }
  await Promise.all(calls);
}

/**
 * One filter call. When `failureSettles`, a failure that would hit every
 * id alike fills their slots; any other failure (the filter unsupported, a bad list) leaves the
 * ids to be fetched singly. A list read in full records, for each id it
 * left out, that this data center does not hold it.
 */
async function filterCall<T>(
  lookup: Lookup<T>,
  dataCenter: string,
  chunk: string[],
  state: FilterState<T>,
  failureSettles: boolean,
): Promise<void> {
  let body: unknown;
  try {
    const answer = await lookup.client.get({
      path: filterPath(lookup.kind, chunk, withExpense(lookup)),
      pathTemplate: filterTemplate(lookup.kind),
      route: { dataCenter },
      ctx: lookup.ctx,
    });
    if (!answer.found) return;
    body = answer.body;
    dataCenter = answer.dataCenter;
  } catch (err) {
    if (!isUpstreamError(err)) throw err;
    if (failureSettles && WHOLE_CALL_CODES.has(err.code)) {
      for (const id of chunk) state.slots.set(id, err);
    }
    return;
  }
  let entries: unknown[];
  try {
    entries = listResources(body).resources;
  } catch {
    return;
  }
  await fillFromEntries(lookup, dataCenter, entries, new Set(chunk), state);
  for (const id of chunk) {
    if (state.slots.has(id)) continue;
    const absent = state.absentAt.get(id) ?? new Set<string>();
    absent.add(dataCenter);
    state.absentAt.set(id, absent);
  }
}

async function fillFromEntries<T>(
  lookup: Lookup<T>,
  dataCenter: string,
  entries: unknown[],
  wanted: Set<string>,
  state: FilterState<T>,
): Promise<void> {
  const learning: Array<Promise<void>> = [];
  for (const entry of entries) {
    const id = entryId(entry);
    // Entries nobody asked for (a lax filter) are ignored, not trusted.
    if (id === undefined || !wanted.has(id) || state.slots.has(id)) continue;
    state.slots.set(id, mapOne(lookup, entry, dataCenter));
    const known = state.routes.get(id)?.learned;
    learning.push(lookup.client.learn(id, dataCenter, known));
  }
  await Promise.all(learning);
}

function mapOne<T>(
  lookup: Lookup<T>,
  wire: unknown,
  dataCenter: string,
): T | UpstreamError {
  try {
    return lookup.map(wire);
  } catch (err) {
    if (!(err instanceof ShapeError)) throw err;
    return new BadUpstreamResponseError(
      `${dataCenter} sent a ${lookup.kind} entry that cannot be read: ${err.message}`,
      { correlationId: lookup.ctx.correlationId, dataCenter, status: 200 },
    );
  }
}

function withExpense(lookup: Lookup<unknown>): boolean {
  return lookup.ctx.includeUserExpense === true;
}
