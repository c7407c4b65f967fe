/**
 * The generic upstream HTTP machinery: one keep-alive pool and one
 * concurrency bound per data center, routing by learned uuid, manual
 * redirects inside the data-center table, retries with backoff, timeouts and
 * coded errors. It knows no API paths; a backend (profile-v1/) supplies them.
 */
import { Pool } from 'undici';
import type { CallContext } from './backend.js';
import { type UpstreamCallEvent, UpstreamCounters } from './counters.js';
import type { DataCenterTable } from './data-centers.js';
import {
  BadUpstreamResponseError,
  errorForStatus,
  parseUpstreamCode,
  RedirectRefusedError,
} from './errors.js';
import { type Exchange, exchange, parseJson } from './exchange.js';
import { type Call, callEvent, failureError, openCall } from './call.js';
import {
  type ResolvedClientOptions,
  resolveClientOptions,
  type UpstreamClientOptions,
} from './options.js';
import { decideRedirect, REDIRECT_STATUSES } from './redirects.js';
import {
  isRetryableError,
  isRetryableStatus,
  parseRetryAfter,
  retryDelayMs,
} from './backoff.js';
import { RouteDiscoveries } from './route-discovery.js';
import { Semaphore } from './semaphore.js';

/** Where a call goes first, and whether the route cache said so. */
export interface Route {
  dataCenter: string;
  /** The data center the route cache held, if it held one. */
  learned?: string;
}

export interface GetRequest {
  /** Path and query below the data center's base URL, e.g. `/x/v1/users/…`. */
  path: string;
  /** The path with placeholders, for metrics: `/x/v1/users/{id}`. */
  pathTemplate: string;
  /** The uuid this call is about: its route is read and learned under it. */
  routeKey?: string;
  /** A route already chosen (by `route()`), to skip a second lookup. */
  route?: Route;
  ctx: CallContext;
}

export type GetAnswer =
  | { found: true; body: unknown; dataCenter: string }
  | { found: false; dataCenter: string };

export class UpstreamClient {
  readonly counters = new UpstreamCounters();
  readonly table: DataCenterTable;
  readonly #options: ResolvedClientOptions;
  readonly #pools = new Map<string, Pool>();
  readonly #limits = new Map<string, Semaphore>();
  readonly #discoveries = new RouteDiscoveries();

  constructor(options: UpstreamClientOptions = {}) {
    this.#options = resolveClientOptions(options);
    this.table = this.#options.table;
    for (const name of this.table.names()) {
      const dc = this.table.get(name);
      if (dc === undefined) continue;
      this.#pools.set(name, this.#openPool(dc.origin));
      this.#limits.set(
        name,
        new Semaphore(this.#options.maxConcurrentCallsPerDataCenter),
      );
    }
  }

  /**
   * The first data center to ask about `routeKey`: the one learned for it,
   * else the caller's home, else the default.
   */
  async route(routeKey: string | undefined, ctx: CallContext): Promise<Route> {
    const learned =
      routeKey === undefined ? undefined : await this.#lookup(routeKey);
    if (learned !== undefined) {
      this.counters.increment(learned, 'routeCacheHits');
      return { dataCenter: learned, learned };
    }
    const home = this.table.resolve(ctx.homeDataCenter);
    const dataCenter = home?.name ?? this.table.defaultDataCenter;
    if (routeKey !== undefined) {
      this.counters.increment(dataCenter, 'routeCacheMisses');
    }
    return { dataCenter };
  }

  /** Remembers that `routeKey` lives in `dataCenter`, unless already known. */
  async learn(routeKey: string, dataCenter: string, known?: string) {
    if (dataCenter === known) return;
    try {
      await this.#options.routeCache.set(routeKey, dataCenter);
    } catch (err) {
      this.#options.logger.warn({ err }, 'route cache write failed');
    }
  }

  /** GET one resource: its JSON on 2xx, `found: false` on 404, else throws. */
  async get(request: GetRequest): Promise<GetAnswer> {
    const { routeKey, ctx } = request;
    let route = request.route ?? (await this.route(routeKey, ctx));
    let endDiscovery: (() => void) | undefined;
    if (routeKey !== undefined && route.learned === undefined) {
      endDiscovery = this.#discoveries.lead(routeKey);
      if (endDiscovery === undefined) {
        await this.#discoveries.waitFor(routeKey, ctx.deadlineAt, ctx.signal);
        route = await this.route(routeKey, ctx);
      }
    }
    const call = openCall(request, route, this.#options);
    try {
      for (;;) {
        const answer = await this.#step(call);
        if (answer !== undefined) return await this.#finish(call, answer);
      }
    } finally {
      call.dispose();
      endDiscovery?.();
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.#pools.values()].map((pool) => pool.close()));
    await this.#options.routeCache.close();
  }

  #openPool(origin: string): Pool {
    const o = this.#options;
    return new Pool(origin, {
      connections: o.connectionsPerDataCenter,
      keepAliveTimeout: o.keepAliveTimeoutMs,
      headersTimeout: o.headersTimeoutMs,
      bodyTimeout: o.bodyTimeoutMs,
      connect: { timeout: o.connectTimeoutMs },
    });
  }

  async #lookup(routeKey: string): Promise<string | undefined> {
    try {
      const dc = await this.#options.routeCache.get(routeKey);
      return dc !== undefined && this.table.get(dc) !== undefined
        ? dc
        : undefined;
    } catch (err) {
      this.#options.logger.warn({ err }, 'route cache read failed');
      return undefined;
    }
  }

