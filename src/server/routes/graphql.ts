import { setMaxListeners } from 'node:events';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { Router, type Response } from 'express';
import type { Metrics } from '../../observability/metrics.js';
import type { ContextDependencies } from '../request-context.js';
import { buildContext } from '../request-context.js';
import { codeOf, recordOf } from '../request-record.js';
import type { ServerContext } from '../server-context.js';
import { CORRELATION_ID_HEADER } from '../correlation-id.js';
import { bodyErrors } from './body-errors.js';
import { correlateErrors } from './correlate-errors.js';
import { observeRequests } from './observe-request.js';

export interface GraphqlRouteOptions extends ContextDependencies {
  maxBodyBytes: number;
  corsOrigins: readonly string[];
  metrics?: Metrics;
}

/**
 * POST and GET /graphql: the request record (correlation id, log line,
 * metrics), CORS, the JSON body within its size limit, then Apollo.
 */
export function graphqlRoute(
  apollo: ApolloServer<ServerContext>,
  options: GraphqlRouteOptions,
): Router {
  const router = Router();
  router.use(
    observeRequests(options.logger, options.metrics),
    cors({
      origin: [...options.corsOrigins],
      // Lets front-end code read the id to quote in a support request.
      exposedHeaders: [CORRELATION_ID_HEADER],
    }),
    express.json({ limit: options.maxBodyBytes }),
    bodyErrors(),
    correlateErrors(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const record = recordOf(res);
        try {
          const context = await buildContext(options, {
            authorization: req.headers.authorization,
            correlationId: record.correlationId,
            signal: abandonedSignal(res),
          });
          return { ...context, record };
        } catch (error) {
          // Apollo answers a failed context without running any plugin, so
          // the record learns the code here.
          record.errorCodes.push(codeOf(error));
          throw error;
        }
      },
    }),
  );
  return router;
}

/**
 * Aborts when the client goes away before its answer is sent (a router
 * that timed out, a closed tab): the request then leaves the admission
 * queue, and its upstream calls stop, instead of spending the replica's
 * capacity on an answer nobody will read.
 */
function abandonedSignal(res: Response): AbortSignal {
  const abandoned = new AbortController();
  // Every upstream call of the request listens to it: hundreds, for a
  // large `_entities`, which is no leak.
  setMaxListeners(0, abandoned.signal);
  res.once('close', () => {
    if (!res.writableFinished) abandoned.abort();
  });
  return abandoned.signal;
}
