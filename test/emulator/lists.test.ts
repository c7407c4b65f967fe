import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EmulatorFixtures,
  RunningEmulator,
} from '../../src/emulator/index.js';
import { call, idFilter, startTestEmulator } from './helpers.js';

describe('list endpoints', () => {
  let emulator: RunningEmulator;
  let fx: EmulatorFixtures;
  let token: string;

  beforeAll(async () => {
    ({ emulator, fx } = await startTestEmulator());
    token = await emulator.mintToken({ sub: fx.demoUser.id });
  });
  afterAll(() => emulator.close());

  const ids = (body: { Resources: Array<{ id: string }> }) =>
    body.Resources.map((resource) => resource.id).sort();

  it('returns only the filtered users that live in the data center asked', async () => {
    const local = fx.homeCompanyLocalUsers.slice(0, 3).map((u) => u.id);
    const remote = fx.homeCompanyRemoteUser.id;
    const wanted = [...local, remote, '00000000-0000-4000-8000-000000000000'];
    const response = await call(
      emulator,
      'US',
      `/profile/v1/users?filter=${idFilter(wanted)}`,
      { token },
    );
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body.schemas).toEqual([
      'urn:ietf:params:scim:api:messages:2.0:ListResponse',
    ]);
    expect(ids(body)).toEqual([...local].sort());
    expect(body.totalResults).toBe(3);

    const there = await call(
      emulator,
      fx.homeCompanyRemoteUser.dataCenter,
      `/profile/v1/users?filter=${idFilter(wanted)}`,
      { token },
    );
    expect(ids(there.json())).toEqual([remote]);
  });

  it('leaves out filtered resources of other tenants', async () => {
    const stranger = emulator.data.users.find(
      (u) => u.companyId !== fx.homeCompany.id && u.dataCenter === 'US',
    )!;
    const filter = idFilter([fx.demoUser.id, stranger.id]);
    const body = (
      await call(emulator, 'US', `/profile/v1/users?filter=${filter}`, {
        token,
      })
    ).json();
    expect(ids(body)).toEqual([fx.demoUser.id]);
  });

  it('filters companies and apps too, case-insensitively', async () => {
    const filter = encodeURIComponent(
      `ID EQ "${fx.homeCompany.id.toUpperCase()}"`,
    );
    const companies = await call(
      emulator,
      'US',
      `/profile/v1/companies?filter=${filter}`,
      { token },
    );
    expect(ids(companies.json())).toEqual([fx.homeCompany.id]);
    const app = fx.homeCompanyApp;
    const apps = await call(
      emulator,
      app.dataCenter,
      `/profile/v1/apps?filter=${idFilter([app.id])}`,
      { token },
    );
    expect(ids(apps.json())).toEqual([app.id]);
  });

  it('rejects a malformed filter and more than 100 ids with invalidFilter', async () => {
    const tooMany = Array.from(
      { length: 101 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    for (const filter of [
      encodeURIComponent('name eq "x"'),
      encodeURIComponent('id eq x'),
      encodeURIComponent('id eq "a" and id eq "b"'),
      '',
      idFilter(tooMany),
    ]) {
      const response = await call(
        emulator,
        'US',
        `/profile/v1/users?filter=${filter}`,
        { token },
      );
      expect(response.status, filter.slice(0, 40)).toBe(400);
      expect(response.json().scimType).toBe('invalidFilter');
    }
  });

  it('pages a company users list with totals over all its users wherever they live', async () => {
    const company = fx.homeCompany;
    const all = emulator.data.users.filter((u) => u.companyId === company.id);
    const path = `/profile/v1/companies/${company.id}/users`;
    const first = (
      await call(emulator, 'US', `${path}?count=5`, { token })
    ).json();
    expect(first).toMatchObject({
      totalResults: all.length,
      startIndex: 1,
      itemsPerPage: 5,
    });
    const rest = (
      await call(emulator, 'US', `${path}?startIndex=6&count=100`, { token })
    ).json();
    expect(rest.itemsPerPage).toBe(all.length - 5);
    expect([...ids(first), ...ids(rest)].sort()).toEqual(
      all.map((u) => u.id).sort(),
    );
    expect(ids(first)).toContain(fx.homeCompanyRemoteUser.id);
  });

  it('rejects non-numeric paging with invalidValue', async () => {
    const response = await call(
      emulator,
      'US',
      `/profile/v1/companies/${fx.homeCompany.id}/users?count=ten`,
      { token },
    );
    expect(response.status).toBe(400);
    expect(response.json().scimType).toBe('invalidValue');
  });

  it('lists the apps connected to a company and the companies connected to an app', async () => {
    const company = fx.homeCompany;
    const apps = (
      await call(emulator, 'US', `/profile/v1/companies/${company.id}/apps`, {
        token,
      })
    ).json();
    const expected = emulator.data.apps.filter((a) =>
      a.connectedCompanyIds.includes(company.id),
    );
    expect(ids(apps)).toEqual(expected.map((a) => a.id).sort());

    const app = emulator.data.apps[0]!;
    const appToken = await emulator.mintToken({ sub: app.id });
    const companies = (
      await call(
        emulator,
        app.dataCenter,
        `/profile/v1/apps/${app.id}/companies`,
        { token: appToken },
      )
    ).json();
    expect(ids(companies)).toEqual([...app.connectedCompanyIds].sort());
  });
});

describe('/me and schema views', () => {
  let emulator: RunningEmulator;
  let fx: EmulatorFixtures;

  beforeAll(async () => {
    ({ emulator, fx } = await startTestEmulator());
  });
  afterAll(() => emulator.close());

  it('returns the user for a user token, with Expense 0.2 only on schema=expense', async () => {
    const token = await emulator.mintToken({ sub: fx.demoUser.id });
    const plain = (
      await call(emulator, 'US', '/profile/v1/me', { token })
    ).json();
    expect(plain.id).toBe(fx.demoUser.id);
    expect(plain['com:concur:Expense:0.2']).toBeUndefined();
    expect(plain.dataCenter).toBeUndefined();
    expect(plain['com:concur:Employee:1.0'].companyUUID).toBe(
      fx.homeCompany.id,
    );
    const expense = (
      await call(emulator, 'US', '/profile/v1/me?schema=expense', { token })
    ).json();
    expect(expense['com:concur:Expense:0.2']).toBeDefined();
    expect(expense.schemas).toContain('com:concur:Expense:0.2');
    const compact = (
      await call(emulator, 'US', '/profile/v1/me?schema=compact,expense', {
        token,
      })
    ).json();
    expect(compact['com:concur:TravelPreferences:1.0']).toBeUndefined();
    expect(compact['com:concur:Expense:0.2']).toBeDefined();
  });

  it('returns the company for a company token', async () => {
    const company = fx.firstCompanyIn['EMEA']!;
    const token = await emulator.mintToken({ sub: company.id });
    const response = await call(emulator, 'EMEA', '/profile/v1/me', { token });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      id: company.id,
      meta: { principalType: 'company' },
    });
  });

  it('returns the app for an app token, from the app data center', async () => {
    const app = emulator.data.apps.find((a) => a.dataCenter === 'CN')!;
    const token = await emulator.mintToken({ sub: app.id });
    const body = (
      await call(emulator, 'CN', '/profile/v1/me', { token })
    ).json();
    expect(body).toMatchObject({ id: app.id, meta: { principalType: 'app' } });
    expect(body.connectedCompanyIds).toBeUndefined();
  });

  it('mints tokens in the documented layout', async () => {
    const app = emulator.data.apps[0]!;
    const token = await emulator.mintToken({ sub: app.id, scopes: 'app_read' });
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: '1' });
    const iss = emulator.dataCenters[app.dataCenter];
    expect(payload).toMatchObject({
      sub: app.id,
      iss,
      aud: '*',
      'concur.version': 2,
      'concur.type': 'app',
      'concur.scopes': 'app_read',
      'concur.profile': `${iss}/profile/v1/principals/${app.id}`,
      'concur.app': `${iss}/profile/v1/apps/${app.id}`,
    });
  });
});
