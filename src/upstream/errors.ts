/**
 * Everything that can stop one upstream call, as coded errors.
 *
 * The graph maps `code` straight to GraphQL `extensions.code`, so the codes
 * are part of the public contract: never rename one. Not found is not an
 * error here; the connector answers `null` for it. Messages and fields never
 * carry the caller's token or the upstream body, only its status and the
 * loosely parsed error code (`upstreamCode`).
 */

export type UpstreamErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'REDIRECT_REFUSED'
  | 'BAD_UPSTREAM_RESPONSE'
  | 'UPSTREAM_BAD_REQUEST';

/** What is known about the call that failed. */
export interface UpstreamErrorDetails {
  correlationId: string;
  dataCenter?: string;
  status?: number;
  retryAfterSeconds?: number;
  upstreamCode?: string;
  cause?: unknown;
}

export abstract class UpstreamError extends Error {
  abstract readonly code: UpstreamErrorCode;
  readonly correlationId: string;
  readonly dataCenter?: string;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly upstreamCode?: string;

  constructor(message: string, details: UpstreamErrorDetails) {
    super(message, details.cause === undefined ? {} : { cause: details.cause });
    this.name = new.target.name;
    this.correlationId = details.correlationId;
    if (details.dataCenter !== undefined) this.dataCenter = details.dataCenter;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterSeconds !== undefined) {
      this.retryAfterSeconds = details.retryAfterSeconds;
    }
    if (details.upstreamCode !== undefined) {
      this.upstreamCode = details.upstreamCode;
    }
  }

  /**
   * The fields safe to log or hand to a client. `cause` is left out on
   * purpose: an undici error may quote request options.
   */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      correlationId: this.correlationId,
      dataCenter: this.dataCenter,
      status: this.status,
      retryAfterSeconds: this.retryAfterSeconds,
      upstreamCode: this.upstreamCode,
    };
  }
}

/** 401: the token is missing, expired or not accepted upstream. */
export class UpstreamUnauthenticatedError extends UpstreamError {
  readonly code = 'UNAUTHENTICATED';
}

/** 403: the token is valid but may not read this resource. */
export class UpstreamForbiddenError extends UpstreamError {
  readonly code = 'FORBIDDEN';
}

/** 429 after the retries, or when `Retry-After` passes the deadline. */
export class RateLimitedError extends UpstreamError {
  readonly code = 'RATE_LIMITED';
}

/** 5xx or a connection failure after the retries. */
export class UpstreamUnavailableError extends UpstreamError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
}

/** A connect, headers, body or per-call timeout, or the request deadline. */
export class UpstreamTimeoutError extends UpstreamError {
  readonly code = 'UPSTREAM_TIMEOUT';
}

/** A redirect outside the data-center table, in a loop or too many hops. */
export class RedirectRefusedError extends UpstreamError {
  readonly code = 'REDIRECT_REFUSED';
}

/** Malformed JSON, an oversized body or a shape the mapper cannot read. */
export class BadUpstreamResponseError extends UpstreamError {
  readonly code = 'BAD_UPSTREAM_RESPONSE';
}

/** 400: upstream rejected the request itself. */
export class UpstreamBadRequestError extends UpstreamError {
  readonly code = 'UPSTREAM_BAD_REQUEST';
}

export function isUpstreamError(value: unknown): value is UpstreamError {
  return value instanceof UpstreamError;
}

/**
 * The error for a final, non-retryable answer. Only 400, 401, 403 and 429
 * have their own codes; any other status is the upstream failing.
 */
export function errorForStatus(
  status: number,
  details: UpstreamErrorDetails,
): UpstreamError {
  const where = `${details.dataCenter ?? 'upstream'} answered ${status}`;
  const all = { ...details, status };
  switch (status) {
    case 400:
      return new UpstreamBadRequestError(`${where}: bad request`, all);
    case 401:
      return new UpstreamUnauthenticatedError(`${where}: token refused`, all);
    case 403:
      return new UpstreamForbiddenError(`${where}: access denied`, all);
    case 429:
      return new RateLimitedError(`${where}: rate limited`, all);
    default:
      return new UpstreamUnavailableError(`${where}: unavailable`, all);
  }
}

/** Error codes are short identifiers; anything else is not one. */
const CODE_PATTERN = /^[\w.:-]{1,64}$/;
const CODE_FIELDS = ['scimType', 'error', 'errorCode', 'code'] as const;

/**
 * The upstream's own error code, from whichever error shape it sent (SCIM
 * `scimType`, OAuth `error`, v4 `errorCode`/`code`). Loose on purpose: no
 * Profile v1 error body is documented (reference section 8).
 */
export function parseUpstreamCode(
  body: Buffer | undefined,
): string | undefined {
  if (body === undefined || body.length === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  for (const field of CODE_FIELDS) {
    const value = record[field];
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text === 'string' && CODE_PATTERN.test(text)) return text;
  }
  return undefined;
}
