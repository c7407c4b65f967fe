/**
 * Who is calling: the verified bearer token turned into a caller, and the
 * tenant boundary that decides which resources that caller may see.
 */
import type { DataStore, Located } from './data/store.js';
import { grantedScopes } from './scopes.js';
import { verifySandboxToken } from './tokens.js';

export interface Caller {
  subject: string;
  principal: Located;
  scopes: string[];
  /** The company a user or company belongs to; an app's owner company. */
  companyId: string;
  /** Companies whose users, company record and apps the caller may read. */
  companies: ReadonlySet<string>;
}

export type AuthResult =
  { ok: true; caller: Caller } | { ok: false; detail: string };

export async function authenticate(
  store: DataStore,
  authorization: string | undefined,
): Promise<AuthResult> {
  const match = /^Bearer +([^\s]+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    return { ok: false, detail: 'a Bearer token is required' };
  }
  let payload;
  try {
    payload = await verifySandboxToken(match[1]);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
    return { ok: false, detail: `the token is not valid (${code})` };
  }
  const principal = payload.sub ? store.find(payload.sub) : undefined;
  if (principal === undefined) {
    return { ok: false, detail: 'the token names no known principal' };
  }
  const type = payload['concur.type'];
  if (type !== undefined && type !== principal.kind) {
    return { ok: false, detail: `concur.type does not match the principal` };
  }
  return { ok: true, caller: callerFor(principal, payload) };
}

function callerFor(
  principal: Located,
  payload: Record<string, unknown>,
): Caller {
  const scopes = grantedScopes(payload);
  const subject = principal.resource.id;
  switch (principal.kind) {
    case 'user': {
      const companyId = principal.resource.companyId;
      return {
        subject,
        principal,
        scopes,
        companyId,
        companies: new Set([companyId]),
      };
    }
    case 'company':
      return {
        subject,
        principal,
        scopes,
        companyId: subject,
        companies: new Set([subject]),
      };
    case 'app': {
      const app = principal.resource;
      return {
        subject,
        principal,
        scopes,
        companyId: app.ownerCompanyUUID ?? subject,
        companies: new Set(app.connectedCompanyIds),
      };
    }
  }
}

/**
 * Users and companies see their own company; apps see the companies
 * connected to them. Apps are visible to their connected companies and to
 * themselves only.
 */
export function maySee(caller: Caller, target: Located): boolean {
  switch (target.kind) {
    case 'user':
      return caller.companies.has(target.resource.companyId);
    case 'company':
      return caller.companies.has(target.resource.id);
    case 'app':
      return caller.principal.kind === 'app'
        ? target.resource.id === caller.subject
        : target.resource.connectedCompanyIds.includes(caller.companyId);
  }
}
