import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import { isUpstreamError } from '../../upstream/errors.js';
import { bearerChallenge } from '../request-context.js';
import type { ServerContext } from '../server-context.js';

/**
 * Answers HTTP 401, with the challenge of a token refused locally
 * (`Bearer error="invalid_token"`), when Concur refused the caller's token
 * on any upstream call of the operation. Such a token passed the local
 * checks (signature, expiry, issuer), but Concur has the last word: it may
 * have been revoked, or its user disabled. Front ends sign in again on a
 * 401 and would not on a 200 with an UNAUTHENTICATED error in the body.
 *
 * Only the status and the header change: the body keeps every error and
 * whatever data resolved. An upstream 403 (FORBIDDEN: the token is fine,
 * the resource is not for it) stays a partial result with HTTP 200.
 */
export function refusedTokenPlugin(): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        // Apollo merges errors' own `extensions.http` into the response
        // after this hook; the one execution error that has any,
        // `unauthenticated()` of src/graph/errors.ts, asks for 401 as well.
        async didEncounterErrors({ errors, response }) {
          if (!errors.some(refusedUpstream)) return;
          response.http.status = 401;
          for (const [name, value] of bearerChallenge('invalid_token')) {
            response.http.headers.set(name, value);
          }
        },
      };
    },
  };
}

/** An upstream 401; branch on the code, which is the public contract. */
function refusedUpstream(error: GraphQLError): boolean {
  const cause = unwrapResolverError(error);
  return isUpstreamError(cause) && cause.code === 'UNAUTHENTICATED';
}
