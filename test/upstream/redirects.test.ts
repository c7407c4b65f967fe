import { afterEach, describe, expect, it } from 'vitest';
import { createProfileV1Backend } from '../../src/upstream/index.js';
import type { UpstreamError } from '../../src/upstream/errors.js';
import {
  callContext,
  sendJson,
  startTestServer,
  TOKEN,
  USER_ID,
  wireUser,
  type TestServer,
} from './helpers/test-server.js';

const servers: TestServer[] = [];
const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(): Promise<TestServer> {
  const started = await startTestServer();
  servers.push(started);
  return started;
}

function backend(dataCenters: Record<string, string>, maxRedirects?: number) {
  const created = createProfileV1Backend({
    dataCenters,
    defaultDataCenter: 'US',
    ...(maxRedirects === undefined ? {} : { maxRedirects }),
  });
  closers.push(() => created.close());
  return created;
}

function redirectTo(target: TestServer) {
  return (req: { url?: string }, res: import('node:http').ServerResponse) => {
    res.writeHead(301, { location: `${target.url}${req.url ?? '/'}` });
    res.end();
  };
}

describe('redirects', () => {
  it('follows a redirect to another data center with the same token and correlation id', async () => {
    const [us, emea] = [await server(), await server()];
    us.setHandler(redirectTo(emea));
    emea.setHandler((_req, res) => sendJson(res, 200, wireUser(USER_ID)));
    const upstream = backend({ US: us.url, EMEA: emea.url });
    const ctx = callContext({ correlationId: 'corr-0007-aaaa' });

    const [user] = await upstream.users([USER_ID], ctx);

    expect(user).toMatchObject({ id: USER_ID });
    const sent = emea.requests[0]?.headers;
    expect(sent?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(sent?.['concur-correlationid']).toBe('corr-0007-aaaa');
    expect(upstream.counters.byDataCenter.US?.redirectsFollowed).toBe(1);
  });

  it('refuses a redirect to another path on a known data center and sends it nothing', async () => {
    const [us, emea] = [await server(), await server()];
    us.setHandler((_req, res) => {
      res.writeHead(301, { location: `${emea.url}/_emulator/stats` });
      res.end();
    });
    const upstream = backend({ US: us.url, EMEA: emea.url });

    const [user] = await upstream.users([USER_ID], callContext());

    expect((user as UpstreamError).code).toBe('REDIRECT_REFUSED');
    expect(emea.requests).toHaveLength(0);
  });

  it('keeps each data center base path once when it follows a redirect', async () => {
    const [us, emea] = [await server(), await server()];
    us.setHandler((req, res) => {
      const below = (req.url ?? '/').replace(/^\/us-base/, '');
      res.writeHead(301, { location: `${emea.url}/emea-base${below}` });
      res.end();
    });
    emea.setHandler((_req, res) => sendJson(res, 200, wireUser(USER_ID)));
    const upstream = backend({
      US: `${us.url}/us-base`,
      EMEA: `${emea.url}/emea-base`,
    });

    const [user] = await upstream.users([USER_ID], callContext());

    expect(user).toMatchObject({ id: USER_ID });
    expect(us.requests[0]?.url).toMatch(/^\/us-base\/profile\/v1\/users\//);
    expect(emea.requests[0]?.url).toMatch(/^\/emea-base\/profile\/v1\/users\//);
  });

  it('goes straight to the learned data center on the next lookup', async () => {
    const [us, emea] = [await server(), await server()];
    us.setHandler(redirectTo(emea));
    emea.setHandler((_req, res) => sendJson(res, 200, wireUser(USER_ID)));
    const upstream = backend({ US: us.url, EMEA: emea.url });

    await upstream.users([USER_ID], callContext());
    await upstream.users([USER_ID], callContext());

    expect(us.requests).toHaveLength(1);
    expect(emea.requests).toHaveLength(2);
    expect(upstream.counters.byDataCenter.EMEA?.routeCacheHits).toBe(1);
  });

  it('sends a burst of lookups for one unknown resource through the redirect once', async () => {
    const [us, emea] = [await server(), await server()];
    us.setHandler(redirectTo(emea));
    emea.setHandler((_req, res) => sendJson(res, 200, wireUser(USER_ID)));
    const upstream = backend({ US: us.url, EMEA: emea.url });
    const callers = Array.from({ length: 10 }, (_, i) =>
      callContext({ token: `token-of-caller-${i}` }),
    );

    const answers = await Promise.all(
      callers.map((ctx) => upstream.users([USER_ID], ctx)),
    );

    for (const [user] of answers) expect(user).toMatchObject({ id: USER_ID });
    expect(us.requests).toHaveLength(1);
    // Only the route was shared: every caller asked EMEA with its own token.
    expect(
      emea.requests.map((request) => request.headers.authorization).sort(),
    ).toEqual(callers.map((ctx) => `Bearer ${ctx.token}`).sort());
  });

  it('lets the waiting lookups go on by themselves when the first one finds nothing', async () => {
    const [us, emea] = [await server(), await server()];
    const outsider = 'token-of-another-tenant';
    us.setHandler((req, res) => {
      // The first caller may not see the user; US says so after a while,
      // long enough for the others to be waiting on it.
      if (req.headers.authorization === `Bearer ${outsider}`) {
        setTimeout(() => sendJson(res, 404, { message: 'not found' }), 50);
      } else redirectTo(emea)(req, res);
    });
    emea.setHandler((_req, res) => sendJson(res, 200, wireUser(USER_ID)));
    const upstream = backend({ US: us.url, EMEA: emea.url });

    const first = upstream.users([USER_ID], callContext({ token: outsider }));
    const others = [1, 2, 3].map(() =>
      upstream.users([USER_ID], callContext()),
    );

    expect(await first).toEqual([null]);
    for (const [user] of await Promise.all(others)) {
      expect(user).toMatchObject({ id: USER_ID });
    }
  });

  it('refuses a redirect to a host outside the table and sends nothing there', async () => {
    const [us, outside] = [await server(), await server()];
    us.setHandler(redirectTo(outside));
    const upstream = backend({ US: us.url });

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('REDIRECT_REFUSED');
    expect(outside.requests).toHaveLength(0);
    expect(outside.connections()).toBe(0);
    expect(upstream.counters.byDataCenter.US?.redirectsRefused).toBe(1);
  });

  it('refuses a redirect to the same host on another port', async () => {
    const [us, outside] = [await server(), await server()];
    // Same scheme and host, different port: a different origin.
    us.setHandler(redirectTo(outside));
    const upstream = backend({ US: us.url });

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('REDIRECT_REFUSED');
    expect(outside.requests).toHaveLength(0);
  });

  it('refuses a redirect loop between two data centers', async () => {
    const [us, emea] = [await server(), await server()];
    us.setHandler(redirectTo(emea));
    emea.setHandler(redirectTo(us));
    const upstream = backend({ US: us.url, EMEA: emea.url });

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('REDIRECT_REFUSED');
    expect(us.requests).toHaveLength(1);
    expect(emea.requests).toHaveLength(1);
  });

  it('refuses a redirect past the hop limit', async () => {
    const [us, emea, cn] = [await server(), await server(), await server()];
    us.setHandler(redirectTo(emea));
    emea.setHandler(redirectTo(cn));
    cn.setHandler((_req, res) => sendJson(res, 200, wireUser(USER_ID)));
    const upstream = backend({ US: us.url, EMEA: emea.url, CN: cn.url }, 1);

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('REDIRECT_REFUSED');
    expect(cn.requests).toHaveLength(0);
  });

  it('refuses a redirect without a Location', async () => {
    const us = await server();
    us.setHandler((_req, res) => {
      res.writeHead(301);
      res.end();
    });
    const upstream = backend({ US: us.url });

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('REDIRECT_REFUSED');
  });
});
