import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isUpstreamError } from '../upstream/errors.js';

/**
 * Shapes every error a client sees. Upstream faults keep their stable code
 * and the safe facts a client can act on (status, retry delay); upstream
 * bodies, stacks and tokens never leave the process. Anything unexpected is
 * reported as an internal error with no detail outside development.
 */
export function formatErrorFor(includeDetails: boolean) {
  return (
    formatted: GraphQLFormattedError,
    error: unknown,
  ): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isUpstreamError(original)) {
      return {
        message: original.message,
        ...(formatted.locations && { locations: formatted.locations }),
        ...(formatted.path && { path: formatted.path }),
        extensions: {
          code: original.code,
          correlationId: original.correlationId,
          ...(original.status !== undefined && {
            upstreamStatus: original.status,
          }),
          ...(original.upstreamCode !== undefined && {
            upstreamCode: original.upstreamCode,
          }),
          ...(original.retryAfterSeconds !== undefined && {
            retryAfterSeconds: original.retryAfterSeconds,
          }),
          ...(original.dataCenter !== undefined && {
            dataCenter: original.dataCenter,
          }),
        },
      };
    }
    const client = clientFault(formatted);
    if (client) return client;
    const code = formatted.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' && !includeDetails) {
      return {
        message: 'Internal server error',
        ...(formatted.path && { path: formatted.path }),
        extensions: { code },
      };
    }
    if (includeDetails) return formatted;
    const { stacktrace: _stacktrace, ...extensions } =
      formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}

/**
 * Client mistakes that Apollo reports with no code (hence
 * INTERNAL_SERVER_ERROR), known only by their message: an APQ hash that
 * does not match the query sent with it, an unsupported APQ version, and
 * introspection while it is off. Each gets a client code and a message
 * saying what to fix; matching messages is the one hook left, since Apollo
 * throws no class of its own for them. (`_entities` representations that
 * name no entity type are refused before @apollo/subgraph sees them, in
 * src/graph/entity-type-check.ts, so no message of its is matched here.)
 */
function clientFault(
  formatted: GraphQLFormattedError,
): GraphQLFormattedError | undefined {
  const fixed = FIXED_MESSAGES[formatted.message];
  if (fixed) {
    return {
      message: fixed.message,
      ...(formatted.locations && { locations: formatted.locations }),
      extensions: {
        code: fixed.code,
        ...(formatted.extensions?.['validationErrorCode'] !== undefined && {
          validationErrorCode: formatted.extensions['validationErrorCode'],
        }),
      },
    };
  }
  return undefined;
}

/** Whether an error with this message is a client's mistake, not ours. */
export function isClientFault(message: string): boolean {
  return clientFault({ message }) !== undefined;
}

// Apollo's own wording, replaced: its introspection message tells clients
// how the server is built ("pass introspection: true to ApolloServer").
const FIXED_MESSAGES: Record<string, { message: string; code: string }> = {
  'provided sha does not match query': {
    message:
      'The persisted query hash does not match the SHA-256 of the query sent with it.',
    code: 'BAD_REQUEST',
  },
  'Unsupported persisted query version': {
    message: 'Only persisted query version 1 is supported.',
    code: 'PERSISTED_QUERY_NOT_SUPPORTED',
  },
  'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production':
    {
      message:
        'Introspection is turned off on this server (the INTROSPECTION setting).',
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
};
