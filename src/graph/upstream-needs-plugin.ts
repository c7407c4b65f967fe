import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from './context.js';
import { readsUserExpense } from './upstream-needs.js';

/**
 * Tells the upstream calls of a request, before any is made, whether users
 * must carry their expense settings (see `CallContext.includeUserExpense`).
 * The call context is made before the document is parsed, so it is filled
 * in here, once the operation is known and before execution starts.
 */
export function upstreamNeedsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          contextValue.call.includeUserExpense = readsUserExpense(document);
        },
      };
    },
  };
}
