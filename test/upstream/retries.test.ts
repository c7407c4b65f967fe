import { afterEach, describe, expect, it } from 'vitest';
import { createProfileV1Backend } from '../../src/upstream/index.js';
import type { UpstreamError } from '../../src/upstream/errors.js';
import type { UpstreamCallEvent } from '../../src/upstream/counters.js';
import type { ProfileV1BackendOptions } from '../../src/upstream/profile-v1/backend.js';
import {
  callContext,
  sendJson,
  startTestServer,
  USER_ID,
  wireUser,
  type Handler,
  type TestServer,
} from './helpers/test-server.js';

const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function setup(handler: Handler, options: ProfileV1BackendOptions = {}) {
  const us: TestServer = await startTestServer(handler);
  const upstream = createProfileV1Backend({
    dataCenters: { US: us.url },
    backoffBaseMs: 10,
    ...options,
  });
  closers.push(
    () => us.close(),
    () => upstream.close(),
  );
  return { us, upstream };
}

/** Answers the first `failures` requests with `fail`, then the user. */
function failThenServe(failures: number, fail: Handler): Handler {
  return (req, res, index) =>
    index < failures
      ? fail(req, res, index)
      : sendJson(res, 200, wireUser(USER_ID));
}

describe('retries', () => {
  it('does not retry a 429 with Retry-After: 1 sooner than 1 s, with the same correlation id', async () => {
    const { us, upstream } = await setup(
      failThenServe(1, (_req, res) =>
        sendJson(res, 429, { scimType: 'tooMany' }, { 'retry-after': '1' }),
      ),
    );
    const ctx = callContext();

    const [user] = await upstream.users([USER_ID], ctx);

    expect(user).toMatchObject({ id: USER_ID });
    expect(us.requests).toHaveLength(2);
    const [first, second] = us.requests;
    expect(second!.atMs - first!.atMs).toBeGreaterThanOrEqual(1_000);
    expect(second!.headers['concur-correlationid']).toBe(ctx.correlationId);
    expect(upstream.counters.byDataCenter.US?.retries).toBe(1);
  });

  it('gives up at once with RATE_LIMITED when Retry-After passes the deadline', async () => {
    const { us, upstream } = await setup((_req, res) =>
      sendJson(res, 429, {}, { 'retry-after': '120' }),
    );
    const started = Date.now();

    const [result] = await upstream.users(
      [USER_ID],
      callContext({ deadlineAt: Date.now() + 10_000 }),
    );

    const error = result as UpstreamError;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.status).toBe(429);
    expect(Date.now() - started).toBeLessThan(500);
    expect(us.requests).toHaveLength(1);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const { upstream } = await setup((_req, res) =>
      sendJson(
        res,
        503,
        {},
        {
          'retry-after': new Date(Date.now() + 300_000).toUTCString(),
        },
      ),
    );

    const [result] = await upstream.users([USER_ID], callContext());

    const error = result as UpstreamError;
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.retryAfterSeconds).toBeGreaterThan(290);
  });

  it('retries on 503 and 502 and then answers', async () => {
    const { us, upstream } = await setup(
      failThenServe(2, (_req, res, index) =>
        sendJson(res, index === 0 ? 503 : 502, {}),
      ),
    );

    const [user] = await upstream.users([USER_ID], callContext());

    expect(user).toMatchObject({ id: USER_ID });
    expect(us.requests).toHaveLength(3);
  });

  it('fails with UPSTREAM_UNAVAILABLE after maxAttempts 503s', async () => {
    const { us, upstream } = await setup(
      (_req, res) => sendJson(res, 503, {}),
      { maxAttempts: 3 },
    );

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(us.requests).toHaveLength(3);
  });

  it('does not retry a 500', async () => {
    const { us, upstream } = await setup((_req, res) => sendJson(res, 500, {}));

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect((result as UpstreamError).status).toBe(500);
    expect(us.requests).toHaveLength(1);
  });

  it('retries a connection reset on a new connection', async () => {
    const { us, upstream } = await setup(
      failThenServe(1, (req) => req.socket.destroy()),
    );

    const [user] = await upstream.users([USER_ID], callContext());

    expect(user).toMatchObject({ id: USER_ID });
    expect(us.requests).toHaveLength(2);
    expect(us.connections()).toBe(2);
  });

  it('retries once on a new connection when a reused keep-alive socket is closed under the request', async () => {
    const { us, upstream } = await setup((req, res, index) =>
      // The second request arrives on the pooled socket; the server drops
      // it as if its idle timer had just fired.
      index === 1
        ? req.socket.destroy()
        : sendJson(res, 200, wireUser(USER_ID)),
    );
    await upstream.users([USER_ID], callContext());
    const ctx = callContext();

    const [user] = await upstream.users([USER_ID], ctx);

    expect(user).toMatchObject({ id: USER_ID });
    expect(us.requests).toHaveLength(3);
    expect(us.connections()).toBe(2);
    const retried = us.requests
      .slice(1)
      .map((r) => r.headers['concur-correlationid']);
    expect(retried).toEqual([ctx.correlationId, ctx.correlationId]);
  });

  it('reports every exchange to onCall with its data center, route, status and attempt', async () => {
    const events: UpstreamCallEvent[] = [];
    const { upstream } = await setup(
      failThenServe(1, (_req, res) => sendJson(res, 503, {})),
      { onCall: (event) => events.push(event) },
    );
    const ctx = callContext();

    await upstream.users([USER_ID], ctx);

    expect(events).toEqual([
      expect.objectContaining({
        dataCenter: 'US',
        pathTemplate: '/profile/v1/users/{id}',
        status: 503,
        attempt: 1,
        correlationId: ctx.correlationId,
      }),
      expect.objectContaining({ status: 200, attempt: 2 }),
    ]);
    expect(events[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('waits with full jitter under the exponential cap', async () => {
    const waits: number[] = [];
    const { upstream } = await setup((_req, res) => sendJson(res, 503, {}), {
      maxAttempts: 4,
      backoffBaseMs: 100,
      backoffMaxMs: 250,
      random: () => 0.5,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });

    await upstream.users([USER_ID], callContext());

    expect(waits).toEqual([50, 100, 125]);
  });
});
