import type { ReadGrant } from './scopes.js';

export type PrincipalType = 'user' | 'company' | 'app';

/**
 * A verified caller. The raw token is kept apart (in the upstream call
 * context) so that logging a caller can never log a token.
 */
export interface Caller {
  /** Principal UUID from `sub`, lower case. */
  subject: string;
  type: PrincipalType;
  grants: ReadonlySet<ReadGrant>;
  /** The issuing data center's origin (`iss`), if the token says it. */
  issuer?: string;
}
