import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { countRequestedIds } from './lookup-budget.js';

/**
 * Refuses, before execution and with HTTP 400, an operation that names more
 * than `maxIds` ids in its arguments (see lookup-budget.ts).
 */
export function lookupBudgetPlugin(maxIds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const asked = countRequestedIds(
            document,
            request.operationName,
            request.variables,
          );
          if (asked <= maxIds) return;
          throw new GraphQLError(
            `The operation names ${asked} ids; at most ${maxIds} may be looked up in one request. Split it into several requests.`,
            {
              extensions: {
                code: 'TOO_MANY_IDS',
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
