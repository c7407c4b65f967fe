import { SignJWT, base64url } from 'jose';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  EmulatorFixtures,
  RunningEmulator,
} from '../../src/emulator/index.js';
import { call, startTestEmulator } from './helpers.js';

describe('authentication, scopes and tenants', () => {
  let emulator: RunningEmulator;
  let fx: EmulatorFixtures;
  let token: string;
  const me = '/profile/v1/me';

  beforeAll(async () => {
    ({ emulator, fx } = await startTestEmulator());
    token = await emulator.mintToken({ sub: fx.demoUser.id });
  });
  afterAll(() => emulator.close());

  const status = async (path: string, bearer: string | null, dc = 'US') =>
    (await call(emulator, dc, path, { token: bearer })).status;

  it('answers 401 with a SCIM body when the token is missing', async () => {
    const response = await call(emulator, 'US', me, { token: null });
    expect(response.status).toBe(401);
    expect(response.json()).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '401',
    });
    expect(response.headers['content-type']).toBe('application/json');
  });

  it('answers 401 to garbage, a foreign signature, an expired token and alg none', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] as string, 'base64url').toString(),
    );
    const foreign = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: '1' })
      .sign(privateKey);
    const none = `${base64url.encode('{"alg":"none","typ":"JWT"}')}.${token.split('.')[1]}.`;
    const expired = await emulator.mintToken({
      sub: fx.demoUser.id,
      expiresInSeconds: -60,
    });
    const future = await emulator.mintToken({
      sub: fx.demoUser.id,
      notBeforeOffsetSeconds: 600,
    });
    for (const bad of ['garbage', foreign, none, expired, future]) {
      expect(await status(me, bad)).toBe(401);
    }
  });

  it('tolerates 5 seconds of clock skew', async () => {
    const justExpired = await emulator.mintToken({
      sub: fx.demoUser.id,
      expiresInSeconds: -2,
    });
    expect(await status(me, justExpired)).toBe(200);
  });

  it('refuses a token it accepted before, once that token has expired', async () => {
    const shortLived = await emulator.mintToken({
      sub: fx.demoUser.id,
      expiresInSeconds: 60,
    });
    expect(await status(me, shortLived)).toBe(200);

    // Past exp and the 30 s of tolerated skew.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 120_000 });
    try {
      expect(await status(me, shortLived)).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers 401 to a valid signature naming no known principal', async () => {
    const stranger = await emulator.mintToken({
      sub: '00000000-0000-4000-8000-000000000000',
    });
    expect(await status(me, stranger)).toBe(401);
  });

  it('answers 403 access denied when the scope is missing', async () => {
    const companyOnly = await emulator.mintToken({
      sub: fx.demoUser.id,
      scopes: ['company_read'],
    });
    const response = await call(
      emulator,
      'US',
      `/profile/v1/users/${fx.demoUser.id}`,
      { token: companyOnly },
    );
    expect(response.status).toBe(403);
    expect(response.json().detail).toMatch(/access denied/);
  });

  it('accepts scopes as a space-separated string and as an array, in both spellings', async () => {
    const path = `/profile/v1/users/${fx.demoUser.id}`;
    for (const scopes of [
      'user_read',
      'company_read  user.read',
      ['user.write'],
      ['*'],
    ]) {
      const minted = await emulator.mintToken({ sub: fx.demoUser.id, scopes });
      expect(await status(path, minted), JSON.stringify(scopes)).toBe(200);
    }
  });

  it('does not take user_reader for user_read', async () => {
    const minted = await emulator.mintToken({
      sub: fx.demoUser.id,
      scopes: 'user_reader company_read',
    });
    expect(await status(`/profile/v1/users/${fx.demoUser.id}`, minted)).toBe(
      403,
    );
  });

  it('answers 404 for resources of another tenant', async () => {
    const other = fx.firstCompanyIn['EMEA']!;
    expect(
      await status(`/profile/v1/companies/${other.id}`, token, 'EMEA'),
    ).toBe(404);
    const otherUser = emulator.data.users.find(
      (u) => u.companyId === other.id && u.dataCenter === 'EMEA',
    )!;
    expect(
      await status(`/profile/v1/users/${otherUser.id}`, token, 'EMEA'),
    ).toBe(404);
  });

  it('lets an app read its connected companies and their users, and nothing else', async () => {
    const app = emulator.data.apps[0]!;
    const appToken = await emulator.mintToken({ sub: app.id });
    const [ownerId, partnerId] = app.connectedCompanyIds as [string, string];
    const partner = emulator.data.companies.find((c) => c.id === partnerId)!;
    const partnerUser = emulator.data.users.find(
      (u) => u.companyId === partnerId,
    )!;
    const stranger = emulator.data.companies.find(
      (c) => !app.connectedCompanyIds.includes(c.id),
    )!;
    expect(
      await status(
        `/profile/v1/companies/${ownerId}`,
        appToken,
        app.dataCenter,
      ),
    ).toBe(200);
    expect(
      await status(
        `/profile/v1/companies/${partnerId}`,
        appToken,
        partner.dataCenter,
      ),
    ).toBe(200);
    expect(
      await status(
        `/profile/v1/users/${partnerUser.id}`,
        appToken,
        partnerUser.dataCenter,
      ),
    ).toBe(200);
    expect(
      await status(
        `/profile/v1/companies/${stranger.id}`,
        appToken,
        stranger.dataCenter,
      ),
    ).toBe(404);
    const otherApp = emulator.data.apps.find(
      (a) => a.id !== app.id && a.dataCenter === app.dataCenter,
    );
    if (otherApp) {
      expect(
        await status(
          `/profile/v1/apps/${otherApp.id}`,
          appToken,
          app.dataCenter,
        ),
      ).toBe(404);
    }
  });

  it('answers 400 without a usable correlation id and echoes a generated one', async () => {
    for (const bad of [null, 'abc', '   abcde  ', 'abcdef\u00e9']) {
      const response = await call(emulator, 'US', me, {
        token,
        correlationId: bad,
      });
      expect(response.status, String(bad)).toBe(400);
      expect(response.headers['concur-correlationid']).toMatch(
        /^[0-9a-f-]{36}$/,
      );
    }
  });

  it('echoes the caller correlation id', async () => {
    const response = await call(emulator, 'US', me, {
      token,
      correlationId: 'my-correlation-1',
    });
    expect(response.status).toBe(200);
    expect(response.headers['concur-correlationid']).toBe('my-correlation-1');
  });

  it('checks the correlation id before the token', async () => {
    const response = await call(emulator, 'US', me, {
      token: null,
      correlationId: null,
    });
    expect(response.status).toBe(400);
  });

  it('answers 404 to an unknown route and 405 to a write', async () => {
    expect(await status('/profile/v1/nothing', token)).toBe(404);
    const post = await call(emulator, 'US', me, { token, method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('serves the public key only at /oauth2/v0/jwks on every data center', async () => {
    for (const dc of Object.keys(emulator.dataCenters)) {
      const jwks = (await call(emulator, dc, '/oauth2/v0/jwks')).json();
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]).toMatchObject({
        kid: '1',
        alg: 'RS256',
        kty: 'RSA',
      });
      expect(jwks.keys[0].d).toBeUndefined();
    }
    expect(emulator.jwksUrl).toBe(
      `${emulator.dataCenters['US']}/oauth2/v0/jwks`,
    );
  });
});
