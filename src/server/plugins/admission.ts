import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLResponse,
} from '@apollo/server';
import { estimateResources } from '../../graph/lookup-budget.js';
import { Admission, AdmissionRefusedError } from '../admission.js';
import type { ServerContext } from '../server-context.js';

/**
 * Admits each operation through `admission`, weighed by the resources it
 * asks for, and gives its weight back when its response is sent. A request
 * refused admission gets 503 with Retry-After and the code
 * SERVER_OVERLOADED.
 *
 * The wait happens in `responseForOperation`, which Apollo calls only once
 * the operation is parsed, validated and through every other plugin's
 * checks (a token, the lookup budget): a request those refuse is answered
 * at once and never takes a place in the queue.
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
      return {
        async responseForOperation({ document, request, contextValue }) {
          const weight = estimateResources(
            document,
            request.operationName,
            request.variables,
          );
          try {
            release = await admission.enter(weight, contextValue.call.signal);
          } catch (error) {
            if (error instanceof AdmissionRefusedError) return overloaded();
            throw error;
          }
          contextValue.call.deadlineAt = Date.now() + requestDeadlineMs;
          // An abandoned request still executes, but its lookups fail at
          // once without a call (batch.ts), so its weight goes back soon.
          return null;
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}

function overloaded(): GraphQLResponse {
  return {
    http: {
      status: 503,
      headers: new HeaderMap([['retry-after', '1']]),
    },
    body: {
      kind: 'single',
      singleResult: {
        errors: [
          {
            message:
              'This server is at capacity; retry in a moment, or on another replica.',
            extensions: { code: 'SERVER_OVERLOADED' },
          },
        ],
      },
    },
  };
}
