import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Metrics } from '../observability/metrics.js';
import type { Tracing } from '../observability/tracing.js';
import type { ApqCache } from './apq-cache.js';
import { Admission, type AdmissionOptions } from './admission.js';
import { admissionPlugin } from './plugins/admission.js';
import { correlationPlugin } from './correlation-plugin.js';
import { documentStore } from './document-store.js';
import { memoryApqCache } from './memory-apq-cache.js';
import { CORRELATION_ID_HEADER, correlationIdFrom } from './correlation-id.js';
import { formatErrorFor } from './format-error.js';
import { graphqlHandler, isGraphqlPath } from './routes/graphql.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoute } from './routes/metrics.js';
import { queryLimits, withLimitCodes, type QueryLimits } from './limits.js';
import { lookupBudgetPlugin } from '../graph/lookup-budget-plugin.js';
import { upstreamNeedsPlugin } from '../graph/upstream-needs-plugin.js';
import { landingPagePlugin } from './plugins/landing-page.js';
import { refusedTokenPlugin } from './plugins/refused-token.js';
import { requestRecordPlugin } from './plugins/request-record.js';
import { tracingPlugin } from './plugins/tracing.js';
import type { ReadinessCheck } from './readiness.js';
import type { ContextDependencies } from './request-context.js';
import { requireCallerPlugin } from './require-caller-plugin.js';
import { rootTypeExistsRule } from './root-type-rule.js';
import type { ServerContext } from './server-context.js';

export interface ServerOptions extends ContextDependencies {
  schema: GraphQLSchema;
  /** Stack traces and internal messages in errors; development only. */
  includeErrorDetails: boolean;
  introspection: boolean;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Allowed CORS origins; none when empty. */
  corsOrigins: readonly string[];
  /** Most operations in one JSON array body; 0 refuses batches. */
  maxBatchedOperations: number;
  limits: QueryLimits;
  /** Admission control (admission.ts); off when absent. */
  admission?: AdmissionOptions;
  /** APQ: `false` turns it off; a cache shares it (Redis); else in memory. */
  persistedQueries: false | { cache?: ApqCache; ttlSeconds: number };
  /** In-flight requests get this long to finish on close, in ms. */
  shutdownGraceMs: number;
  readiness: ReadinessCheck;
  metrics?: Metrics;
  tracing?: Tracing;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Builds the subgraph and its HTTP routes, and listens on `host:port`. */
export async function startServer(
  options: ServerOptions,
  host: string,
  port: number,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer({
    // A request's headers and body must arrive within this; Node's default,
    // 5 minutes, let a client that sends a body slowly hold a socket long.
    requestTimeout: 30_000,
    // How often Node looks for requests past that bound; its default, 30 s,
    // let a slow request hold its socket for up to a minute.
    connectionsCheckingInterval: 5_000,
  });
  const apollo = createApollo(options, httpServer);
  await apollo.start();
  const graphql = graphqlHandler(apollo, options);
  // /graphql skips express (see routes/graphql.ts); the rest goes through it.
  httpServer.on('request', (req, res) => {
    if (isGraphqlPath(req.url)) graphql(req, res);
    else app(req, res);
  });

  let stopping = false;
  app.disable('x-powered-by');
  app.use(healthRoutes(options.readiness, () => stopping));
  if (options.metrics) app.use(metricsRoute(options.metrics.registry));
  app.use(notFound);

  await listen(httpServer, host, port);
  const bound = (httpServer.address() as AddressInfo).port;
  const shownHost = ['0.0.0.0', '::'].includes(host)
    ? 'localhost'
    : host.includes(':')
      ? `[${host}]`
      : host;
  return {
    url: `http://${shownHost}:${bound}/graphql`,
    port: bound,
    close: async () => {
      stopping = true;
      await apollo.stop();
    },
  };
}

/** Any other path: JSON like every other answer, not express's HTML page. */
function notFound(req: express.Request, res: express.Response) {
  res.status(404).json({
    errors: [
      {
        message: `Nothing is served at ${req.method} ${req.path.slice(0, 100)}; the GraphQL endpoint is /graphql.`,
        extensions: {
          code: 'NOT_FOUND',
          correlationId: correlationIdFrom(req.headers[CORRELATION_ID_HEADER]),
        },
      },
    ],
  });
}

/**
 * Rejects with the listener's error (EADDRINUSE, EADDRNOTAVAIL, ENOTFOUND)
 * instead of leaving it to an 'error' event nobody handles, which would
 * crash the process with a stack and no word on which setting to change.
 */
function listen(server: http.Server, host: string, port: number) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function createApollo(options: ServerOptions, httpServer: http.Server) {
  const limits = queryLimits(options.limits);
  return new ApolloServer<ServerContext>({
    schema: options.schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: options.includeErrorDetails,
    formatError: withLimitCodes(formatErrorFor(options.includeErrorDetails)),
    logger: options.logger,
    allowBatchedHttpRequests: options.maxBatchedOperations > 0,
    validationRules: [rootTypeExistsRule, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    // Bounded by estimated heap rather than Apollo's default, which lets
    // distinct query texts hold well over 100 MB (document-store.ts).
    documentStore: documentStore(),
    persistedQueries: options.persistedQueries && {
      // Redis when configured; else a bounded cache of our own rather than
      // Apollo's default one (memory-apq-cache.ts).
      cache: options.persistedQueries.cache ?? memoryApqCache(),
      ttl: options.persistedQueries.ttlSeconds,
    },
    // main.ts owns shutdown: it stops the server, then the upstream pools
    // and the emulator, in order. Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.shutdownGraceMs,
      }),
      ...apolloReportingPlugins(),
      landingPagePlugin(options.introspection),
      requireCallerPlugin(),
      lookupBudgetPlugin(options.limits.maxIds),
      ...admissionPlugins(options),
      upstreamNeedsPlugin(),
      correlationPlugin(),
      refusedTokenPlugin(),
      requestRecordPlugin(options.logger),
      ...(options.tracing ? [tracingPlugin(options.tracing)] : []),
    ],
  });
}

function admissionPlugins(
  options: ServerOptions,
): ApolloServerPlugin<ServerContext>[] {
  if (!options.admission) return [];
  const admission = new Admission(options.admission);
  options.metrics?.observeAdmission(() => ({
    inFlight: admission.inFlight,
    waiting: admission.waiting,
    refused: admission.refused,
  }));
  return [admissionPlugin(admission, options.requestDeadlineMs)];
}

/**
 * A subgraph does not report usage to Apollo itself: the router does, from
 * the inline traces (ftv1) subgraphs add when the router asks for them.
 * Usage reporting is disabled outright so an APOLLO_KEY in the environment
 * never makes the subgraph report twice or warn about a missing graph ref;
 * error messages in traces are masked, since they leave for the router and
 * Studio.
 */
function apolloReportingPlugins(): ApolloServerPlugin<ServerContext>[] {
  return [
    ApolloServerPluginUsageReportingDisabled(),
    // Profile data is per caller and never cacheable by a router, so no
    // field carries a cache hint; without this Apollo still wraps every
    // field to compute a policy that is always "no cache".
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
  ];
}
