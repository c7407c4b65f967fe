import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose root type the schema lacks (this subgraph has
 * queries only), as a validation error the client can act on. graphql-js's
 * own rules let `mutation { x }` through to execution, which fails with an
 * error Apollo reports as INTERNAL_SERVER_ERROR, masked in production.
 */
export const rootTypeExistsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `This graph has no ${node.operation} type: it answers queries only.`,
        { nodes: node },
      ),
    );
  },
});
