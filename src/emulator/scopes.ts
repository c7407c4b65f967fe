/**
 * Scope vocabulary. Concur documents two spellings (`user_read` from the 2017
 * beta, `user.read` now); the emulator accepts both, treats write as implying
 * read and `*` as everything (reference section 2).
 */
import type { PrincipalType } from './types.js';

const GRANTING: Record<PrincipalType, ReadonlySet<string>> = {
  user: new Set(['user_read', 'user.read', 'user.write', '*']),
  company: new Set(['company_read', 'company.read', 'company.write', '*']),
  app: new Set(['app_read', 'app.read', '*']),
};

/**
 * The granted scopes of a verified payload. `concur.scopes` may be an array
 * or a space-separated string; the older claim name is a documented fallback.
 */
export function grantedScopes(payload: Record<string, unknown>): string[] {
  const claim =
    payload['concur.scopes'] ??
    payload['https://api.concursolutions.com/scopes'];
  if (typeof claim === 'string') return claim.split(/\s+/).filter(Boolean);
  if (Array.isArray(claim)) {
    return claim.filter((scope): scope is string => typeof scope === 'string');
  }
  return [];
}

/** Exact token match: `user_reader` does not grant `user_read`. */
export function mayRead(scopes: readonly string[], kind: PrincipalType) {
  const granting = GRANTING[kind];
  return scopes.some((scope) => granting.has(scope));
}
