/**
 * Liveness, readiness (whether this replica can serve: token keys, at least
 * one data center; `degraded` when only some answer) and a graceful
 * shutdown that lets a request in flight finish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, startEmulator } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import {
  closedPort,
  get,
  startObservedStack,
  startProbedSubgraph,
  type ObservedStack,
  type ReadyBody,
} from './helpers.js';

let stack: ObservedStack;

beforeAll(async () => {
  stack = await startObservedStack({ LOG_LEVEL: 'silent' });
});
afterAll(() => stack.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('health', () => {
  it('answers live', async () => {
    const { status, text } = await get(`${stack.origin}/health/live`);
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ status: 'live' });
  });

  it('answers ready when token keys and every data center answer', async () => {
    const { status, text } = await get(`${stack.origin}/health/ready`);
    const body = JSON.parse(text) as ReadyBody;
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.failing).toEqual([]);
    expect(Object.keys(body.checks)).toEqual(
      expect.arrayContaining([
        'config',
        'tokenKeys',
        'dataCenter:US',
        'dataCenter:EMEA',
        'dataCenter:CN',
      ]),
    );
    expect(body.checks['config']).toEqual({ ok: true });
  });

  it('answers 200 degraded naming a data center that hangs, and still serves the others', async () => {
    const emulator = await startEmulator();
    const subgraph = await startProbedSubgraph({
      dataCenters: emulator.dataCenters,
      defaultDataCenter: 'US',
      jwksUrl: emulator.jwksUrl,
    });
    try {
      emulator.faults.add({
        match: { dataCenter: 'EMEA' },
        action: { kind: 'hang' },
      });
      const { status, body } = await subgraph.ready();
      expect(status).toBe(200);
      expect(body).toMatchObject({
        status: 'degraded',
        failing: ['dataCenter:EMEA'],
        checks: {
          config: { ok: true },
          tokenKeys: { ok: true },
          'dataCenter:US': { ok: true },
          'dataCenter:EMEA': { ok: false, detail: 'timeout' },
          'dataCenter:CN': { ok: true },
        },
      });

      const token = await emulator.mintToken({
        sub: fixtures(emulator.data).demoUser.id,
      });
      const answer = await postGraphQL(subgraph.url, {
        token,
        query: '{ me { ... on User { id } } }',
      });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    } finally {
      await subgraph.close();
      await emulator.close();
    }
  });

  it('answers 503 when no data center answers', async () => {
    const emulator = await startEmulator();
    const dead = async () => `http://127.0.0.1:${await closedPort()}`;
    const subgraph = await startProbedSubgraph({
      dataCenters: { US: await dead(), EMEA: await dead(), CN: await dead() },
      defaultDataCenter: 'US',
      jwksUrl: emulator.jwksUrl,
    });
    try {
      const { status, body } = await subgraph.ready();
      expect(status).toBe(503);
      expect(body).toMatchObject({
        status: 'not ready',
        failing: ['dataCenter:US', 'dataCenter:EMEA', 'dataCenter:CN'],
        checks: { config: { ok: true }, tokenKeys: { ok: true } },
      });
    } finally {
      await subgraph.close();
      await emulator.close();
    }
  });

  it('answers 503 naming the key set and the data center that cannot be reached when no keys were ever fetched', async () => {
    const emulator = await startEmulator();
    const dead = `http://127.0.0.1:${await closedPort()}`;
    const subgraph = await startProbedSubgraph({
      dataCenters: { ...emulator.dataCenters, MARS: dead },
      defaultDataCenter: 'US',
      jwksUrl: `${dead}/oauth2/v0/jwks`,
    });
    try {
      const { status, text, body } = await subgraph.ready();
      expect(status).toBe(503);
      expect(body).toMatchObject({
        status: 'not ready',
        failing: ['tokenKeys', 'dataCenter:MARS'],
        checks: {
          tokenKeys: { ok: false, detail: 'unreachable' },
          'dataCenter:MARS': { ok: false, detail: 'unreachable' },
        },
      });
      expect(text).not.toContain('127.0.0.1');
    } finally {
      await subgraph.close();
      await emulator.close();
    }
  });

  it('stays up on cached token keys while the key set fails, and answers 503 once they are too old', async () => {
    const cacheMaxAgeMs = 2000;
    const emulator = await startEmulator();
    const subgraph = await startProbedSubgraph(
      {
        dataCenters: emulator.dataCenters,
        defaultDataCenter: 'US',
        jwksUrl: emulator.jwksUrl,
      },
      { JWKS_CACHE_MAX_AGE_MS: String(cacheMaxAgeMs) },
    );
    const sub = fixtures(emulator.data).demoUser.id;
    const query = '{ me { ... on User { id } } }';
    try {
      // The verifier fetches its keys with the first token.
      const first = await emulator.mintToken({ sub });
      const warm = await postGraphQL(subgraph.url, { token: first, query });
      expect(warm.body.errors).toBeUndefined();
      expect((await subgraph.ready()).body.status).toBe('ready');
      const fetchedBy = Date.now();

      emulator.faults.add({
        match: { pathPrefix: '/oauth2/v0/jwks' },
        action: { kind: 'status', status: 503 },
      });
      const cachedNow = await subgraph.ready();
      expect(cachedNow.status).toBe(200);
      expect(cachedNow.body).toMatchObject({
        status: 'degraded',
        failing: ['tokenKeys'],
        checks: { tokenKeys: { ok: false, detail: 'cached; HTTP 503' } },
      });
      // A token not seen before is checked against the cached keys.
      const second = await emulator.mintToken({ sub, expiresInSeconds: 600 });
      const answer = await postGraphQL(subgraph.url, { token: second, query });
      expect(answer.body.errors).toBeUndefined();

      await sleep(fetchedBy + cacheMaxAgeMs + 50 - Date.now());
      const tooOld = await subgraph.ready();
      expect(tooOld.status).toBe(503);
      expect(tooOld.body).toMatchObject({
        status: 'not ready',
        failing: ['tokenKeys'],
        checks: { tokenKeys: { ok: false, detail: 'HTTP 503' } },
      });
    } finally {
      await subgraph.close();
      await emulator.close();
    }
  });
});

describe('shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const own = await startObservedStack({
      LOG_LEVEL: 'silent',
      SHUTDOWN_GRACE_MS: '5000',
    });
    const token = await own.emulator.mintToken({
      sub: fixtures(own.emulator.data).demoUser.id,
    });
    // Warm the key set so the slow part is the upstream call alone.
    await postGraphQL(own.url, { token, query: '{ me { __typename } }' });
    own.emulator.faults.add({ action: { kind: 'latency', ms: 600 } });

    const inFlight = postGraphQL(own.url, {
      token,
      query: '{ me { ... on User { id } } }',
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const closing = own.subgraph.close();
    const answer = await inFlight;
    await closing;

    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    await expect(get(`${own.origin}/health/live`)).rejects.toThrow();
    await own.emulator.close();
  });
});
