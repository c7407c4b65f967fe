import type { App, Company, User } from '../../upstream/model.js';

type PrincipalTypeName = 'User' | 'Company' | 'App';

/**
 * Domain objects carry no type tag, and a user, a company and an app cannot
 * be told apart reliably by shape; so `me` records which kind it returned.
 * A WeakMap lets the objects be collected with the request.
 */
const typeNames = new WeakMap<object, PrincipalTypeName>();

export function tagPrincipal<T extends User | Company | App>(
  value: T,
  typeName: PrincipalTypeName,
): T {
  typeNames.set(value, typeName);
  return value;
}

export const principalResolvers = {
  Principal: {
    __resolveType: (value: object) => typeNames.get(value) ?? null,
  },
};
