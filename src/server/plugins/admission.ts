import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { estimateResources } from '../../graph/lookup-budget.js';
import { Admission, AdmissionRefusedError } from '../admission.js';
import type { ServerContext } from '../server-context.js';

/**
 * Admits each operation through `admission` once it is parsed, validated
 * and within its lookup budget, weighed by the resources it asks for, and
 * gives its weight back when its response is sent. A request refused
 * admission gets 503 with Retry-After and the code SERVER_OVERLOADED.
 *
 * The request deadline starts over at admission: time spent waiting is
 * bounded by the admission wait, and an operation that waited still gets
 * its full deadline for upstream calls.
 */
export function admissionPlugin(
  admission: Admission,
  requestDeadlineMs: number,
): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      let answered = false;
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const weight = estimateResources(
            document,
            request.operationName,
            request.variables,
          );
          let admitted: () => void;
          try {
            admitted = await admission.enter(weight, contextValue.call.signal);
          } catch (error) {
            if (error instanceof AdmissionRefusedError) throw overloaded();
            throw error;
          }
          // Another plugin may refuse the operation while this one waits
          // (didResolveOperation hooks run together), or the client may
          // leave just as it is admitted; then the weight goes straight
          // back. An abandoned request's calls fail at once (batch.ts).
          if (answered || contextValue.call.signal?.aborted) {
            return admitted();
          }
          release = admitted;
          contextValue.call.deadlineAt = Date.now() + requestDeadlineMs;
        },
        async willSendResponse() {
          answered = true;
          release?.();
        },
      };
    },
  };
}

function overloaded(): GraphQLError {
  // Typed loosely, as in request-context.ts: a test dependency's global
  // typing of `extensions.http.headers` does not admit Apollo's HeaderMap.
  const extensions: Record<string, unknown> = {
    code: 'SERVER_OVERLOADED',
    http: { status: 503, headers: new HeaderMap([['retry-after', '1']]) },
  };
  return new GraphQLError(
    'This server is at capacity; retry in a moment, or on another replica.',
    { extensions },
  );
}
