import { GraphQLError } from 'graphql';

/**
 * The codes a client can branch on, in `extensions.code`. Upstream faults
 * keep the code the connector gave them (see src/upstream/errors.ts).
 */
export type GraphErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'AUTH_UNAVAILABLE'
  | 'RESULT_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
