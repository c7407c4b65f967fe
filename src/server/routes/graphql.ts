/**
 * `/graphql`, served by Node's HTTP server directly: the request record
 * (correlation id, log line, metrics), CORS, the JSON body within its size
 * limit, then Apollo. Every query takes this path, and on it express's
 * router, its per-request prototype swap and its ETag hashing cost about a
 * sixth of a one-user query's CPU (1.35-1.55 ms against 1.1-1.2 ms without
 * them, bench/README.md); the few other routes (health, metrics) stay on
 * express.
 */
import { setMaxListeners } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import bodyParser from 'body-parser';
import cors from 'cors';
import type { Metrics } from '../../observability/metrics.js';
import { CORRELATION_ID_HEADER } from '../correlation-id.js';
import { buildContext, type ContextDependencies } from '../request-context.js';
import { codeOf, type RequestRecord } from '../request-record.js';
import type { ServerContext } from '../server-context.js';
import { bodyErrorAnswer } from './body-errors.js';
import { withCorrelationId } from './correlate-errors.js';
import { observeRequests } from './observe-request.js';

export interface GraphqlRouteOptions extends ContextDependencies {
  maxBodyBytes: number;
  /** Most operations in one JSON array body; 0 leaves refusing to Apollo. */
  maxBatchedOperations: number;
  corsOrigins: readonly string[];
  metrics?: Metrics;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** Whether a request target is this route: `/graphql`, any query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = url?.split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
}

export function graphqlHandler(
  apollo: ApolloServer<ServerContext>,
  options: GraphqlRouteOptions,
): Handler {
  const observe = observeRequests(options.logger, options.metrics);
  const allowOrigins: Middleware = cors({
    origin: [...options.corsOrigins],
    // What /graphql answers; the package's default also lists PUT, PATCH
    // and DELETE, which only ever get 405.
    methods: ['GET', 'POST'],
    // Lets front-end code read the id to quote in a support request, and
    // on a 401 why the token was refused.
    exposedHeaders: [CORRELATION_ID_HEADER, 'www-authenticate'],
    // Seconds a browser may reuse a preflight answer; without it, Chrome
    // keeps one for 5 s and every query past that pays a second round trip.
    maxAge: 600,
  });
  const readJson: Middleware = bodyParser.json({ limit: options.maxBodyBytes });

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    record: RequestRecord,
  ): Promise<void> {
    // A CORS preflight is answered here and goes no further.
    if (!(await through(allowOrigins, req, res))) return;
    refuseDeclaredOversize(req, res, options.maxBodyBytes);
    await through(readJson, req, res);
    refuseLongBatch(req, options.maxBatchedOperations);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers: headerMap(req),
        search: searchOf(req.url),
        body: (req as { body?: unknown }).body,
      },
      context: () => contextFor(req, res, record, options),
    });
    // Profile answers are one caller's personal data: no shared cache (a
    // CDN or proxy in front of GET /graphql) or browser cache may keep one.
    res.setHeader('cache-control', 'no-store');
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.end(withCorrelationId(res.statusCode, answer.body.string, record));
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    const record = observe(req, res);
    serve(req, res, record).catch((error: unknown) => {
      const refused = bodyErrorAnswer(error, record);
      if (refused === undefined) {
        options.logger.error(
          { correlationId: record.correlationId, err: error },
          'unexpected error serving /graphql',
        );
      }
      sendError(res, refused ?? internalError(record));
    });
  };
}

/**
 * Refuses a body whose declared length is over the limit before reading a
 * byte of it. The JSON parser would refuse it too, but only once the whole
 * declared length had arrived, which a client can make take for ever. The
 * connection is closed after the answer, since the body is left unread.
 */
function refuseDeclaredOversize(
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
): void {
  const declared = Number(req.headers['content-length']);
  // NaN (no Content-Length: a GET, a chunked body) is not over anything.
  if (!(declared > maxBodyBytes)) return;
  res.setHeader('connection', 'close');
  throw Object.assign(new Error('request body too large'), {
    type: 'entity.too.large',
    status: 413,
  });
}

/**
 * Refuses a batch of more operations than allowed, before any runs. Each
 * operation is checked against every other limit on its own (ids, cost,
 * admission), so without this one body within the size limit could carry
 * thousands of small operations, each with its upstream calls.
 */
function refuseLongBatch(req: IncomingMessage, maxOperations: number): void {
  const { body } = req as { body?: unknown };
  if (maxOperations === 0 || !Array.isArray(body)) return;
  if (body.length <= maxOperations) return;
  throw Object.assign(new Error('too many operations in a batch'), {
    type: 'batch.too.long',
    status: 400,
  });
}

/**
 * Runs connect-style middleware; true when it hands the request on, false
 * when it answered the request itself, and rejects with what it passed on
 * as an error.
 */
function through(
  middleware: Middleware,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const answered = () => resolve(false);
    res.once('finish', answered);
    middleware(req, res, (error?: unknown) => {
      res.off('finish', answered);
      if (error === undefined || error === null) resolve(true);
      else reject(error);
    });
  });
}

async function contextFor(
  req: IncomingMessage,
  res: ServerResponse,
  record: RequestRecord,
  options: GraphqlRouteOptions,
): Promise<ServerContext> {
  try {
    const context = await buildContext(options, {
      authorization: req.headers.authorization,
      correlationId: record.correlationId,
      signal: abandonedSignal(res),
    });
    return { ...context, record };
  } catch (error) {
    // Apollo answers a failed context without running any plugin, so the
    // record learns the code here.
    record.errorCodes.push(codeOf(error));
    throw error;
  }
}

/**
 * Aborts when the client goes away before its answer is sent (a router
 * that timed out, a closed tab): the request then leaves the admission
 * queue, and its upstream calls stop, instead of spending the replica's
 * capacity on an answer nobody will read.
 */
function abandonedSignal(res: ServerResponse): AbortSignal {
  const abandoned = new AbortController();
  // Every upstream call of the request listens to it: hundreds, for a
  // large `_entities`, which is no leak.
  setMaxListeners(0, abandoned.signal);
  res.once('close', () => {
    if (!res.writableFinished) abandoned.abort();
  });
  return abandoned.signal;
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The query string with its `?`, as Apollo reads GET operations from it. */
function searchOf(url: string | undefined): string {
  const at = url?.indexOf('?') ?? -1;
  return at === -1 ? '' : url!.slice(at);
}

function internalError(record: RequestRecord) {
  record.errorCodes.push('INTERNAL_SERVER_ERROR');
  return {
    status: 500,
    body: JSON.stringify({
      errors: [
        {
          message: 'Internal server error',
          extensions: {
            code: 'INTERNAL_SERVER_ERROR',
            correlationId: record.correlationId,
          },
        },
      ],
    }),
  };
}

function sendError(
  res: ServerResponse,
  answer: { status: number; body: string },
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = answer.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  // As for every /graphql answer, though these hold no personal data.
  res.setHeader('cache-control', 'no-store');
  res.end(`${answer.body}\n`);
}
