import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { GraphContext } from '../graph/context.js';
import { correlationPlugin } from './correlation-plugin.js';
import { CORRELATION_ID_HEADER, correlationIdFrom } from './correlation-id.js';
import { formatErrorFor } from './format-error.js';
import type { ContextDependencies } from './request-context.js';
import { buildContext } from './request-context.js';
import { requireCallerPlugin } from './require-caller-plugin.js';

export interface ServerOptions extends ContextDependencies {
  schema: GraphQLSchema;
  /** Stack traces and internal messages in errors; development only. */
  includeErrorDetails: boolean;
  introspection: boolean;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Allowed CORS origins; none when empty. */
  corsOrigins: readonly string[];
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Builds the subgraph and its HTTP routes, and listens on `host:port`. */
export async function startServer(
  options: ServerOptions,
  host: string,
  port: number,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema: options.schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: options.includeErrorDetails,
    formatError: formatErrorFor(options.includeErrorDetails),
    logger: options.logger,
    // main.ts owns shutdown: it stops the server, then the upstream pools
    // and the emulator, in order. Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requireCallerPlugin(),
      correlationPlugin(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use('/graphql', (req, res, next) => {
    const correlationId = correlationIdFrom(req.headers[CORRELATION_ID_HEADER]);
    res.locals['correlationId'] = correlationId;
    res.setHeader(CORRELATION_ID_HEADER, correlationId);
    next();
  });
  app.use(
    '/graphql',
    cors({ origin: [...options.corsOrigins] }),
    express.json({ limit: options.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        buildContext(options, {
          authorization: req.headers.authorization,
          correlationId: res.locals['correlationId'] as string,
        }),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const bound = (httpServer.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${bound}/graphql`,
    port: bound,
    close: () => apollo.stop(),
  };
}
