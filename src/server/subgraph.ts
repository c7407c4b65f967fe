import type { Logger } from 'pino';
import { createTokenVerifier } from '../auth/verify-token.js';
import { introspectionEnabled, type Config } from '../config.js';
import { buildSchema } from '../graph/schema.js';
import { createMetrics, type Metrics } from '../observability/metrics.js';
import type { Tracing } from '../observability/tracing.js';
import {
  createProfileV1Backend,
  MemoryRouteCache,
  openRedisRouteCache,
  type ProfileV1Backend,
  type RouteCache,
  type UpstreamCallEvent,
} from '../upstream/index.js';
import type { RedisApqCache } from './apq-cache.js';
import {
  startServer,
  type RunningServer,
  type ServerOptions,
} from './create-server.js';
import type { QueryLimits } from './limits.js';
import { observedBackend } from './observed-backend.js';
import { readinessCheck } from './readiness.js';

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
  const tracing = await tracingFor(config);
  // Metrics read the backend's counters, which exist only once it does.
  let metrics: Metrics | undefined;
  const upstreamLogger = logger.child({ component: 'upstream' });
  const routeCache = await createRouteCache(config, logger);
  const backend = createBackend(
    config,
    upstream,
    routeCache,
    logger,
    (event) => {
      observeCall(upstreamLogger, event);
      metrics?.observeUpstreamCall(event);
      tracing?.onUpstreamCall(event);
    },
  );
  if (config.METRICS) {
    metrics = createMetrics(() => backend.counters.snapshot());
  }
  const apqCache = await createApqCache(config, logger);
  const server = await startServer(
    serverOptions(
      config,
      upstream,
      logger,
      backend,
      metrics,
      tracing,
      apqCache,
    ),
    config.HOST,
    config.PORT,
  );
  return {
    ...server,
    backend,
    async close() {
      await server.close();
      await backend.close();
      apqCache?.close();
      if (tracing) await flushSpans(tracing, logger);
    },
  };
}

/**
 * How long buffered spans get to reach the collector on close. Exporting
 * them is best effort: a collector that is down must cost those spans and
 * a warning, not a shutdown that waits out the exporter's retries (about
 * 10 s, past the margin main.ts allows after the grace period) or fails
 * and exits 1 before the sandbox emulator is closed.
 */
const SPAN_FLUSH_TIMEOUT_MS = 2_000;

async function flushSpans(tracing: Tracing, logger: Logger) {
  try {
    await tracing.shutdown(SPAN_FLUSH_TIMEOUT_MS);
  } catch (error) {
    logger.warn(
      { err: error, timeoutMs: SPAN_FLUSH_TIMEOUT_MS },
      'spans dropped at shutdown: the trace collector did not take them; check that OTEL_EXPORTER_OTLP_ENDPOINT answers',
    );
  }
}

function createBackend(
  config: Config,
  upstream: UpstreamTarget,
  routeCache: RouteCache,
  logger: Logger,
  onCall: (event: UpstreamCallEvent) => void,
): ProfileV1Backend {
  return createProfileV1Backend({
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
    onCall,
  });
}

// OpenTelemetry's SDK and Redis's client are loaded only when configured:
// imported alone, each added 15-30 MB to the resident memory of a replica
// that never used them.
async function tracingFor(config: Config): Promise<Tracing | undefined> {
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const { createTracing } = await import('../observability/tracing.js');
  return createTracing({
    endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: config.OTEL_SERVICE_NAME,
  });
}

