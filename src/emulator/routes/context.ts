/** What every Profile route handler gets, and the checks they share. */
import { maySee, type Caller } from '../auth.js';
import type { DataStore, Located } from '../data/store.js';
import type { Exchange } from '../http/exchange.js';
import { mayRead } from '../scopes.js';
import type { PrincipalType } from '../types.js';

export interface RouteContext {
  exchange: Exchange;
  caller: Caller;
  store: DataStore;
  /** The data center this listener is. */
  dataCenter: string;
  /** Every data center's base URL, by name. */
  baseUrls: Record<string, string>;
  /** Path parameters, in template order. */
  params: string[];
}

/**
 * The checks between authentication and the answer, in the documented
 * order: unknown id (404, from any data center: an unknown id has no home),
 * wrong data center (301 to the same path and query on the owner), scope
 * (403), tenant (404, so existence is not revealed). Returns true when the
 * handler may answer.
 */
export function admit(
  ctx: RouteContext,
  target: Located | undefined,
  scopeKind: PrincipalType,
): target is Located {
  const { exchange } = ctx;
  if (target === undefined) {
    exchange.error(404, 'no such resource');
    return false;
  }
  const owner = target.resource.dataCenter;
  if (owner !== ctx.dataCenter) {
    const base = ctx.baseUrls[owner] as string;
    exchange.redirect(base + (exchange.req.url ?? '/'));
    return false;
  }
  if (!mayRead(ctx.caller.scopes, scopeKind)) {
    exchange.error(
      403,
      `access denied: the token grants no ${scopeKind} read scope`,
    );
    return false;
  }
  if (!maySee(ctx.caller, target)) {
    exchange.error(404, 'no such resource');
    return false;
  }
  return true;
}

/** The id in the path, looked up as a resource of the given kind. */
export function pathTarget(
  ctx: RouteContext,
  kind: PrincipalType,
): Located | undefined {
  return ctx.store.findKind(ctx.params[0] ?? '', kind);
}
