import type { Resolvers } from '../generated/resolvers-types.js';
import { loadLink, loadReference } from './lookups.js';

export const appResolvers: Resolvers = {
  App: {
    __resolveReference: (reference, ctx) =>
      loadReference(ctx.loaders.apps, reference.id),
    ownerCompany: (app, _args, ctx) =>
      loadLink(ctx.loaders.companies, app.ownerCompanyId),
    connectedCompanies: async (app, _args, ctx) =>
      (await ctx.loaders.appCompanies.load(app.id)) ?? [],
  },
};
