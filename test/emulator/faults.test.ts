import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  EmulatorFixtures,
  RunningEmulator,
} from '../../src/emulator/index.js';
import { call, idFilter, startTestEmulator } from './helpers.js';

describe('fault injection', () => {
  let emulator: RunningEmulator;
  let fx: EmulatorFixtures;
  let token: string;
  const me = '/profile/v1/me';

  beforeAll(async () => {
    ({ emulator, fx } = await startTestEmulator());
    token = await emulator.mintToken({ sub: fx.demoUser.id });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.close());

  const get = (path = me, dc = 'US') => call(emulator, dc, path, { token });

  it('answers a scripted status with Retry-After, then expires after times', async () => {
    emulator.faults.add({
      times: 1,
      action: { kind: 'status', status: 429, retryAfter: 2 },
    });
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('2');
    expect(limited.json()).toMatchObject({ status: '429' });
    expect((await get()).status).toBe(200);
    expect(emulator.faults.list()).toEqual([]);
  });

  it('sends a custom body with a scripted status', async () => {
    emulator.faults.add({
      action: { kind: 'status', status: 503, body: { hello: 'x' } },
    });
    const response = await get();
    expect(response.status).toBe(503);
    expect(response.json()).toEqual({ hello: 'x' });
  });

  it('matches on data center, method, path prefix and a resource id inside a filter', async () => {
    const id = fx.demoUser.id;
    emulator.faults.add({
      match: {
        dataCenter: 'US',
        method: 'get',
        pathPrefix: '/profile/v1/users',
        resourceId: id.toUpperCase(),
      },
      action: { kind: 'status', status: 500 },
    });
    expect(
      (await get(`/profile/v1/users?filter=${idFilter([id])}`)).status,
    ).toBe(500);
    expect((await get(`/profile/v1/users/${id}`)).status).toBe(500);
    expect((await get(me)).status).toBe(200);
    const other = fx.homeCompanyLocalUsers[1]!.id;
    expect((await get(`/profile/v1/users/${other}`)).status).toBe(200);
  });

  it('delays a call by a latency rule and then answers normally', async () => {
    emulator.faults.add({ action: { kind: 'latency', ms: 150 } });
    const started = performance.now();
    const response = await get();
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('applies every latency rule and then the first terminal rule', async () => {
    emulator.faults.add({ action: { kind: 'latency', ms: 60 } });
    emulator.faults.add({ action: { kind: 'status', status: 502 } });
    emulator.faults.add({ action: { kind: 'latency', ms: 60 } });
    emulator.faults.add({ action: { kind: 'status', status: 418 } });
    const started = performance.now();
    expect((await get()).status).toBe(502);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('resets the connection', async () => {
    emulator.faults.add({ times: 1, action: { kind: 'reset' } });
    await expect(get()).rejects.toThrow();
    expect((await get()).status).toBe(200);
  });

  it('hangs until the client gives up', async () => {
    emulator.faults.add({ times: 1, action: { kind: 'hang' } });
    await expect(
      request(`${emulator.dataCenters['US']}${me}`, {
        headers: {
          authorization: `Bearer ${token}`,
          'concur-correlationid': 'hang-test-1',
        },
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow();
  });

  it('stalls the body after the headers', async () => {
    emulator.faults.add({ action: { kind: 'stallBody', ms: 200 } });
    const started = performance.now();
    const response = await request(`${emulator.dataCenters['US']}${me}`, {
      headers: {
        authorization: `Bearer ${token}`,
        'concur-correlationid': 'stall-test-1',
      },
    });
    const headersAfter = performance.now() - started;
    const body = (await response.body.json()) as { id: string };
    expect(headersAfter).toBeLessThan(150);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(body.id).toBe(fx.demoUser.id);
  });

  it('sends truncated JSON', async () => {
    emulator.faults.add({ action: { kind: 'malformedJson' } });
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(() => response.json()).toThrow(SyntaxError);
  });

  it('sends an oversized body', async () => {
    emulator.faults.add({ action: { kind: 'oversized', bytes: 3_000_000 } });
    const response = await get();
    expect(response.text.length).toBeGreaterThanOrEqual(3_000_000);
    expect(response.json().id).toBeDefined();
  });

  it('redirects anywhere', async () => {
    emulator.faults.add({
      action: { kind: 'redirect', location: 'https://evil.example/x' },
    });
    const response = await get();
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('https://evil.example/x');
  });

  it('applies a rate deterministically for a given seed', async () => {
    const pattern = async () => {
      const { emulator: fresh } = await startTestEmulator({ seed: 42 });
      const freshToken = await fresh.mintToken({
        sub: fresh.data.users[0]!.id,
      });
      fresh.faults.add({ rate: 0.5, action: { kind: 'status', status: 500 } });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        statuses.push(
          (await call(fresh, 'US', me, { token: freshToken })).status,
        );
      }
      await fresh.close();
      return statuses;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('refuses a rule that cannot work', () => {
    expect(() =>
      emulator.faults.add({ action: { kind: 'nope' } as never }),
    ).toThrow(TypeError);
    expect(() =>
      emulator.faults.add({ times: 0, action: { kind: 'reset' } }),
    ).toThrow(/times/);
  });

  it('manages faults over HTTP without counting those calls', async () => {
    const added = await call(emulator, 'EMEA', '/_emulator/faults', {
      method: 'POST',
      body: JSON.stringify({
        match: { dataCenter: 'US' },
        action: { kind: 'status', status: 503 },
      }),
    });
    expect(added.status).toBe(201);
    expect(added.json().id).toMatch(/^fault-/);
    expect(
      (await call(emulator, 'US', '/_emulator/faults')).json(),
    ).toHaveLength(1);
    expect((await get()).status).toBe(503);
    await call(emulator, 'CN', '/_emulator/faults', { method: 'DELETE' });
    expect((await get()).status).toBe(200);
    const bad = await call(emulator, 'US', '/_emulator/faults', {
      method: 'POST',
      body: '{',
    });
    expect(bad.status).toBe(400);
    expect(emulator.stats().total).toBe(2);
  });

  it('closes with a hung call still open', async () => {
    const { emulator: doomed } = await startTestEmulator();
    doomed.faults.add({ action: { kind: 'hang' } });
    const pending = call(doomed, 'US', me, { token }).catch(
      (error: Error) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await doomed.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
