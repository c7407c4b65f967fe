import type { Logger } from 'pino';
import { createTokenVerifier } from '../auth/verify-token.js';
import type { Config } from '../config.js';
import { buildSchema } from '../graph/schema.js';
import {
  createProfileV1Backend,
  MemoryRouteCache,
  RedisRouteCache,
  type ProfileV1Backend,
  type RouteCache,
} from '../upstream/index.js';
import { startServer, type RunningServer } from './create-server.js';

/** Where the upstream and its token keys are, once sandbox mode is decided. */
export interface UpstreamTarget {
  dataCenters: Record<string, string>;
  defaultDataCenter: string;
  jwksUrl: string;
}

export interface RunningSubgraph extends RunningServer {
  backend: ProfileV1Backend;
}

/**
 * Assembles the subgraph from a checked configuration: route cache, upstream
 * backend, token verifier, schema and HTTP server, and closes them in the
 * reverse order.
 */
export async function startSubgraph(
  config: Config,
  upstream: UpstreamTarget,
  logger: Logger,
): Promise<RunningSubgraph> {
  const routeCache = createRouteCache(config, logger);
  const backend = createProfileV1Backend({
    dataCenters: upstream.dataCenters,
    defaultDataCenter: upstream.defaultDataCenter,
    routeCache,
    logger: logger.child({ component: 'upstream' }),
    connectionsPerDataCenter: config.UPSTREAM_CONNECTIONS_PER_DATA_CENTER,
    maxConcurrentCallsPerDataCenter:
      config.UPSTREAM_CONCURRENCY_PER_DATA_CENTER,
    connectTimeoutMs: config.UPSTREAM_CONNECT_TIMEOUT_MS,
    headersTimeoutMs: config.UPSTREAM_CALL_TIMEOUT_MS,
    bodyTimeoutMs: config.UPSTREAM_CALL_TIMEOUT_MS,
    callTimeoutMs: config.UPSTREAM_CALL_TIMEOUT_MS,
    maxAttempts: config.UPSTREAM_MAX_ATTEMPTS,
    maxRedirects: config.UPSTREAM_MAX_REDIRECTS,
    maxBodyBytes: config.UPSTREAM_MAX_BODY_BYTES,
    bulkLookup: {
      enabled: config.UPSTREAM_BULK_LOOKUP,
      maxIdsPerCall: config.UPSTREAM_BULK_MAX_IDS,
    },
  });
  const verifyToken = createTokenVerifier({
    jwksUrl: upstream.jwksUrl,
    issuers: config.JWT_ISSUERS,
    audience: config.JWT_AUDIENCE,
    algorithms: config.JWT_ALGORITHMS,
    clockToleranceSeconds: config.JWT_CLOCK_TOLERANCE_SECONDS,
    jwksCacheMaxAgeMs: 10 * 60_000,
    jwksTimeoutMs: 5_000,
  });
  const development = config.NODE_ENV !== 'production';
  const server = await startServer(
    {
      schema: buildSchema({
        publishScopeDirectives: config.PUBLISH_SCOPE_DIRECTIVES,
      }),
      backend,
      verifyToken,
      dataCenters: backend.dataCenters,
      logger,
      requestDeadlineMs: config.REQUEST_DEADLINE_MS,
      maxBatchSize: config.LOADER_MAX_BATCH_SIZE,
      includeErrorDetails: development,
      introspection: development,
      maxBodyBytes: 1_000_000,
      corsOrigins: [],
    },
    config.HOST,
    config.PORT,
  );
  return {
    ...server,
    backend,
    async close() {
      await server.close();
      await backend.close();
    },
  };
}

function createRouteCache(config: Config, logger: Logger): RouteCache {
  if (!config.REDIS_URL) return new MemoryRouteCache();
  return new RedisRouteCache({
    url: config.REDIS_URL,
    logger: logger.child({ component: 'route-cache' }),
  });
}
