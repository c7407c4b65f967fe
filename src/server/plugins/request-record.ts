import type { ApolloServerPlugin } from '@apollo/server';
import type { ServerContext } from '../server-context.js';

/**
 * Copies what Apollo knows about a request (operation name, caller, error
 * codes as the client sees them) into its record, for the log line and the
 * metrics written when the HTTP response finishes.
 */
export function requestRecordPlugin(): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
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
