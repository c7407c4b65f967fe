import type { Resolvers } from '../generated/resolvers-types.js';
import { checkPageSize, connection, offsetAfter } from './connection.js';
import { loadReference } from './lookups.js';

export const companyResolvers: Resolvers = {
  Company: {
    __resolveReference: (reference, ctx) =>
      loadReference(ctx.loaders.companies, reference.id),
    async users(company, { first, after }, ctx) {
      const limit = checkPageSize(first);
      const offset = offsetAfter(after);
      if (limit === 0) {
        // Still one call: `totalCount` and `hasNextPage` need the total.
        const probe = await ctx.loaders.companyUsers.load({
          companyId: company.id,
          offset,
          limit: 1,
        });
        return connection([], offset, probe?.total ?? 0);
      }
      const page = await ctx.loaders.companyUsers.load({
        companyId: company.id,
        offset,
        limit,
      });
      return connection(page?.items ?? [], offset, page?.total ?? 0);
    },
    apps: async (company, _args, ctx) =>
      (await ctx.loaders.companyApps.load(company.id)) ?? [],
  },
  CompanyTravel: {
    // A boolean in the schema, `1` in a published sample: accept both.
    active: (travel) =>
      travel.active === null || travel.active === undefined
        ? null
        : Boolean(travel.active),
  },
  CompanyExpense: {
    edition: (expense) => editionOf(expense.marketingName),
  },
};

/** Reference section 6: `CTE`/`Enterprise` is Professional, `Standard…` Standard. */
function editionOf(marketingName: string | null | undefined) {
  if (!marketingName) return null;
  if (/^(CTE|Enterprise)$/i.test(marketingName)) return 'PROFESSIONAL';
  if (/^Standard/i.test(marketingName)) return 'STANDARD';
  return null;
}
