import type { QueryResolvers } from '../generated/resolvers-types.js';
import { assertAllowed } from '../scopes.js';
import { loadById, loadByIds } from './lookups.js';
import { tagPrincipal } from './principal.js';

// The scopes each principal type may read itself with, any one suffices:
// the same groups as its type's @requiresScopes in the SDL, so a refusal
// names every spelling, as it does on every other field.
const OWN_SCOPE = {
  user: [['user_read'], ['user.read'], ['user.write'], ['*']],
  company: [['company_read'], ['company.read'], ['company.write'], ['*']],
  app: [['app_read'], ['app.read'], ['*']],
} as const;

export const Query: QueryResolvers = {
  async me(_source, _args, ctx) {
    // Checked before the call: a token that may not read its own kind of
    // resource learns nothing from the upstream.
    const type = ctx.caller?.type ?? 'user';
    assertAllowed([OWN_SCOPE[type].map((group) => [...group])], ctx);
    const principal = await ctx.backend.me(ctx.call);
    switch (principal.kind) {
      case 'user':
        ctx.loaders.users.prime(principal.user.id, principal.user);
        return tagPrincipal(principal.user, 'User');
      case 'company':
        ctx.loaders.companies.prime(principal.company.id, principal.company);
        return tagPrincipal(principal.company, 'Company');
      case 'app':
        ctx.loaders.apps.prime(principal.app.id, principal.app);
        return tagPrincipal(principal.app, 'App');
    }
  },
  user: (_source, { id }, ctx) => loadById(ctx.loaders.users, id),
  users: (_source, { ids }, ctx) => loadByIds(ctx.loaders.users, ids),
  company: (_source, { id }, ctx) => loadById(ctx.loaders.companies, id),
  companies: (_source, { ids }, ctx) => loadByIds(ctx.loaders.companies, ids),
  app: (_source, { id }, ctx) => loadById(ctx.loaders.apps, id),
  apps: (_source, { ids }, ctx) => loadByIds(ctx.loaders.apps, ids),
};
