/**
 * The scope vocabulary: which spellings of a Concur scope mean the same grant.
 *
 * Concur's docs use two spellings (`user_read` from the 2017 beta, `user.read`
 * today), `*` grants everything, and a write scope implies read (reference
 * section 2). Everything is reduced to one canonical read grant per resource
 * kind so that checks compare sets, not strings.
 */

export type ReadGrant = 'user_read' | 'company_read' | 'app_read';

export const ALL_READ_GRANTS: readonly ReadGrant[] = [
  'user_read',
  'company_read',
  'app_read',
];

const SPELLINGS: Record<string, readonly ReadGrant[]> = {
  '*': ALL_READ_GRANTS,
  user_read: ['user_read'],
  'user.read': ['user_read'],
  'user.write': ['user_read'],
  company_read: ['company_read'],
  'company.read': ['company_read'],
  'company.write': ['company_read'],
  app_read: ['app_read'],
  'app.read': ['app_read'],
};

/**
 * Reads a scope claim that may be a space-separated string or an array.
 * Only exact spellings count: `user_reader` grants nothing.
 */
export function parseScopeClaim(claim: unknown): string[] {
  if (typeof claim === 'string') {
    return claim.split(/\s+/).filter((scope) => scope.length > 0);
  }
  if (Array.isArray(claim)) {
    return claim.filter((scope): scope is string => typeof scope === 'string');
  }
  return [];
}

/** The read grants a list of raw scopes confers. */
export function grantsOf(scopes: readonly string[]): ReadonlySet<ReadGrant> {
  const grants = new Set<ReadGrant>();
  for (const scope of scopes) {
    for (const grant of SPELLINGS[scope] ?? []) grants.add(grant);
  }
  return grants;
}

/**
 * Whether `grants` satisfy a `@requiresScopes` requirement: any one of the
 * groups, where a group needs all of its scopes. A required scope is held
 * when the caller has every grant it stands for: a required `*` needs all
 * three, not any one (else a `user_read` token would pass the `["*"]` group
 * that every company and app field lists). A scope this vocabulary does not
 * know can never be held.
 */
export function satisfies(
  grants: ReadonlySet<ReadGrant>,
  requirement: readonly (readonly string[])[],
): boolean {
  return requirement.some((group) =>
    group.every((scope) => {
      const needed = SPELLINGS[scope];
      return needed !== undefined && needed.every((g) => grants.has(g));
    }),
  );
}
