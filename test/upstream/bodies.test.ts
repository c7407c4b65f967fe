import { afterEach, describe, expect, it } from 'vitest';
import { createProfileV1Backend } from '../../src/upstream/index.js';
import type { UpstreamError } from '../../src/upstream/errors.js';
import type { ProfileV1BackendOptions } from '../../src/upstream/profile-v1/backend.js';
import {
  callContext,
  sendJson,
  startTestServer,
  TOKEN,
  USER_ID,
  wireUser,
  type Handler,
} from './helpers/test-server.js';

const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function setup(handler: Handler, options: ProfileV1BackendOptions = {}) {
  const us = await startTestServer(handler);
  const upstream = createProfileV1Backend({
    dataCenters: { US: us.url },
    ...options,
  });
  closers.push(
    () => us.close(),
    () => upstream.close(),
  );
  return { us, upstream };
}

describe('response bodies', () => {
  it('maps a 400 with a JSON body to UPSTREAM_BAD_REQUEST with the upstream status and code and no token', async () => {
    const { upstream } = await setup((_req, res) =>
      sendJson(res, 400, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: '400',
        scimType: 'invalidValue',
        detail: `the token ${TOKEN} is echoed here by a careless server`,
      }),
    );

    const [result] = await upstream.users([USER_ID], callContext());

    const error = result as UpstreamError;
    expect(error.code).toBe('UPSTREAM_BAD_REQUEST');
    expect(error.status).toBe(400);
    expect(error.upstreamCode).toBe('invalidValue');
    expect(error.message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain('careless');
  });

  it('maps 401 and 403 to UNAUTHENTICATED and FORBIDDEN', async () => {
    const { upstream } = await setup((_req, res, index) =>
      sendJson(res, index === 0 ? 401 : 403, { error: 'invalid_token' }),
    );

    const [first] = await upstream.users([USER_ID], callContext());
    const [second] = await upstream.users([USER_ID], callContext());

    expect((first as UpstreamError).code).toBe('UNAUTHENTICATED');
    expect((first as UpstreamError).upstreamCode).toBe('invalid_token');
    expect((second as UpstreamError).code).toBe('FORBIDDEN');
  });

  it('drains 200 sequential 404s with 2 KB bodies over a pool of 4 connections quickly', async () => {
    const padding = 'x'.repeat(2048);
    const { us, upstream } = await setup(
      (_req, res) => sendJson(res, 404, { status: '404', detail: padding }),
      { connectionsPerDataCenter: 4, bulkLookup: { enabled: false } },
    );
    const started = Date.now();

    for (let i = 0; i < 200; i += 1) {
      const [result] = await upstream.users([USER_ID], callContext());
      expect(result).toBeNull();
    }

    expect(Date.now() - started).toBeLessThan(3_000);
    expect(us.requests).toHaveLength(200);
    expect(us.connections()).toBeLessThanOrEqual(4);
  });

  it('answers BAD_UPSTREAM_RESPONSE to malformed JSON', async () => {
    const { upstream } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "abc", "displayName": ');
    });

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('BAD_UPSTREAM_RESPONSE');
  });

  it('answers BAD_UPSTREAM_RESPONSE to a declared body over maxBodyBytes', async () => {
    const { upstream } = await setup(
      (_req, res) =>
        sendJson(res, 200, { ...wireUser(USER_ID), pad: 'x'.repeat(5000) }),
      { maxBodyBytes: 1024 },
    );

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('BAD_UPSTREAM_RESPONSE');
  });

  it('stops reading a chunked body once it passes maxBodyBytes and closes its socket', async () => {
    const { us, upstream } = await setup(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = 'x'.repeat(1024);
        // Far more than the cap, without a Content-Length.
        for (let i = 0; i < 64; i += 1) res.write(chunk);
        setTimeout(() => res.end(), 5_000).unref();
      },
      { maxBodyBytes: 4096 },
    );
    const started = Date.now();

    const [result] = await upstream.users([USER_ID], callContext());

    expect((result as UpstreamError).code).toBe('BAD_UPSTREAM_RESPONSE');
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect.poll(() => us.requests[0]?.socketClosed()).toBe(true);
  });

  it('answers BAD_UPSTREAM_RESPONSE for an entry without an id, for that id only', async () => {
    const other = '11111111-2222-4333-8444-555555555555';
    const { upstream } = await setup(
      (req, res) =>
        new URL(req.url ?? '/', 'http://upstream.test').pathname.endsWith(
          USER_ID,
        )
          ? sendJson(res, 200, { displayName: 'no id' })
          : sendJson(res, 200, wireUser(other)),
      { bulkLookup: { enabled: false } },
    );

    const [bad, good] = await upstream.users([USER_ID, other], callContext());

    expect((bad as UpstreamError).code).toBe('BAD_UPSTREAM_RESPONSE');
    expect(good).toMatchObject({ id: other });
  });

  it('sends exactly the token, correlation id, accept and user-agent headers', async () => {
    const { us, upstream } = await setup((_req, res) =>
      sendJson(res, 200, wireUser(USER_ID)),
    );
    const ctx = callContext();

    await upstream.users([USER_ID], ctx);

    const headers = us.requests[0]!.headers;
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers['concur-correlationid']).toBe(ctx.correlationId);
    expect(headers.accept).toBe('application/json');
    expect(headers['user-agent']).toMatch(/^profile-graph/);
    expect(Object.keys(headers).sort()).toEqual(
      [
        'accept',
        'authorization',
        'concur-correlationid',
        'connection',
        'host',
        'user-agent',
      ].filter((name) => name in headers),
    );
  });
});
