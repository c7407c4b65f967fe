import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { GraphContext } from '../graph/context.js';
import {
  bearerChallenge,
  unauthenticatedExtensions,
} from './request-context.js';

/**
 * Root fields anyone may read: they describe the schema, never data. Tools
 * (Studio, a router fetching `_service`) read them without a user's token.
 */
const SCHEMA_ONLY_FIELDS = new Set([
  '__schema',
  '__type',
  '__typename',
  '_service',
]);

/**
 * Refuses, with HTTP 401 and before any resolver runs, an operation that
 * reads data without a verified caller.
 */
export function requireCallerPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.caller) return;
          if (operation && readsSchemaOnly(operation)) return;
          throw new GraphQLError('A bearer token is required.', {
            extensions: unauthenticatedExtensions(bearerChallenge()),
          });
        },
      };
    },
  };
}

function readsSchemaOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' && onlySchemaFields(operation.selectionSet)
  );
}

// Fragments at the root are followed only when inline; a named fragment
// spread at the root makes the operation count as reading data.
function onlySchemaFields(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) {
      return SCHEMA_ONLY_FIELDS.has(selection.name.value);
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return onlySchemaFields(selection.selectionSet);
    }
    return false;
  });
}