  /** One exchange; the final answer, or `undefined` to go round again. */
  async #step(call: Call): Promise<Exchange | undefined> {
    let answer: Exchange;
    try {
      answer = await this.#send(call);
    } catch (err) {
      if (call.signal.aborted || !isRetryableError(err)) {
        throw failureError(call, err);
      }
      await this.#backoff(call, undefined, () => failureError(call, err));
      return undefined;
    }
    if (REDIRECT_STATUSES.has(answer.status)) {
      this.#redirect(call, answer);
      return undefined;
    }
    if (isRetryableStatus(answer.status)) {
      const retryAfter = parseRetryAfter(
        answer.headers['retry-after'],
        Date.now(),
      );
      await this.#backoff(call, retryAfter, () =>
        errorForStatus(answer.status, {
          ...call.details(),
          retryAfterSeconds: retryAfter,
          upstreamCode: parseUpstreamCode(answer.body),
        }),
      );
      return undefined;
    }
    return answer;
  }

  async #send(call: Call): Promise<Exchange> {
    const o = this.#options;
    const dataCenter = call.dataCenter;
    const pool = this.#pools.get(dataCenter) as Pool;
    const limit = this.#limits.get(dataCenter) as Semaphore;
    const base = this.table.get(dataCenter)?.basePath ?? '';
    // Only an exchange that went out is counted and reported: a call
    // abandoned while it waited for a slot never reached the upstream.
    return limit.run(async () => {
      this.counters.increment(dataCenter, 'calls');
      const started = performance.now();
      try {
        const answer = await exchange(pool, {
          path: base + call.path,
          headers: call.headers(o.userAgent),
          signal: call.signal,
          headersTimeoutMs: o.headersTimeoutMs,
          bodyTimeoutMs: o.bodyTimeoutMs,
          maxBodyBytes: o.maxBodyBytes,
        });
        this.#emit(callEvent(call, started, answer.status));
        return answer;
      } catch (err) {
        this.#emit(
          callEvent(call, started, undefined, failureError(call, err)),
        );
        throw err;
      }
    }, call.signal);
  }

  /**
   * Waits before the next attempt, or throws `giveUp()` at once when no
   * attempt is left or the wait would pass the call's deadline: sleeping
   * only to fail later helps nobody.
   */
  async #backoff(
    call: Call,
    retryAfterSeconds: number | undefined,
    giveUp: () => Error,
  ): Promise<void> {
    const o = this.#options;
    if (call.attempt >= o.maxAttempts) throw giveUp();
    const policy = {
      baseMs: o.backoffBaseMs,
      maxMs: o.backoffMaxMs,
      random: o.random,
    };
    const delayMs = retryDelayMs(policy, call.attempt, retryAfterSeconds);
    if (Date.now() + delayMs >= call.deadlineAt) throw giveUp();
    this.counters.increment(call.dataCenter, 'retries');
    try {
      await o.sleep(delayMs, call.signal);
    } catch (err) {
      throw failureError(call, err);
    }
    call.attempt += 1;
  }

  #redirect(call: Call, answer: Exchange): void {
    const decision = decideRedirect(
      this.table,
      { ...call.redirectState(), maxRedirects: this.#options.maxRedirects },
      answer.headers.location,
    );
    if (!decision.follow) {
      this.counters.increment(call.dataCenter, 'redirectsRefused');
      this.#options.logger.warn(
        { ...call.details(), status: answer.status, origin: decision.origin },
        `upstream redirect refused: ${decision.reason}`,
      );
      throw new RedirectRefusedError(
        `${call.dataCenter} answered ${answer.status}: ${decision.reason}`,
        { ...call.details(), status: answer.status },
      );
    }
    this.counters.increment(call.dataCenter, 'redirectsFollowed');
    call.moveTo(decision.dataCenter, decision.path);
  }

  async #finish(call: Call, answer: Exchange): Promise<GetAnswer> {
    const { status, body } = answer;
    const dataCenter = call.dataCenter;
    if (status === 404) return { found: false, dataCenter };
    if (status < 200 || status >= 300) {
      const upstreamCode = parseUpstreamCode(body);
      throw errorForStatus(status, { ...call.details(), upstreamCode });
    }
    const parsed = parseJson(body);
    if (parsed === undefined) {
      throw new BadUpstreamResponseError(
        `${dataCenter} answered ${status} with a body that is not JSON`,
        { ...call.details(), status },
      );
    }
    if (call.routeKey !== undefined) {
      await this.learn(call.routeKey, dataCenter, call.learned);
    }
    return { found: true, body: parsed.value, dataCenter };
  }

  /** Hands one exchange to the `onCall` hook, which must not break calls. */
  #emit(event: UpstreamCallEvent): void {
    const hook = this.#options.onCall;
    if (hook === undefined) return;
    try {
      hook(event);
    } catch (err) {
      this.#options.logger.warn({ err }, 'onCall hook threw');
    }
  }
}
