/** List routes: SCIM id filters and the company/app link lists. */
import { maySee } from '../auth.js';
import type { Located } from '../data/store.js';
import { mayRead } from '../scopes.js';
import { parseIdFilter, parsePaging, pageOf } from '../query.js';
import { listResponse, parseSchemaView, wireResource } from '../serialize.js';
import type { PrincipalType } from '../types.js';
import { admit, pathTarget, type RouteContext } from './context.js';

/**
 * `/users?filter=id eq "…" or …` (and companies, apps). Only resources that
 * live in this data center and that the caller may see are returned; the
 * rest are left out silently, and the client fetches those singly, which is
 * where it learns their redirects. Without a filter: every such resource.
 */
export function listByKind(kind: PrincipalType) {
  return (ctx: RouteContext): void => {
    const { exchange, store } = ctx;
    if (!mayRead(ctx.caller.scopes, kind)) {
      exchange.error(
        403,
        `access denied: the token grants no ${kind} read scope`,
      );
      return;
    }
    const filter = parseIdFilter(exchange.url.searchParams.get('filter'));
    if (!filter.ok) return exchange.error(400, filter.detail, 'invalidFilter');
    const candidates: Array<Located | undefined> =
      filter.value === null
        ? allOf(ctx, kind)
        : [...new Set(filter.value)].map((id) => store.findKind(id, kind));
    const found = candidates.filter(
      (item): item is Located =>
        item !== undefined &&
        item.resource.dataCenter === ctx.dataCenter &&
        maySee(ctx.caller, item),
    );
    sendPage(ctx, found);
  };
}

function allOf(ctx: RouteContext, kind: PrincipalType): Located[] {
  const { data } = ctx.store;
  const pick = { user: data.users, company: data.companies, app: data.apps };
  return pick[kind].map((resource) => ({ kind, resource }) as Located);
}

/** A company's users, wherever they live, served by the company's DC. */
export function listCompanyUsers(ctx: RouteContext): void {
  const company = pathTarget(ctx, 'company');
  if (!admit(ctx, company, 'user') || company.kind !== 'company') return;
  const users = ctx.store.usersOf(company.resource.id);
  sendPage(
    ctx,
    users.map((resource) => ({ kind: 'user', resource })),
  );
}

/** Apps connected to a company that the caller may see. */
export function listCompanyApps(ctx: RouteContext): void {
  const company = pathTarget(ctx, 'company');
  if (!admit(ctx, company, 'app') || company.kind !== 'company') return;
  const apps = ctx.store
    .appsOf(company.resource.id)
    .map((resource): Located => ({ kind: 'app', resource }));
  sendPage(
    ctx,
    apps.filter((app) => maySee(ctx.caller, app)),
  );
}

/** Companies connected to an app, served by the app's data center. */
export function listAppCompanies(ctx: RouteContext): void {
  const app = pathTarget(ctx, 'app');
  if (!admit(ctx, app, 'company') || app.kind !== 'app') return;
  const companies = ctx.store
    .companiesOf(app.resource)
    .map((resource): Located => ({ kind: 'company', resource }));
  sendPage(
    ctx,
    companies.filter((item) => maySee(ctx.caller, item)),
  );
}

function sendPage(ctx: RouteContext, items: Located[]): void {
  const { exchange } = ctx;
  const paging = parsePaging(exchange.url.searchParams);
  if (!paging.ok) return exchange.error(400, paging.detail, 'invalidValue');
  const view = parseSchemaView(exchange.url.searchParams.get('schema'));
  const page = pageOf(items, paging.value).map((item) =>
    wireResource(item, view),
  );
  exchange.json(200, listResponse(page, items.length, paging.value.startIndex));
}
