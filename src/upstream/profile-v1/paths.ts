/**
 * Profile v1 routes. Only `/me` is documented; the by-id routes follow the
 * link claims and HAL links (reference section 4), and the list routes and
 * SCIM filter are what the emulator serves and Identity v4 will.
 */

export type ResourceKind = 'users' | 'companies' | 'apps';

const BASE = '/profile/v1';

export const ME_PATH = `${BASE}/me`;

/**
 * Concur sends a user's Expense 0.2 extension only when asked with
 * `schema=expense` (reference section 4). Routes that return users ask
 * when the request needs it; other routes never do.
 */
function userView(kind: ResourceKind, withExpense: boolean): string {
  return kind === 'users' && withExpense ? 'schema=expense' : '';
}

/** `/me`, with the expense view when asked; the template stays `ME_PATH`. */
export function mePath(withExpense: boolean): string {
  return withExpense ? `${ME_PATH}?schema=expense` : ME_PATH;
}

export function resourceTemplate(kind: ResourceKind): string {
  return `${BASE}/${kind}/{id}`;
}

export function resourcePath(
  kind: ResourceKind,
  id: string,
  withExpense: boolean,
): string {
  const query = userView(kind, withExpense);
  const path = `${BASE}/${kind}/${encodeURIComponent(id)}`;
  return query ? `${path}?${query}` : path;
}

export function filterTemplate(kind: ResourceKind): string {
  return `${BASE}/${kind}?filter`;
}

/**
 * Ids safe to quote inside a SCIM filter. Anything else (a quote, a space)
 * could change the filter's meaning, so such ids are fetched singly.
 */
export function isFilterSafe(id: string): boolean {
  return /^[0-9A-Za-z_-]{1,64}$/.test(id);
}

/** `…/users?filter=id eq "a" or id eq "b"`, for filter-safe ids only. */
export function filterPath(
  kind: ResourceKind,
  ids: readonly string[],
  withExpense: boolean,
): string {
  const filter = ids.map((id) => `id eq "${id}"`).join(' or ');
  const count = `&count=${ids.length}`;
  const query = userView(kind, withExpense);
  const extra = query ? `&${query}` : '';
  return `${BASE}/${kind}?filter=${encodeURIComponent(filter)}${count}${extra}`;
}

export const COMPANY_USERS_TEMPLATE = `${BASE}/companies/{id}/users`;
export const COMPANY_APPS_TEMPLATE = `${BASE}/companies/{id}/apps`;
export const APP_COMPANIES_TEMPLATE = `${BASE}/apps/{id}/companies`;

/** SCIM paging is 1-based (`startIndex`); the model's offset is 0-based. */
export function companyUsersPath(
  companyId: string,
  offset: number,
  limit: number,
  withExpense: boolean,
): string {
  const id = encodeURIComponent(companyId);
  const paging = `startIndex=${offset + 1}&count=${limit}`;
  const view = userView('users', withExpense);
  return `${BASE}/companies/${id}/users?${paging}${view ? `&${view}` : ''}`;
}

export function companyAppsPath(companyId: string): string {
  return `${BASE}/companies/${encodeURIComponent(companyId)}/apps`;
}

export function appCompaniesPath(appId: string): string {
  return `${BASE}/apps/${encodeURIComponent(appId)}/companies`;
}
