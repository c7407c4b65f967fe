/**
 * One HTTP exchange on a pool: send a GET, read the answer with a size cap.
 *
 * Every body is consumed or destroyed before this returns, whatever the
 * status: an unread body pins its socket, and a pool of 4 sockets leaks dry
 * after 4 unread 404s. Destroying a body mid-stream makes undici destroy the
 * socket too, so a half-read answer is never handed to the next request.
 */
import type { Dispatcher } from 'undici';

export interface ExchangeRequest {
  /** Path and query, already including the data center's base path. */
  path: string;
  headers: Record<string, string>;
  signal: AbortSignal;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  /** Cap for a 2xx body; more fails with `BodyTooLargeError`. */
  maxBodyBytes: number;
}

export interface Exchange {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /**
   * The body. `undefined` for redirects (drained unread) and for error
   * bodies past `ERROR_BODY_LIMIT` (destroyed): neither is ever needed whole.
   */
  body: Buffer | undefined;
}

/** Error bodies are read for their error code only; this is plenty. */
export const ERROR_BODY_LIMIT = 16 * 1024;

/** A 2xx body over `maxBodyBytes`; its socket has been destroyed. */
export class BodyTooLargeError extends Error {
  readonly code = 'BODY_TOO_LARGE';
  constructor(readonly limit: number) {
    super(`response body exceeds ${limit} bytes`);
  }
}

type ResponseBody = Dispatcher.ResponseData['body'];

export async function exchange(
  dispatcher: Dispatcher,
  request: ExchangeRequest,
): Promise<Exchange> {
  const response = await dispatcher.request({
    method: 'GET',
    path: request.path,
    headers: request.headers,
    signal: request.signal,
    headersTimeout: request.headersTimeoutMs,
    bodyTimeout: request.bodyTimeoutMs,
  });
  const { statusCode: status, headers } = response;
  if (status >= 300 && status < 400) {
    await response.body.dump({ limit: ERROR_BODY_LIMIT });
    return { status, headers, body: undefined };
  }
  const ok = status >= 200 && status < 300;
  const limit = ok ? request.maxBodyBytes : ERROR_BODY_LIMIT;
  const body = await readCapped(
    response.body,
    limit,
    headers['content-length'],
  );
  if (body === undefined && ok) throw new BodyTooLargeError(limit);
  return { status, headers, body };
}

/**
 * The whole body, or `undefined` (and the stream destroyed) once it passes
 * `limit` bytes. A declared Content-Length over the limit is refused before
 * a byte is read.
 */
async function readCapped(
  body: ResponseBody,
  limit: number,
  contentLength: string | string[] | undefined,
): Promise<Buffer | undefined> {
  if (typeof contentLength === 'string' && Number(contentLength) > limit) {
    discard(body);
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      discard(body);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Destroys an unread body, and with it the socket. undici reports that as
 * an abort 'error' on the stream; nobody else listens, so swallow it here
 * rather than let it surface as an unhandled error.
 */
function discard(body: ResponseBody): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** The parsed JSON of a body, or `undefined` when it is empty or not JSON. */
export function parseJson(
  body: Buffer | undefined,
): { value: unknown } | undefined {
  if (body === undefined || body.length === 0) return undefined;
  try {
    return { value: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return undefined;
  }
}
