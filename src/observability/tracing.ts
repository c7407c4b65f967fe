/**
 * OpenTelemetry spans for requests and upstream calls, exported over
 * OTLP/HTTP. Off unless an endpoint is configured, and then nothing here is
 * even constructed: the server installs no tracing plugin and no hook.
 */
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Span, Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
} from '@opentelemetry/sdk-trace-node';
import type { UpstreamCallEvent } from '../upstream/index.js';

export const CORRELATION_ATTRIBUTE = 'concur.correlation_id';

export interface TracingOptions {
  /** OTLP/HTTP base URL; spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  serviceName: string;
}

export interface Tracing {
  tracer: Tracer;
  /** Request spans in flight, so upstream calls can find their parent. */
  requestSpans: Map<string, Span>;
  /** Records one upstream exchange as a child of its request's span. */
  onUpstreamCall(event: UpstreamCallEvent): void;
  /**
   * Flushes what is buffered and stops exporting, waiting at most
   * `timeoutMs`. Rejects when spans were dropped: the collector refused
   * them, or did not take them in time.
   */
  shutdown(timeoutMs: number): Promise<void>;
}

export function createTracing(options: TracingOptions): Tracing {
  const exporter = new OTLPTraceExporter({
    url: `${options.endpoint.replace(/\/$/, '')}/v1/traces`,
  });
  // Not registered globally: the provider belongs to this server, so tests
  // (and a process embedding two servers) keep their spans apart.
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('profile-graph');
  const requestSpans = new Map<string, Span>();
  return {
    tracer,
    requestSpans,
    onUpstreamCall: (event) => upstreamSpan(tracer, requestSpans, event),
    shutdown: (timeoutMs) => within(timeoutMs, provider.shutdown()),
  };
}

// The OTLP exporter retries a collector that refuses connections until its
// own timeout (10 s by default), and the export goes on in the background
// after this gives up; a process that is exiting does not wait for it.
async function within(timeoutMs: number, work: Promise<void>) {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`spans not exported within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

// The connector reports an exchange once it is over, so the span is
// recorded after the fact with the exchange's own start time.
function upstreamSpan(
  tracer: Tracer,
  requestSpans: Map<string, Span>,
  event: UpstreamCallEvent,
) {
  const parent = requestSpans.get(event.correlationId);
  const parentContext = parent
    ? trace.setSpan(context.active(), parent)
    : context.active();
  const end = Date.now();
  const span = tracer.startSpan(
    `GET ${event.pathTemplate}`,
    {
      kind: SpanKind.CLIENT,
      startTime: end - event.durationMs,
      attributes: {
        [CORRELATION_ATTRIBUTE]: event.correlationId,
        'http.request.method': 'GET',
        'url.template': event.pathTemplate,
        'concur.data_center': event.dataCenter,
        'http.request.resend_count': event.attempt - 1,
        ...(event.status !== undefined && {
          'http.response.status_code': event.status,
        }),
        ...(event.errorCode !== undefined && { 'error.type': event.errorCode }),
      },
    },
    parentContext,
  );
  if (event.status === undefined || event.status >= 500) {
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end(end);
}
