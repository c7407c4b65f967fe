/**
 * Baseline: the Apollo Server people write first. Each resolver that needs
 * upstream data fetches it right there, with the global `fetch`; no
 * DataLoader, no batching, no dedup, so 100 users with a manager and a
 * company cost about 200 calls. Carries the caller's token and a
 * correlation id, and goes to each resource's home data center (see
 * `baseline-schema.ts` for why).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { exitWithRunner, readContenderEnv } from '../shared.js';
import {
  baselineContext,
  buildBaselineSchema,
  connectionOf,
  employeeOf,
  HomeRouter,
  pageArgs,
  type BaselineContext,
  type WireList,
  type WireUserSlice,
} from './baseline-schema.js';

const env = readContenderEnv();
const router = new HomeRouter(
  JSON.parse(env.BENCH_DATA_CENTERS) as Record<string, string>,
  env.BENCH_HOMES_FILE,
);

/** GET as JSON; 404 is `null`, any other failure a GraphQL error. */
async function get<T>(url: string, ctx: BaselineContext): Promise<T | null> {
  const response = await fetch(url, {
    headers: {
      authorization: `Bearer ${ctx.token}`,
      'concur-correlationid': ctx.correlationId,
    },
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new GraphQLError(`upstream answered ${response.status}`);
  }
  return (await response.json()) as T;
}

const resolvers = {
  Query: {
    user: (_: unknown, { id }: { id: string }, ctx: BaselineContext) =>
      get(router.userUrl(id), ctx),
    company: (_: unknown, { id }: { id: string }, ctx: BaselineContext) =>
      get(router.companyUrl(id), ctx),
  },
  User: {
    __resolveReference: (ref: { id: string }, ctx: BaselineContext) =>
      get(router.userUrl(ref.id), ctx),
    company(user: WireUserSlice, _: unknown, ctx: BaselineContext) {
      const id = employeeOf(user)?.companyUUID;
      return id ? get(router.companyUrl(id), ctx) : null;
    },
    manager(user: WireUserSlice, _: unknown, ctx: BaselineContext) {
      const id = employeeOf(user)?.managerId;
      return id ? get(router.userUrl(id), ctx) : null;
    },
  },
  Company: {
    async users(
      company: { id: string },
      args: { first?: number; after?: string },
      ctx: BaselineContext,
    ) {
      const { offset, limit } = pageArgs(args);
      const url = router.companyUsersUrl(company.id, offset, limit);
      const list = await get<WireList<WireUserSlice>>(url, ctx);
      return list ? connectionOf(list, offset) : { edges: [], totalCount: 0 };
    },
  },
};

const server = new ApolloServer<BaselineContext>({
  schema: buildBaselineSchema(resolvers),
});
await startStandaloneServer(server, {
  listen: { port: Number(env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => baselineContext(req.headers),
});
exitWithRunner();
process.once('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
