/**
 * Baseline: an Apollo Server built the way Apollo's docs teach, with a
 * `RESTDataSource` subclass made per request. Its built-in GET dedup
 * (`deduplicate-during-request-lifetime`) means a URL asked for twice in
 * one request is fetched once, but nothing is batched: every distinct
 * resource is its own call. Default fetcher (node-fetch) and the server's
 * default cache, as in the docs. Goes to each resource's home data center
 * (see `baseline-schema.ts` for why).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  RESTDataSource,
  type AugmentedRequest,
  type DataSourceConfig,
} from '@apollo/datasource-rest';
import type { GraphQLError } from 'graphql';
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

class ProfileAPI extends RESTDataSource {
  constructor(
    config: DataSourceConfig,
    private readonly caller: BaselineContext,
  ) {
    super(config);
  }

  protected override willSendRequest(_path: string, request: AugmentedRequest) {
    request.headers['authorization'] = `Bearer ${this.caller.token}`;
    request.headers['concur-correlationid'] = this.caller.correlationId;
  }

  user = (id: string) => this.getOrNull<WireUserSlice>(router.userUrl(id));
  company = (id: string) => this.getOrNull<object>(router.companyUrl(id));
  companyUsers = (id: string, offset: number, limit: number) =>
    this.getOrNull<WireList<WireUserSlice>>(
      router.companyUsersUrl(id, offset, limit),
    );

  /** The data source throws on every non-2xx; not found is `null` here. */
  private async getOrNull<T>(url: string): Promise<T | null> {
    try {
      return await this.get<T>(url);
    } catch (error) {
      const response = (error as GraphQLError).extensions?.['response'] as
        { status?: number } | undefined;
      if (response?.status === 404) return null;
      throw error;
    }
  }
}

interface Context {
  dataSources: { profile: ProfileAPI };
}

const resolvers = {
  Query: {
    user: (_: unknown, { id }: { id: string }, ctx: Context) =>
      ctx.dataSources.profile.user(id),
    company: (_: unknown, { id }: { id: string }, ctx: Context) =>
      ctx.dataSources.profile.company(id),
  },
  User: {
    __resolveReference: (ref: { id: string }, ctx: Context) =>
      ctx.dataSources.profile.user(ref.id),
    company(user: WireUserSlice, _: unknown, ctx: Context) {
      const id = employeeOf(user)?.companyUUID;
      return id ? ctx.dataSources.profile.company(id) : null;
    },
    manager(user: WireUserSlice, _: unknown, ctx: Context) {
      const id = employeeOf(user)?.managerId;
      return id ? ctx.dataSources.profile.user(id) : null;
    },
  },
  Company: {
    async users(
      company: { id: string },
      args: { first?: number; after?: string },
      ctx: Context,
    ) {
      const { offset, limit } = pageArgs(args);
      const list = await ctx.dataSources.profile.companyUsers(
        company.id,
        offset,
        limit,
      );
      return list ? connectionOf(list, offset) : { edges: [], totalCount: 0 };
    },
  },
};

const server = new ApolloServer<Context>({
  schema: buildBaselineSchema(resolvers),
});
await startStandaloneServer(server, {
  listen: { port: Number(env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => {
    const { cache } = server;
    const caller = baselineContext(req.headers);
    return { dataSources: { profile: new ProfileAPI({ cache }, caller) } };
  },
});
exitWithRunner();
process.once('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
