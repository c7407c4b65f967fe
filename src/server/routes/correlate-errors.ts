import type { RequestRecord } from '../request-record.js';

interface ErrorBody {
  errors?: Array<{ extensions?: Record<string, unknown> }>;
}

/**
 * Puts the request's correlation id on the errors of a response Apollo
 * refuses before its request pipeline starts (an empty body, a batch while
 * batching is off, a bad GET), where no plugin and no context see it. Only
 * error statuses are looked at; answers from the pipeline already carry the
 * id (correlation-plugin.ts) and pass through untouched.
 */
export function withCorrelationId(
  status: number,
  body: string,
  record: RequestRecord,
): string {
  if (status < 400 || !body.startsWith('{"errors":')) return body;
  let parsed: ErrorBody;
  try {
    parsed = JSON.parse(body) as ErrorBody;
  } catch {
    return body;
  }
  let changed = false;
  for (const error of parsed.errors ?? []) {
    if (error.extensions?.['correlationId'] !== undefined) continue;
    const code = error.extensions?.['code'];
    if (typeof code === 'string') record.errorCodes.push(code);
    error.extensions = {
      ...error.extensions,
      correlationId: record.correlationId,
    };
    changed = true;
  }
  return changed ? `${JSON.stringify(parsed)}\n` : body;
}
