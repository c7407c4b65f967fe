import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/index.js';
import type { EmulatorFixtures } from '../../src/emulator/index.js';
import { call, startTestEmulator } from './helpers.js';

describe('data-center redirects', () => {
  let emulator: RunningEmulator;
  let fx: EmulatorFixtures;
  let token: string;

  beforeAll(async () => {
    ({ emulator, fx } = await startTestEmulator());
    token = await emulator.mintToken({ sub: fx.demoUser.id });
  });
  afterAll(() => emulator.close());

  it('answers 301 with the owning data center and an empty body for every resource path', async () => {
    const company = fx.homeCompany;
    const app = fx.homeCompanyApp;
    const remote = fx.homeCompanyRemoteUser;
    const cases: Array<[string, string]> = [
      [`/profile/v1/users/${remote.id}?schema=expense`, remote.dataCenter],
      [`/profile/v1/principals/${remote.id}`, remote.dataCenter],
      [`/profile/v1/companies/${company.id}`, company.dataCenter],
      [
        `/profile/v1/companies/${company.id}/users?startIndex=2&count=3`,
        company.dataCenter,
      ],
      [`/profile/v1/companies/${company.id}/apps`, company.dataCenter],
      [`/profile/v1/apps/${app.id}`, app.dataCenter],
      [`/profile/v1/apps/${app.id}/companies`, app.dataCenter],
      ['/profile/v1/me?schema=compact', fx.demoUser.dataCenter],
    ];
    for (const [path, owner] of cases) {
      const wrong = owner === 'CN' ? 'US' : 'CN';
      const response = await call(emulator, wrong, path, { token });
      expect(response.status, path).toBe(301);
      expect(response.headers.location).toBe(
        `${emulator.dataCenters[owner]}${path}`,
      );
      expect(response.text).toBe('');
    }
  });

  it('answers from the owning data center once redirected there', async () => {
    const remote = fx.homeCompanyRemoteUser;
    const response = await call(
      emulator,
      remote.dataCenter,
      `/profile/v1/users/${remote.id}`,
      { token },
    );
    expect(response.status).toBe(200);
    expect(response.json().id).toBe(remote.id);
  });

  it('answers 404 without a redirect for an unknown id in every data center', async () => {
    for (const dc of Object.keys(emulator.dataCenters)) {
      const response = await call(
        emulator,
        dc,
        '/profile/v1/users/00000000-0000-4000-8000-000000000000',
        { token },
      );
      expect(response.status).toBe(404);
      expect(response.headers.location).toBeUndefined();
    }
  });

  it('compares ids case-insensitively', async () => {
    const response = await call(
      emulator,
      'US',
      `/profile/v1/users/${fx.demoUser.id.toUpperCase()}`,
      { token },
    );
    expect(response.status).toBe(200);
    expect(response.json().id).toBe(fx.demoUser.id);
  });

  it('redirects before checking scope', async () => {
    const noScope = await emulator.mintToken({
      sub: fx.demoUser.id,
      scopes: [],
    });
    const remote = fx.homeCompanyRemoteUser;
    const response = await call(
      emulator,
      'CN',
      `/profile/v1/users/${remote.id}`,
      { token: noScope },
    );
    expect(response.status).toBe(301);
  });
});
