import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { isUpstreamError } from '../../upstream/errors.js';
import { isClientFault } from '../format-error.js';
import type { ServerContext } from '../server-context.js';

/**
 * Copies what Apollo knows about a request (operation name, caller, error
 * codes as the client sees them) into its record, for the log line and the
 * metrics written when the HTTP response finishes. Unexpected errors, which
 * clients see masked in production, are logged here in full: the log is the
 * only place their message and stack survive.
 */
export function requestRecordPlugin(
  logger: Logger,
): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          contextValue.record.validated = true;
        },
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors.filter(isUnexpected)) {
            const cause = unwrapResolverError(error);
            logger.error(
              {
                correlationId: contextValue.record.correlationId,
                operationName: operationName ?? undefined,
                path: error.path,
                err: cause,
              },
              'unexpected error',
            );
          }
        },
        async willSendResponse({ contextValue, operationName, response }) {
          const record = contextValue.record;
          if (operationName) record.operationName = operationName;
          if (contextValue.caller) record.subject = contextValue.caller.subject;
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.['code'];
            record.errorCodes.push(
              typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
            );
          }
        },
      };
    },
  };
}

/** An error a client gets as INTERNAL_SERVER_ERROR: a fault of ours. */
function isUnexpected(error: GraphQLError): boolean {
  const code = error.extensions['code'];
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return false;
  if (isUpstreamError(unwrapResolverError(error))) return false;
  return !isClientFault(error.message);
}
