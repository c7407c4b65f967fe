/**
 * An upstream that stops talking: a call that never answers and a body that
 * stalls halfway. The request still answers within its deadline, and the
 * stalled connection is closed, not kept in the pool. The US data center is
 * reached through a counting TCP proxy so the test can see every socket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtures, type EmulatorUser } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { timed } from './support/load.js';
import {
  eventually,
  startCountingProxy,
  type CountingProxy,
} from './support/sockets.js';
import { startHostileStack, type HostileStack } from './support/stack.js';

const USER = 'query ($id: ID!) { user(id: $id) { id displayName } }';
const CALL_TIMEOUT_MS = 800;
const DEADLINE_MS = 1_500;

let stack: HostileStack;
let proxy: CountingProxy;
let token: string;
let user: EmulatorUser;

// A fresh stack per test: the proxy's socket count must start from zero.
beforeEach(async () => {
  stack = await startHostileStack({
    env: (emulator) => ({
      UPSTREAM_CALL_TIMEOUT_MS: String(CALL_TIMEOUT_MS),
      REQUEST_DEADLINE_MS: String(DEADLINE_MS),
      // Tokens name the emulator's own US address as issuer, not the
      // proxy's that the subgraph's table holds instead.
      JWT_ISSUERS: Object.values(emulator.dataCenters).join(','),
    }),
    dataCenters: async (emulator) => {
      proxy = await startCountingProxy(emulator.dataCenters['US']!);
      return { ...emulator.dataCenters, US: proxy.url };
    },
  });
  const picks = fixtures(stack.emulator.data);
  user = picks.homeCompanyLocalUsers[1]!;
  token = await stack.emulator.mintToken({ sub: picks.demoUser.id });
});
afterEach(async () => {
  await stack.close();
  await proxy.close();
});

const userQuery = () =>
  timed(() =>
    postGraphQL(stack.url, { token, query: USER, variables: { id: user.id } }),
  );

describe('an upstream that never answers', () => {
  it('answers UPSTREAM_TIMEOUT within the deadline and closes the socket', async () => {
    stack.emulator.faults.add({
      match: { resourceId: user.id },
      action: { kind: 'hang' },
    });
    const { ms, result } = await userQuery();

    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ user: null });
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe(
      'UPSTREAM_TIMEOUT',
    );
    expect(ms).toBeLessThan(DEADLINE_MS + 500);
    expect(proxy.accepted()).toBeGreaterThan(0);
    expect(await eventually(proxy.openWithTraffic, (n) => n === 0)).toBe(0);
  });

  it('answers the next request after a hung call', async () => {
    stack.emulator.faults.add({
      match: { resourceId: user.id },
      times: 1,
      action: { kind: 'hang' },
    });
    await userQuery();
    const { result } = await userQuery();

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.['user']).toEqual({
      id: user.id,
      displayName: user.displayName,
    });
    expect(proxy.accepted()).toBeGreaterThanOrEqual(2);
  });
});

describe('a body that stalls halfway', () => {
  it('reads a body that resumes within the call timeout', async () => {
    stack.emulator.faults.add({
      match: { resourceId: user.id },
      action: { kind: 'stallBody', ms: 200 },
    });
    const { result } = await userQuery();

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.['user']).toEqual({
      id: user.id,
      displayName: user.displayName,
    });
  });

  it('answers UPSTREAM_TIMEOUT when the stall outlasts the call and closes the socket', async () => {
    stack.emulator.faults.add({
      match: { resourceId: user.id },
      action: { kind: 'stallBody', ms: 5_000 },
    });
    const { ms, result } = await userQuery();

    expect(result.body.data).toEqual({ user: null });
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe(
      'UPSTREAM_TIMEOUT',
    );
    expect(ms).toBeLessThan(DEADLINE_MS + 500);
    expect(await eventually(proxy.openWithTraffic, (n) => n === 0)).toBe(0);
  });
});
