/**
 * Where a redirect may lead. The connector follows redirects itself because
 * an HTTP client's own redirect following drops `Authorization` across
 * origins (rightly, in general); here the token must follow, but only to a
 * data center in the table, a bounded number of hops, never round a loop,
 * and only to the same resource: a 301 says where a resource lives, so a
 * Location naming another path (an admin page on a known host, say) is not
 * one to hand the caller's token to. For the same reason the call keeps the
 * query it asked with: a Location's own query (`?filter=…&count=1000`)
 * would let whoever answers the redirect choose what the token reads next.
 */
import type { DataCenterTable } from './data-centers.js';

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface RedirectState {
  /** Data center that answered the redirect. */
  dataCenter: string;
  /** Path and query that was asked there. */
  path: string;
  /** Data centers this call has already asked. */
  visited: ReadonlySet<string>;
  /** Redirects followed so far. */
  hops: number;
  maxRedirects: number;
}

export type RedirectDecision =
  | { follow: true; dataCenter: string; path: string }
  | { follow: false; reason: string; origin?: string };

export function decideRedirect(
  table: DataCenterTable,
  state: RedirectState,
  location: string | string[] | undefined,
): RedirectDecision {
  const target = resolveLocation(table, state, location);
  if (!(target instanceof URL)) return target;
  const dc = table.byOrigin(target);
  if (dc === undefined) {
    return {
      follow: false,
      reason: 'redirect to a host outside the data-center table',
      origin: target.origin,
    };
  }
  if (state.visited.has(dc.name)) {
    return { follow: false, reason: `redirect loop back to ${dc.name}` };
  }
  if (state.hops >= state.maxRedirects) {
    return {
      follow: false,
      reason: `more than ${state.maxRedirects} redirects`,
    };
  }
  // Paths below each data center's base path, so a base path is neither
  // lost nor doubled when the call moves.
  const below = belowBase(target.pathname, dc.basePath);
  const asked = new URL(state.path, 'http://path.invalid');
  if (below !== asked.pathname) {
    return { follow: false, reason: 'redirect to another resource' };
  }
  return { follow: true, dataCenter: dc.name, path: below + asked.search };
}

/** `pathname` without `basePath`, or undefined when it is not below it. */
function belowBase(pathname: string, basePath: string): string | undefined {
  if (basePath === '') return pathname;
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  return pathname.slice(basePath.length);
}

/** The absolute target of a Location, relative ones read against the call. */
function resolveLocation(
  table: DataCenterTable,
  state: RedirectState,
  location: string | string[] | undefined,
): URL | RedirectDecision {
  if (typeof location !== 'string' || location === '') {
    return { follow: false, reason: 'redirect without a Location' };
  }
  const from = table.get(state.dataCenter)?.baseUrl ?? 'http://invalid';
  try {
    return new URL(location, `${from}${state.path}`);
  } catch {
    return { follow: false, reason: 'redirect to an unreadable Location' };
  }
}
