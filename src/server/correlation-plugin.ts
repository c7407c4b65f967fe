import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../graph/context.js';

/**
 * Puts the request's correlation id on every error, so a client can quote
 * one id that finds the request in our logs and Concur's.
 */
export function correlationPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors) return;
          result.errors = result.errors.map((error) => ({
            ...error,
            extensions: {
              ...error.extensions,
              correlationId: contextValue.correlationId,
            },
          }));
        },
      };
    },
  };
}
