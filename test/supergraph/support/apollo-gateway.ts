/**
 * A real `@apollo/gateway` behind Apollo Server standalone on a free loopback
 * port, composing its subgraphs from their `_service { sdl }` at start, the
 * way a gateway without a managed supergraph does.
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  ApolloGateway,
  IntrospectAndCompose,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';

/** What the gateway takes from the caller's request for every subgraph. */
export interface CallerHeaders {
  authorization?: string;
  correlationId: string;
}

/** One request the gateway sent to a subgraph for a client operation. */
export interface SubgraphCall {
  subgraph: string;
  query: string;
  headers: Record<string, string>;
}

export interface RunningGateway {
  url: string;
  /** Subgraph requests made for client operations, oldest first. */
  calls: SubgraphCall[];
  close(): Promise<void>;
}

/**
 * The header propagation the README asks of every router: the caller's
 * `Authorization` and `concur-correlationid` go to each subgraph request of
 * the operation. One id per client request (the caller's, or one made here)
 * keeps every subgraph's upstream calls under one id.
 */
class PropagatingDataSource extends RemoteGraphQLDataSource<CallerHeaders> {
  constructor(
    private readonly subgraph: { name: string; url: string },
    private readonly calls: SubgraphCall[],
  ) {
    super({ url: subgraph.url });
  }

  override willSendRequest(
    options: GraphQLDataSourceProcessOptions<CallerHeaders>,
  ): void {
    // Schema loading and health checks have no caller to speak for. (The
    // request-kind enum is not exported, so the variant is told apart by
    // the field only incoming operations carry.)
    if (!('incomingRequestContext' in options)) return;
    const { request, context } = options;
    if (context.authorization) {
      request.http?.headers.set('authorization', context.authorization);
    }
    request.http?.headers.set('concur-correlationid', context.correlationId);
    this.calls.push({
      subgraph: this.subgraph.name,
      query: request.query ?? '',
      headers: Object.fromEntries(request.http?.headers ?? []),
    });
  }
}

export async function startApolloGateway(
  subgraphs: Array<{ name: string; url: string }>,
): Promise<RunningGateway> {
  const calls: SubgraphCall[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs }),
    buildService: ({ name, url }) =>
      new PropagatingDataSource({ name, url: url ?? '' }, calls),
  });
  const server = new ApolloServer<CallerHeaders>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async ({ req }) => ({
      ...(req.headers.authorization && {
        authorization: req.headers.authorization,
      }),
      correlationId: headerValue(req.headers['concur-correlationid']),
    }),
  });
  return { url, calls, close: () => server.stop() };
}

function headerValue(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return first ?? randomUUID();
}
