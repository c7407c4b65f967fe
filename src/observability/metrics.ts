/**
 * The Prometheus metrics of one subgraph instance, in a registry of its own
 * (not prom-client's global one), so two instances in one process (tests)
 * never collide on a metric name.
 */
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from 'prom-client';
import type { DataCenterCounts, UpstreamCallEvent } from '../upstream/index.js';

/** What decides whether a request's operation name may become a label. */
export interface LabelFacts {
  /** A verified token came with the request. */
  authenticated: boolean;
  /** Its operation parsed and validated against the schema. */
  validated: boolean;
}

/** What admission control reports, read at scrape time. */
export interface AdmissionState {
  /** Weight of the operations running now. */
  inFlight: number;
  /** Requests waiting to be admitted. */
  waiting: number;
  /** Requests refused since start, by reason. */
  refused: Record<string, number>;
}

export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'outcome'>;
  requestSeconds: Histogram<'operation' | 'outcome'>;
  batchSize: Histogram<'loader'>;
  /** The `operation` label for an operation name, bounded in number. */
  operationLabel(name: string | undefined, request: LabelFacts): string;
  /** Records one upstream exchange, from the backend's `onCall` hook. */
  observeUpstreamCall(event: UpstreamCallEvent): void;
  /** Publishes admission control's state, read at each scrape. */
  observeAdmission(read: () => AdmissionState): void;
}

/**
 * @param readCounters the backend's running totals per data center, read at
 * scrape time (retries, redirects and route-cache hits are counted there).
 */
export function createMetrics(
  readCounters: () => Record<string, DataCenterCounts>,
): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerCounterMirrors(registry, readCounters);
  return {
    registry,
    requests: new Counter({
      name: 'profile_graph_requests_total',
      help: 'GraphQL requests by operation name and outcome (ok, error)',
      labelNames: ['operation', 'outcome'] as const,
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'profile_graph_request_duration_seconds',
      help: 'GraphQL request duration by operation name and outcome',
      labelNames: ['operation', 'outcome'] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    batchSize: new Histogram({
      name: 'profile_graph_loader_batch_size',
      help: 'Keys per DataLoader batch, by loader',
      labelNames: ['loader'] as const,
      buckets: [1, 2, 5, 10, 25, 50, 100],
      registers: [registry],
    }),
    observeUpstreamCall: upstreamObserver(registry),
    operationLabel: operationLabeller(),
    observeAdmission: (read) => registerAdmission(registry, read),
  };
}

function registerAdmission(registry: Registry, read: () => AdmissionState) {
  new Gauge({
    name: 'profile_graph_admission_in_flight',
    help: 'Weight (resources asked for) of the operations running now',
    registers: [registry],
    collect() {
      this.set(read().inFlight);
    },
  });
  new Gauge({
    name: 'profile_graph_admission_waiting',
    help: 'Requests waiting to be admitted',
    registers: [registry],
    collect() {
      this.set(read().waiting);
    },
  });
  new Counter({
    name: 'profile_graph_admission_refused_total',
    help: 'Requests not admitted, by reason: queue full and wait too long (answered 503 SERVER_OVERLOADED), client gone',
    labelNames: ['reason'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [reason, count] of Object.entries(read().refused)) {
        if (count > 0) this.inc({ reason }, count);
      }
    },
  });
}

function upstreamObserver(registry: Registry) {
  const upstreamCalls = new Counter({
    name: 'profile_graph_upstream_calls_total',
    help: 'HTTP exchanges with the Profile API, retries and redirect hops included',
    labelNames: ['data_center', 'status'] as const,
    registers: [registry],
  });
  const upstreamSeconds = new Histogram({
    name: 'profile_graph_upstream_call_duration_seconds',
    help: 'Duration of one HTTP exchange with the Profile API',
    labelNames: ['data_center'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return (event: UpstreamCallEvent) => {
    const labels = { data_center: event.dataCenter };
    upstreamCalls.inc({
      ...labels,
      status: String(event.status ?? event.errorCode ?? 'none'),
    });
    upstreamSeconds.observe(labels, event.durationMs / 1000);
  };
}

/** Distinct operation names kept as label values; later ones are pooled. */
const MAX_OPERATION_LABELS = 200;

// Operation names come from clients, so a client inventing a name per
// request would grow every request series without end. Only a verified
// caller's valid operation may take one of the 200 named slots, so nobody
// without a token (or with a made-up query) can use them up; later names
// are counted as "(other)".
function operationLabeller() {
  const seen = new Set<string>();
  return (name: string | undefined, request: LabelFacts) => {
    if (!request.authenticated) return '(unauthenticated)';
    if (!request.validated) return '(invalid)';
    if (name === undefined) return '(anonymous)';
    const label = name.slice(0, 100);
    if (seen.has(label)) return label;
    if (seen.size >= MAX_OPERATION_LABELS) return '(other)';
    seen.add(label);
    return label;
  };
}

const MIRRORED: Array<[keyof DataCenterCounts, string, string]> = [
  ['retries', 'upstream_retries_total', 'Upstream attempts after the first'],
  ['redirectsFollowed', 'upstream_redirects_followed_total', '301s followed'],
  [
    'redirectsRefused',
    'upstream_redirects_refused_total',
    '301s refused (unknown host, loop or too many hops)',
  ],
  ['routeCacheHits', 'route_cache_hits_total', 'Learned routes used'],
  ['routeCacheMisses', 'route_cache_misses_total', 'Lookups with no route'],
];

// The backend already counts these; mirroring its totals at scrape time
// keeps one source of truth instead of counting twice.
function registerCounterMirrors(
  registry: Registry,
  readCounters: () => Record<string, DataCenterCounts>,
) {
  for (const [field, name, help] of MIRRORED) {
    new Counter({
      name: `profile_graph_${name}`,
      help,
      labelNames: ['data_center'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [dataCenter, counts] of Object.entries(readCounters())) {
          if (counts[field] > 0) {
            this.inc({ data_center: dataCenter }, counts[field]);
          }
        }
      },
    });
  }
}
