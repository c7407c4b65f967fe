import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UpstreamError } from '../../src/upstream/errors.js';
import type { EmulatorUser } from '../../src/emulator/index.js';
import type { User } from '../../src/upstream/model.js';
import {
  requestsOf,
  setupEmulator,
  type EmulatorSetup,
} from './helpers/emulator.js';

const MISSING = '99999999-9999-4999-8999-999999999999';

let env: EmulatorSetup;

beforeAll(async () => {
  env = await setupEmulator();
});
afterAll(() => env.close());
beforeEach(() => env.emulator.reset());

describe('Profile v1 backend against the emulator', () => {
  it('follows a cross-data-center 301 keeping the token and correlation id, then goes straight there', async () => {
    const upstream = env.backend();
    const remote = env.picks.homeCompanyRemoteUser;
    const first = env.ctx();

    const [user] = await upstream.users([remote.id], first);

    expect(user).toMatchObject({
      id: remote.id,
      displayName: remote.displayName,
    });
    const calls = requestsOf(env.emulator, first.correlationId);
    expect(calls.map((c) => `${c.dataCenter} ${c.status}`)).toEqual([
      'US 301',
      `${remote.dataCenter} 200`,
    ]);
    // The emulator verified the same token on the second hop.
    expect(calls[1]?.subject).toBe(env.picks.homeCompany.id);

    const second = env.ctx();
    await upstream.users([remote.id], second);
    const again = requestsOf(env.emulator, second.correlationId);
    expect(again.map((c) => `${c.dataCenter} ${c.status}`)).toEqual([
      `${remote.dataCenter} 200`,
    ]);
  });

  it('puts out-of-order answers on the right keys', async () => {
    const upstream = env.backend({ bulkLookup: { enabled: false } });
    const [u1, u2] = env.picks.homeCompanyLocalUsers as [
      EmulatorUser,
      EmulatorUser,
    ];
    const delays: Array<[string, number]> = [
      [u1.id, 150],
      [u2.id, 10],
      [MISSING, 50],
    ];
    for (const [resourceId, ms] of delays) {
      env.emulator.faults.add({
        match: { resourceId },
        action: { kind: 'latency', ms },
      });
    }
    const ctx = env.ctx();

    const result = await upstream.users([u1.id, u2.id, MISSING], ctx);

    expect(result).toEqual([
      expect.objectContaining({ id: u1.id, displayName: u1.displayName }),
      expect.objectContaining({ id: u2.id, displayName: u2.displayName }),
      null,
    ]);
    expect(requestsOf(env.emulator, ctx.correlationId)).toHaveLength(3);
  });

  for (const enabled of [false, true]) {
    it(`keeps one failing key from failing its neighbours (bulk ${enabled ? 'on' : 'off'})`, async () => {
      const upstream = env.backend({ bulkLookup: { enabled } });
      const [u1, u2, u3] = env.picks.homeCompanyLocalUsers as [
        EmulatorUser,
        EmulatorUser,
        EmulatorUser,
      ];
      env.emulator.faults.add({
        match: { resourceId: u2.id },
        action: { kind: 'status', status: 500 },
      });
      const ctx = env.ctx();

      const [r1, r2, r3] = await upstream.users([u1.id, u2.id, u3.id], ctx);

      expect(r1).toMatchObject({ id: u1.id });
      expect(r3).toMatchObject({ id: u3.id });
      const error = r2 as UpstreamError;
      expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(error.correlationId).toBe(ctx.correlationId);
    });
  }

  it('serves a batch in bulk mode with filter calls: the first data center, then one sweep of the others', async () => {
    const upstream = env.backend();
    const members = env.emulator.data.users.filter(
      (user) => user.companyId === env.picks.homeCompany.id,
    );
    const ids = [...members.map((user) => user.id), MISSING];
    const ctx = env.ctx();

    const result = await upstream.users(ids, ctx);

    expect(result.slice(0, -1)).toEqual(
      members.map((user) => expect.objectContaining({ id: user.id })),
    );
    expect(result.at(-1)).toBeNull();
    // One filter call at US; the ids it leaves out (the remote members and
    // the missing id) go to EMEA and CN in one filter call each, which
    // finds the remote ones and shows the missing one lives nowhere.
    const remote = members.filter((user) => user.dataCenter !== 'US');
    expect(remote.length).toBeGreaterThanOrEqual(2);
    const calls = requestsOf(env.emulator, ctx.correlationId);
    expect(calls.map((call) => [call.dataCenter, call.route])).toEqual(
      expect.arrayContaining([
        ['US', '/profile/v1/users'],
        ['EMEA', '/profile/v1/users'],
        ['CN', '/profile/v1/users'],
      ]),
    );
    expect(calls).toHaveLength(3);

    // Routes are learned: one call per data center (a filter call, or a
    // single for a lone id), and the missing id's 404 again.
    const again = env.ctx();
    await upstream.users(ids, again);
    const dataCenters = new Set(members.map((user) => user.dataCenter));
    expect(requestsOf(env.emulator, again.correlationId)).toHaveLength(
      dataCenters.size + 1,
    );
  });

  it('asks once for ids that differ only in case and fills both slots', async () => {
    const upstream = env.backend();
    const [u1] = env.picks.homeCompanyLocalUsers as [EmulatorUser];
    const ctx = env.ctx();

    const result = await upstream.users([u1.id, u1.id.toUpperCase()], ctx);

    expect(result).toEqual([
      expect.objectContaining({ id: u1.id }),
      expect.objectContaining({ id: u1.id }),
    ]);
    expect(requestsOf(env.emulator, ctx.correlationId)).toHaveLength(1);
  });

  it('answers me with the caller principal', async () => {
    const upstream = env.backend();

    const principal = await upstream.me(env.ctx());

    expect(principal.kind).toBe('company');
    expect(principal.kind === 'company' && principal.company.id).toBe(
      env.picks.homeCompany.id,
    );
  });

  it('pages company users and lists company apps and app companies', async () => {
    const upstream = env.backend();
    const company = env.picks.homeCompany;
    const app = env.picks.homeCompanyApp;

    const page = await upstream.companyUsers(
      company.id,
      { offset: 1, limit: 2 },
      env.ctx(),
    );
    const apps = await upstream.companyApps(company.id, env.ctx());
    const companies = await upstream.appCompanies(app.id, env.ctx());

    expect(page?.offset).toBe(1);
    expect(page?.items).toHaveLength(2);
    expect(page?.total).toBeGreaterThan(2);
    expect(apps?.map((a) => a.id)).toContain(app.id);
    expect(companies?.map((c) => c.id)).toContain(company.id);
    expect(await upstream.companyApps(MISSING, env.ctx())).toBeNull();
  });

  it('maps extension URNs into named fields with lower-case ids', async () => {
    const upstream = env.backend();
    const source = env.picks.userWithRemoteManager;

    const [user] = (await upstream.users(
      [source.id.toUpperCase()],
      env.ctx(),
    )) as [User];

    expect(user.id).toBe(source.id.toLowerCase());
    expect(user.employee?.companyUUID).toBe(source.companyId.toLowerCase());
    expect(user.employee?.managerId).toBe(
      source['com:concur:Employee:1.0']?.managerId?.toLowerCase(),
    );
    expect(Array.isArray(user.emails)).toBe(true);
  });

  it('answers BAD_UPSTREAM_RESPONSE to malformed JSON and an oversized body', async () => {
    const upstream = env.backend({
      maxBodyBytes: 64 * 1024,
      bulkLookup: { enabled: false },
    });
    const [u1, u2] = env.picks.homeCompanyLocalUsers as [
      EmulatorUser,
      EmulatorUser,
    ];
    env.emulator.faults.add({
      match: { resourceId: u1.id },
      action: { kind: 'malformedJson' },
    });
    env.emulator.faults.add({
      match: { resourceId: u2.id },
      action: { kind: 'oversized', bytes: 256 * 1024 },
    });

    const [r1, r2] = await upstream.users([u1.id, u2.id], env.ctx());

    expect((r1 as UpstreamError).code).toBe('BAD_UPSTREAM_RESPONSE');
    expect((r2 as UpstreamError).code).toBe('BAD_UPSTREAM_RESPONSE');
  });
});
