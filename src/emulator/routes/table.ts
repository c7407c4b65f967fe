/** The Profile v1 routes the emulator serves, matched in order. */
import type { RouteContext } from './context.js';
import {
  listAppCompanies,
  listByKind,
  listCompanyApps,
  listCompanyUsers,
} from './lists.js';
import { getByKind, getMe, getPrincipal } from './resources.js';

export interface Route {
  /** Stats key and OpenAPI path, for example `/profile/v1/users/{id}`. */
  template: string;
  pattern: RegExp;
  handle(ctx: RouteContext): void;
}

const ID = '([^/]+)';

function route(template: string, handle: Route['handle']): Route {
  const source = template
    .split('/')
    .map((part) => (part.startsWith('{') ? ID : part))
    .join('/');
  return { template, pattern: new RegExp(`^${source}/?$`), handle };
}

export const PROFILE_ROUTES: readonly Route[] = [
  route('/profile/v1/me', getMe),
  route('/profile/v1/users', listByKind('user')),
  route('/profile/v1/companies', listByKind('company')),
  route('/profile/v1/apps', listByKind('app')),
  route('/profile/v1/users/{id}', getByKind('user')),
  route('/profile/v1/companies/{id}', getByKind('company')),
  route('/profile/v1/apps/{id}', getByKind('app')),
  route('/profile/v1/principals/{id}', getPrincipal),
  route('/profile/v1/companies/{id}/users', listCompanyUsers),
  route('/profile/v1/companies/{id}/apps', listCompanyApps),
  route('/profile/v1/apps/{id}/companies', listAppCompanies),
];

export function matchRoute(
  pathname: string,
): { route: Route; params: string[] } | undefined {
  for (const candidate of PROFILE_ROUTES) {
    const match = candidate.pattern.exec(pathname);
    if (match) {
      const params = match.slice(1).map(safeDecode);
      return { route: candidate, params };
    }
  }
  return undefined;
}

/** A malformed escape is left as is; the lookup then finds nothing (404). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
