/**
 * Liveness, readiness (token keys and every data center) and a graceful
 * shutdown that lets a request in flight finish.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { fixtures, startEmulator } from '../../src/emulator/index.js';
import { startSubgraph } from '../../src/server/subgraph.js';
import { postGraphQL } from '../support/stack.js';
import {
  get,
  silent,
  startObservedStack,
  type ObservedStack,
} from './helpers.js';

let stack: ObservedStack;

beforeAll(async () => {
  stack = await startObservedStack({ LOG_LEVEL: 'silent' });
});
afterAll(() => stack.close());

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('health', () => {
  it('answers live', async () => {
    const { status, text } = await get(`${stack.origin}/health/live`);
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ status: 'live' });
  });

  it('answers ready when token keys and every data center answer', async () => {
    const { status, text } = await get(`${stack.origin}/health/ready`);
    const body = JSON.parse(text) as { status: string; checks: object };
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(Object.keys(body.checks)).toEqual(
      expect.arrayContaining([
        'config',
        'tokenKeys',
        'dataCenter:US',
        'dataCenter:EMEA',
        'dataCenter:CN',
      ]),
    );
  });

  it('answers 503 naming the data center and the key set that cannot be reached', async () => {
    const emulator = await startEmulator();
    const dead = `http://127.0.0.1:${await closedPort()}`;
    const subgraph = await startSubgraph(
      readConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        HEALTH_PROBE_TIMEOUT_MS: '500',
      }),
      {
        dataCenters: { ...emulator.dataCenters, MARS: dead },
        defaultDataCenter: 'US',
        jwksUrl: `${dead}/oauth2/v0/jwks`,
      },
      silent,
    );
    try {
      const origin = subgraph.url.replace(/\/graphql$/, '');
      const { status, text } = await get(`${origin}/health/ready`);
      expect(status).toBe(503);
      expect(JSON.parse(text)).toMatchObject({
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
