import { afterEach, describe, expect, it } from 'vitest';
import { createProfileV1Backend } from '../../src/upstream/index.js';
import type { UpstreamError } from '../../src/upstream/errors.js';
import {
  callContext,
  sendJson,
  startTestServer,
  wireUser,
  type TestServer,
} from './helpers/test-server.js';

const SLOW_HEADERS = '00000000-0000-4000-8000-000000000001';
const STALLED_BODY = '00000000-0000-4000-8000-000000000002';
const NORMAL = '00000000-0000-4000-8000-000000000003';

const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** U1 sends headers after 5 s; U2 sends headers, half a body, then stalls. */
async function slowServer(): Promise<TestServer> {
  const server = await startTestServer((req, res) => {
    const id = pathOf(req.url).split('/').pop() ?? '';
    if (id === SLOW_HEADERS) {
      setTimeout(() => sendJson(res, 200, wireUser(id)), 5_000).unref();
      return;
    }
    if (id === STALLED_BODY) {
      const text = JSON.stringify(wireUser(id));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(text.slice(0, 10));
      setTimeout(() => res.end(text.slice(10)), 5_000).unref();
      return;
    }
    sendJson(res, 200, wireUser(id));
  });
  closers.push(() => server.close());
  return server;
}

describe('timeouts', () => {
  it('fails slow headers and a stalled body as UPSTREAM_TIMEOUT within the call timeout while a parallel call is fine', async () => {
    const server = await slowServer();
    const upstream = createProfileV1Backend({
      dataCenters: { US: server.url },
      callTimeoutMs: 2_000,
      bulkLookup: { enabled: false },
    });
    closers.push(() => upstream.close());
    const started = Date.now();

    const [slow, stalled, normal] = await Promise.all([
      upstream.users([SLOW_HEADERS], callContext()),
      upstream.users([STALLED_BODY], callContext()),
      upstream.users([NORMAL], callContext()),
    ]);

    const elapsed = Date.now() - started;
    expect((slow[0] as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect((stalled[0] as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect(normal[0]).toMatchObject({ id: NORMAL });
    expect(elapsed).toBeGreaterThanOrEqual(1_900);
    expect(elapsed).toBeLessThan(2_500);
    // The timed-out sockets are destroyed, not handed back to the pool.
    const carried = (id: string) =>
      server.requests.find((request) => pathOf(request.url).endsWith(id));
    await expect.poll(() => carried(SLOW_HEADERS)?.socketClosed()).toBe(true);
    await expect.poll(() => carried(STALLED_BODY)?.socketClosed()).toBe(true);
    expect(carried(NORMAL)?.socketClosed()).toBe(false);
  });

  it('fails a stalled body with UPSTREAM_TIMEOUT on bodyTimeoutMs', async () => {
    const server = await slowServer();
    const upstream = createProfileV1Backend({
      dataCenters: { US: server.url },
      bodyTimeoutMs: 300,
    });
    closers.push(() => upstream.close());
    const started = Date.now();

    const [result] = await upstream.users([STALLED_BODY], callContext());

    expect((result as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    // undici checks these timers at a coarse (~0.5 s) resolution.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops at the request deadline even when the call timeout is longer', async () => {
    const server = await slowServer();
    const upstream = createProfileV1Backend({
      dataCenters: { US: server.url },
      callTimeoutMs: 10_000,
    });
    closers.push(() => upstream.close());
    const started = Date.now();

    const [result] = await upstream.users(
      [SLOW_HEADERS],
      callContext({ deadlineAt: Date.now() + 500 }),
    );

    expect((result as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stops when the caller abandons the request', async () => {
    const server = await slowServer();
    const upstream = createProfileV1Backend({
      dataCenters: { US: server.url },
    });
    closers.push(() => upstream.close());
    const abandon = new AbortController();
    setTimeout(() => abandon.abort(), 200);

    const [result] = await upstream.users(
      [SLOW_HEADERS],
      callContext({ signal: abandon.signal }),
    );

    expect((result as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect((result as UpstreamError).message).toMatch(/abandoned/);
  });

  it('calls nothing for a request already abandoned', async () => {
    const server = await slowServer();
    const upstream = createProfileV1Backend({
      dataCenters: { US: server.url },
    });
    closers.push(() => upstream.close());
    const abandon = new AbortController();
    abandon.abort();

    const results = await upstream.users(
      [NORMAL, SLOW_HEADERS],
      callContext({ signal: abandon.signal }),
    );

    for (const result of results) {
      expect((result as UpstreamError).message).toMatch(/abandoned/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('reports only exchanges that went out, not calls abandoned while waiting for a slot', async () => {
    const server = await slowServer();
    const events: unknown[] = [];
    const upstream = createProfileV1Backend({
      dataCenters: { US: server.url },
      maxConcurrentCallsPerDataCenter: 1,
      callTimeoutMs: 1_000,
      onCall: (event) => events.push(event),
    });
    closers.push(() => upstream.close());
    const abandon = new AbortController();

    const first = upstream.users([SLOW_HEADERS], callContext());
    const waiting = upstream.users(
      [NORMAL],
      callContext({ signal: abandon.signal }),
    );
    setTimeout(() => abandon.abort(), 100);
    await Promise.all([first, waiting]);

    expect(server.requests).toHaveLength(1);
    expect(events).toHaveLength(1);
    expect(upstream.counters.byDataCenter.US?.calls).toBe(1);
  });
});

/** The path of a request target, without the query the connector adds. */
function pathOf(url: string | undefined): string {
  return new URL(url ?? '/', 'http://upstream.test').pathname;
}