function serverOptions(
  config: Config,
  upstream: UpstreamTarget,
  logger: Logger,
  backend: ProfileV1Backend,
  metrics: Metrics | undefined,
  tracing: Tracing | undefined,
  apqCache: RedisApqCache | undefined,
): ServerOptions {
  const development = config.NODE_ENV !== 'production';
  return {
    schema: buildSchema({
      publishScopeDirectives: config.PUBLISH_SCOPE_DIRECTIVES,
    }),
    backend: metrics ? observedBackend(backend, metrics) : backend,
    verifyToken: verifierFor(config, upstream),
    dataCenters: backend.dataCenters,
    logger,
    requestDeadlineMs: config.REQUEST_DEADLINE_MS,
    maxBatchSize: config.LOADER_MAX_BATCH_SIZE,
    includeErrorDetails: development,
    introspection: introspectionEnabled(config),
    maxBodyBytes: config.MAX_REQUEST_BODY_BYTES,
    corsOrigins: config.CORS_ORIGINS,
    maxBatchedOperations: config.BATCHED_REQUESTS
      ? config.MAX_BATCHED_OPERATIONS
      : 0,
    limits: limitsFor(config),
    ...(config.ADMISSION_CAPACITY > 0 && {
      admission: {
        capacity: config.ADMISSION_CAPACITY,
        maxWaitMs: config.ADMISSION_MAX_WAIT_MS,
        maxWaiting: config.ADMISSION_MAX_WAITING,
      },
    }),
    persistedQueries: config.PERSISTED_QUERIES && {
      ...(apqCache && { cache: apqCache }),
      ttlSeconds: config.PERSISTED_QUERIES_TTL_SECONDS,
    },
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    readiness: readinessCheck({
      jwksUrl: upstream.jwksUrl,
      dataCenters: backend.dataCenters,
      probeTimeoutMs: config.HEALTH_PROBE_TIMEOUT_MS,
      cacheMs: config.HEALTH_CACHE_MS,
      jwksCacheMaxAgeMs: config.JWKS_CACHE_MAX_AGE_MS,
      algorithms: config.JWT_ALGORITHMS,
    }),
    ...(metrics && { metrics }),
    ...(tracing && { tracing }),
  };
}

function verifierFor(config: Config, upstream: UpstreamTarget) {
  return createTokenVerifier({
    jwksUrl: upstream.jwksUrl,
    // Concur's `iss` is the base URL of the data center that issued the
    // token (reference section 2), so by default only the configured data
    // centers are trusted issuers; JWT_ISSUERS replaces that list.
    issuers:
      config.JWT_ISSUERS.length > 0
        ? config.JWT_ISSUERS
        : Object.values(upstream.dataCenters).map((url) =>
            url.replace(/\/+$/, ''),
          ),
    audience: config.JWT_AUDIENCE,
    allowedApps: config.JWT_ALLOWED_APPS,
    algorithms: config.JWT_ALGORITHMS,
    clockToleranceSeconds: config.JWT_CLOCK_TOLERANCE_SECONDS,
    jwksCacheMaxAgeMs: config.JWKS_CACHE_MAX_AGE_MS,
    jwksTimeoutMs: config.JWKS_TIMEOUT_MS,
  });
}

function limitsFor(config: Config): QueryLimits {
  return {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
    maxTokens: config.MAX_QUERY_TOKENS,
    maxCost: config.MAX_QUERY_COST,
    maxIds: config.MAX_IDS_PER_REQUEST,
  };
}

/** One debug line per HTTP exchange; the event carries no token. */
function observeCall(logger: Logger, event: UpstreamCallEvent) {
  logger.debug({ upstream: event }, 'upstream call');
}

async function createRouteCache(
  config: Config,
  logger: Logger,
): Promise<RouteCache> {
  if (!config.REDIS_URL) return new MemoryRouteCache();
  return openRedisRouteCache({
    url: config.REDIS_URL,
    logger: logger.child({ component: 'route-cache' }),
  });
}

async function createApqCache(config: Config, logger: Logger) {
  if (!config.REDIS_URL || !config.PERSISTED_QUERIES) return undefined;
  const { RedisApqCache } = await import('./apq-cache.js');
  return new RedisApqCache({
    url: config.REDIS_URL,
    logger: logger.child({ component: 'apq-cache' }),
  });
}
