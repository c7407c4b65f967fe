import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EmulatorFixtures,
  RunningEmulator,
} from '../../src/emulator/index.js';
import { call, startTestEmulator } from './helpers.js';

describe('stats and reset', () => {
  let emulator: RunningEmulator;
  let fx: EmulatorFixtures;
  let token: string;

  beforeAll(async () => {
    ({ emulator, fx } = await startTestEmulator({ latency: { ms: 5 } }));
    token = await emulator.mintToken({ sub: fx.demoUser.id });
  });
  afterAll(() => emulator.close());

  it('counts calls per data center, route template and status', async () => {
    emulator.reset();
    const remote = fx.homeCompanyRemoteUser;
    await call(emulator, 'US', `/profile/v1/users/${fx.demoUser.id}`, {
      token,
      correlationId: 'stats-call-1',
    });
    await call(emulator, 'US', `/profile/v1/users/${remote.id}`, { token });
    await call(emulator, 'EMEA', `/profile/v1/users/${remote.id}`, { token });
    await call(emulator, 'US', '/profile/v1/me', { token: null });
    await call(emulator, 'US', '/_emulator/stats');

    const stats = emulator.stats();
    expect(stats.total).toBe(4);
    expect(stats.byDataCenter).toEqual({ US: 3, EMEA: 1 });
    expect(stats.byRoute).toEqual({
      'US GET /profile/v1/users/{id} 200': 1,
      'US GET /profile/v1/users/{id} 301': 1,
      'EMEA GET /profile/v1/users/{id} 200': 1,
      'US GET /profile/v1/me 401': 1,
    });
    expect(stats.requests[0]).toMatchObject({
      dataCenter: 'US',
      method: 'GET',
      route: '/profile/v1/users/{id}',
      path: `/profile/v1/users/${fx.demoUser.id}`,
      status: 200,
      correlationId: 'stats-call-1',
      subject: fx.demoUser.id,
      companyId: fx.homeCompany.id,
    });
    expect(stats.requests[3]).toMatchObject({ subject: null, companyId: null });
  });

  it('serves the same stats over HTTP on every data center', async () => {
    const over = (await call(emulator, 'CN', '/_emulator/stats')).json();
    expect(over).toEqual(emulator.stats());
  });

  it('clears stats and faults, not data, on reset', async () => {
    emulator.faults.add({ action: { kind: 'status', status: 500 } });
    const reset = await call(emulator, 'EMEA', '/_emulator/reset', {
      method: 'POST',
    });
    expect(reset.status).toBe(200);
    expect(emulator.stats()).toEqual({
      total: 0,
      byDataCenter: {},
      byRoute: {},
      requests: [],
    });
    expect(emulator.faults.list()).toEqual([]);
    expect(emulator.data.users).toHaveLength(36);
    expect(
      (await call(emulator, 'US', '/profile/v1/me', { token })).status,
    ).toBe(200);
  });
});
