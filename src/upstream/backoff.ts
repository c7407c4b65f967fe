/**
 * When to try again: which answers are worth another attempt, how long to
 * wait (exponential backoff with full jitter, never sooner than the server's
 * `Retry-After`), and when waiting is pointless because it would pass the
 * request deadline.
 */

/** Statuses a GET may be repeated on: throttling and gateway trouble. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Socket-level failures where the request may never have reached the
 * application, most often a keep-alive socket the server closed while it sat
 * idle in the pool. A GET is safe to send again on a fresh connection.
 */
const RETRYABLE_ERROR_CODES = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTCONN',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

export function isRetryableError(err: unknown): boolean {
  const code = errorCode(err);
  return code !== undefined && RETRYABLE_ERROR_CODES.has(code);
}

/** `code` of an error or of the error it wraps. */
export function errorCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; depth < 4; depth += 1) {
    if (typeof e !== 'object' || e === null) return undefined;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * `Retry-After` in seconds, from delta-seconds or an HTTP date (RFC 9110
 * section 10.2.3); `undefined` when absent or unreadable.
 */
export function parseRetryAfter(
  header: string | string[] | undefined,
  nowMs: number,
): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Uniform in [0, 1); injectable so tests can pin the jitter. */
  random: () => number;
}

/**
 * The wait before attempt `attempt + 1`: full jitter over an exponentially
 * growing cap, then raised to `Retry-After` when the server asked for more.
 */
export function retryDelayMs(
  policy: BackoffPolicy,
  attempt: number,
  retryAfterSeconds: number | undefined,
): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  const jittered = Math.floor(policy.random() * cap);
  const floor = retryAfterSeconds === undefined ? 0 : retryAfterSeconds * 1000;
  return Math.max(jittered, floor);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
