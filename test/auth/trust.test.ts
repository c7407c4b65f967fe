/**
 * Whom the subgraph trusts to have issued a token, and how it answers when
 * it cannot check one at all.
 */
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';

const ME = '{ me { __typename } }';

let stack: Stack | undefined;
afterEach(() => stack?.close());

describe('token trust', () => {
  it('trusts only the configured data centers as issuers by default', async () => {
    stack = await startStack();
    const { demoUser } = fixtures(stack.emulator.data);
    const foreign = await stack.emulator.mintToken({
      sub: demoUser.id,
      extraClaims: { iss: 'https://issuer.example' },
    });
    const own = await stack.emulator.mintToken({ sub: demoUser.id });

    const refused = await postGraphQL(stack.url, { token: foreign, query: ME });
    const accepted = await postGraphQL(stack.url, { token: own, query: ME });

    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toContain('"iss"');
    expect(accepted.body.data).toEqual({ me: { __typename: 'User' } });
  });

  it('accepts only tokens issued to an allowed app when JWT_ALLOWED_APPS is set', async () => {
    const ours = '0c9a7d4e-5b1f-4c2a-9e3d-7f6b8a1c2d3e';
    const theirs = '9f8e7d6c-5b4a-4321-8fed-cba987654321';
    stack = await startStack({ JWT_ALLOWED_APPS: ours.toUpperCase() });
    const { demoUser } = fixtures(stack.emulator.data);
    const tokenFor = (app?: string) =>
      stack!.emulator.mintToken({ sub: demoUser.id, ...(app && { app }) });

    const accepted = await postGraphQL(stack.url, {
      token: await tokenFor(ours),
      query: ME,
    });
    const other = await postGraphQL(stack.url, {
      token: await tokenFor(theirs),
      query: ME,
    });
    const none = await postGraphQL(stack.url, {
      token: await tokenFor(),
      query: ME,
    });

    expect(accepted.body.data).toEqual({ me: { __typename: 'User' } });
    expect([other.status, none.status]).toEqual([401, 401]);
    expect(other.body.errors?.[0]?.message).toContain('app');
    // Only the accepted token reached the Profile API.
    expect(stack.profileCalls()).toBe(1);
  });

  it('answers 503 AUTH_UNAVAILABLE, not a bad token, while the key set answers 503', async () => {
    stack = await startStack();
    const { demoUser } = fixtures(stack.emulator.data);
    const token = await stack.emulator.mintToken({ sub: demoUser.id });
    stack.emulator.faults.add({
      match: { pathPrefix: '/oauth2' },
      action: { kind: 'status', status: 503 },
    });

    const { status, body } = await postGraphQL(stack.url, { token, query: ME });

    expect(status).toBe(503);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('AUTH_UNAVAILABLE');
  });

  it.each([
    ['no keys', () => ({ keys: [] })],
    [
      'only a key of another type',
      async () => {
        const { publicKey } = await generateKeyPair('ES256');
        return { keys: [await exportJWK(publicKey)] };
      },
    ],
    ['a "keys" member that is not a list', () => ({ keys: 'nope' })],
  ])(
    'answers 503 AUTH_UNAVAILABLE, not a bad token, when the key set holds %s',
    async (_what, keySet) => {
      stack = await startStack();
      const { demoUser } = fixtures(stack.emulator.data);
      const token = await stack.emulator.mintToken({ sub: demoUser.id });
      stack.emulator.faults.add({
        match: { pathPrefix: '/oauth2' },
        action: { kind: 'status', status: 200, body: await keySet() },
      });

      const { status, body } = await postGraphQL(stack.url, {
        token,
        query: ME,
      });

      expect(status).toBe(503);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('AUTH_UNAVAILABLE');
    },
  );

  it('still answers 401 for a token signed by a key the usable key set lacks', async () => {
    stack = await startStack();
    const { demoUser } = fixtures(stack.emulator.data);
    const { privateKey } = await generateKeyPair('RS256');
    const claims = decodeJwt(
      await stack.emulator.mintToken({ sub: demoUser.id }),
    );
    const stranger = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'unknown' })
      .sign(privateKey);

    const { status, body } = await postGraphQL(stack.url, {
      token: stranger,
      query: ME,
    });

    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toContain('not signed by a trusted key');
  });
});
