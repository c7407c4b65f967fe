import type { ApolloServerPlugin } from '@apollo/server';
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  CORRELATION_ATTRIBUTE,
  type Tracing,
} from '../../observability/tracing.js';
import type { ServerContext } from '../server-context.js';

/**
 * A span per GraphQL request and a child span for its execution; upstream
 * calls join the request span through `tracing.requestSpans`, keyed by the
 * correlation id. Installed only when tracing is configured.
 *
 * Not traced yet: one span per resolver wave (each DataLoader dispatch).
 * The loaders know nothing of tracing and the waves are visible as the
 * upstream call spans they cause; a per-field span was rejected as far too
 * many spans for a 100-user page.
 */
export function tracingPlugin(
  tracing: Tracing,
): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart({ contextValue }) {
      const { correlationId } = contextValue;
      const span = tracing.tracer.startSpan('graphql.request', {
        attributes: { [CORRELATION_ATTRIBUTE]: correlationId },
      });
      // Two requests in flight with one correlation id (a client reusing
      // ids) would share a parent here; the later one wins until it ends.
      tracing.requestSpans.set(correlationId, span);
      const parent = trace.setSpan(context.active(), span);
      return {
        async executionDidStart() {
          const execution = tracing.tracer.startSpan(
            'graphql.execute',
            { attributes: { [CORRELATION_ATTRIBUTE]: correlationId } },
            parent,
          );
          return {
            async executionDidEnd() {
              execution.end();
            },
          };
        },
        async willSendResponse({ operationName, response, errors }) {
          if (operationName) {
            span.setAttribute('graphql.operation.name', operationName);
          }
          const status = response.http.status ?? 200;
          span.setAttribute('http.response.status_code', status);
          if (errors?.length || status >= 400) {
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
          if (tracing.requestSpans.get(correlationId) === span) {
            tracing.requestSpans.delete(correlationId);
          }
        },
      };
    },
  };
}
