import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Metrics } from '../../observability/metrics.js';
import { CORRELATION_ID_HEADER, correlationIdFrom } from '../correlation-id.js';
import type { RequestRecord } from '../request-record.js';

/**
 * Opens the request's record (with its correlation id, echoed on the
 * response) and, when the response is finished, writes the one log line and
 * the metrics of the request. Nothing about the body or the token is logged:
 * only facts a platform team filters on.
 */
export function observeRequests(logger: Logger, metrics?: Metrics) {
  return (req: IncomingMessage, res: ServerResponse): RequestRecord => {
    const record: RequestRecord = {
      correlationId: correlationIdFrom(req.headers[CORRELATION_ID_HEADER]),
      startedAt: performance.now(),
      errorCodes: [],
    };
    res.setHeader(CORRELATION_ID_HEADER, record.correlationId);
    res.on('finish', () => finished(req, res, record, logger, metrics));
    return record;
  };
}

function finished(
  req: IncomingMessage,
  res: ServerResponse,
  record: RequestRecord,
  logger: Logger,
  metrics: Metrics | undefined,
) {
  const durationMs =
    Math.round((performance.now() - record.startedAt) * 10) / 10;
  const outcome =
    res.statusCode >= 400 || record.errorCodes.length > 0 ? 'error' : 'ok';
  if (metrics) {
    const operation = metrics.operationLabel(record.operationName, {
      authenticated: record.subject !== undefined,
      validated: record.validated === true,
    });
    metrics.requests.inc({ operation, outcome });
    metrics.requestSeconds.observe({ operation, outcome }, durationMs / 1000);
  }
  logger.info(
    {
      correlationId: record.correlationId,
      operationName: record.operationName,
      method: req.method,
      status: res.statusCode,
      durationMs,
      outcome,
      errorCodes: record.errorCodes,
      subject: record.subject,
      clientName: header(req, 'apollographql-client-name'),
      clientVersion: header(req, 'apollographql-client-version'),
    },
    'graphql request',
  );
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value.slice(0, 100) : undefined;
}
