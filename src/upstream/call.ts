/**
 * The state of one logical call as it moves through attempts and redirect
 * hops, and the mapping of low-level failures to coded errors.
 *
 * A call has one deadline, the earlier of the request deadline and
 * `callTimeoutMs` from its start, enforced by one AbortSignal that covers
 * waiting for a slot, connecting, headers, body and backoff alike. undici's
 * headers and body timeouts only bound silences; this bounds the total, so a
 * server that trickles a body still fails on time.
 */
import type { CallContext } from './backend.js';
import { errorCode } from './backoff.js';
import {
  BadUpstreamResponseError,
  UpstreamError,
  type UpstreamErrorDetails,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from './errors.js';
import { BodyTooLargeError } from './exchange.js';
import type { UpstreamCallEvent } from './counters.js';
import type { GetRequest, Route } from './http-client.js';
import type { ResolvedClientOptions } from './options.js';

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export class Call {
  readonly correlationId: string;
  readonly pathTemplate: string;
  readonly routeKey: string | undefined;
  /** The data center the route cache held for `routeKey`, if any. */
  readonly learned: string | undefined;
  readonly deadlineAt: number;
  readonly signal: AbortSignal;
  dataCenter: string;
  path: string;
  attempt = 1;
  readonly #ctx: CallContext;
  readonly #visited: Set<string>;
  #hops = 0;
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #onCallerAbort: () => void;

  constructor(request: GetRequest, route: Route, callTimeoutMs: number) {
    this.#ctx = request.ctx;
    this.correlationId = request.ctx.correlationId;
    this.pathTemplate = request.pathTemplate;
    this.routeKey = request.routeKey;
    this.learned = route.learned;
    this.dataCenter = route.dataCenter;
    this.path = request.path;
    this.#visited = new Set([route.dataCenter]);
    this.deadlineAt = Math.min(
      request.ctx.deadlineAt,
      Date.now() + callTimeoutMs,
    );
    this.signal = this.#controller.signal;
    const abort = (): void => this.#controller.abort();
    this.#timer = setTimeout(abort, Math.max(0, this.deadlineAt - Date.now()));
    this.#onCallerAbort = abort;
    if (request.ctx.signal?.aborted) abort();
    request.ctx.signal?.addEventListener('abort', abort, { once: true });
  }

  /** True when the GraphQL request itself was abandoned. */
  get abandoned(): boolean {
    return this.#ctx.signal?.aborted === true;
  }

  /** Exactly what goes upstream; nothing else of the caller's request. */
  headers(userAgent: string): Record<string, string> {
    return {
      authorization: `Bearer ${this.#ctx.token}`,
      'concur-correlationid': this.#ctx.correlationId,
      accept: 'application/json',
      'user-agent': userAgent,
    };
  }

  details(): UpstreamErrorDetails {
    return { correlationId: this.correlationId, dataCenter: this.dataCenter };
  }

  redirectState(): {
    dataCenter: string;
    path: string;
    visited: ReadonlySet<string>;
    hops: number;
  } {
    return {
      dataCenter: this.dataCenter,
      path: this.path,
      visited: this.#visited,
      hops: this.#hops,
    };
  }

  moveTo(dataCenter: string, path: string): void {
    this.#visited.add(dataCenter);
    this.#hops += 1;
    this.dataCenter = dataCenter;
    this.path = path;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#ctx.signal?.removeEventListener('abort', this.#onCallerAbort);
  }
}

export function openCall(
  request: GetRequest,
  route: Route,
  options: ResolvedClientOptions,
): Call {
  return new Call(request, route, options.callTimeoutMs);
}

/**
 * The coded error for a failure that produced no usable status. Only the
 * failure's code is kept in the message; undici messages are left in
 * `cause`, which `toJSON` never serialises.
 */
export function failureError(call: Call, err: unknown): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const details = { ...call.details(), cause: err };
  const where = call.dataCenter;
  if (err instanceof BodyTooLargeError) {
    return new BadUpstreamResponseError(
      `${where} sent a body over ${err.limit} bytes`,
      details,
    );
  }
  if (call.abandoned) {
    return new UpstreamTimeoutError(
      `call to ${where} stopped: the request was abandoned`,
      details,
    );
  }
  if (call.signal.aborted) {
    return new UpstreamTimeoutError(
      `no complete answer from ${where} within the call timeout or request deadline`,
      details,
    );
  }
  const code = errorCode(err) ?? 'unknown';
  if (TIMEOUT_CODES.has(code)) {
    return new UpstreamTimeoutError(
      `call to ${where} timed out (${code})`,
      details,
    );
  }
  return new UpstreamUnavailableError(
    `connection to ${where} failed (${code})`,
    details,
  );
}

/** The `onCall` event for one exchange of `call`, started at `started`. */
export function callEvent(
  call: Call,
  started: number,
  status: number | undefined,
  error?: UpstreamError,
): UpstreamCallEvent {
  const event: UpstreamCallEvent = {
    dataCenter: call.dataCenter,
    pathTemplate: call.pathTemplate,
    status,
    durationMs: performance.now() - started,
    attempt: call.attempt,
    correlationId: call.correlationId,
  };
  if (error !== undefined) event.errorCode = error.code;
  return event;
}
