/**
 * Who may ask what: tokens are checked before anything goes upstream (with a
 * small clock tolerance and RS256 only), a token Concur refuses still gets
 * HTTP 401, scopes follow `@requiresScopes` field by field, and `me`
 * answers for users, companies and apps alike.
 */
import { randomUUID } from 'node:crypto';
import { decodeJwt, exportSPKI, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fixtures,
  SANDBOX_KEY_ID,
  SANDBOX_PUBLIC_JWK,
  type EmulatorFixtures,
  type MintOptions,
} from '../../src/emulator/index.js';
import { SANDBOX_PRIVATE_JWK } from '../../src/emulator/sandbox-key.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';
import { dataOf, profileCalls } from './helpers.js';

let stack: Stack;
let picks: EmulatorFixtures;

beforeAll(async () => {
  stack = await startStack({ JWT_CLOCK_TOLERANCE_SECONDS: '30' });
  picks = fixtures(stack.emulator.data);
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

const ME_USER = '{ me { ... on User { id } } }';

const mint = (options: Partial<MintOptions> = {}) =>
  stack.emulator.mintToken({ sub: picks.demoUser.id, ...options });

/** The claims of a good token, re-signed with HMAC over the public key. */
async function hs256WithPublicKey(): Promise<string> {
  const key = await importJWK(SANDBOX_PUBLIC_JWK, 'RS256', {
    extractable: true,
  });
  const pem = await exportSPKI(key as CryptoKey);
  return new SignJWT(decodeJwt(await mint()))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: SANDBOX_KEY_ID })
    .sign(new TextEncoder().encode(pem));
}

/** The claims of a good token, properly signed, but with no `exp`. */
async function withoutExpiry(): Promise<string> {
  const { exp: _exp, ...claims } = decodeJwt(await mint());
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: SANDBOX_KEY_ID })
    .sign(await importJWK(SANDBOX_PRIVATE_JWK, 'RS256'));
}

/** The claims of a good token, unsigned, with `alg: none`. */
async function unsigned(): Promise<string> {
  const part = (value: unknown) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = decodeJwt(await mint());
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

describe('token checks (C09)', () => {
  it.each([
    [
      'nbf and iat 5 s in the future',
      { notBeforeOffsetSeconds: 5, issuedAtOffsetSeconds: 5 },
    ],
    // The emulator, standing in for Concur, allows the same 30 s of skew,
    // so the token is accepted upstream too.
    ['exp 5 s ago', { expiresInSeconds: -5 }],
  ])(
    'accepts a token with %s within the clock tolerance',
    async (_what, options) => {
      const data = dataOf(
        await postGraphQL(stack.url, {
          token: await mint(options),
          query: ME_USER,
        }),
      );

      expect(data['me']).toEqual({ id: picks.demoUser.id });
    },
  );

  it.each([
    ['with exp 2 minutes ago', () => mint({ expiresInSeconds: -120 })],
    ['signed HS256 with the public key as secret', hs256WithPublicKey],
    ['with alg none', unsigned],
    ['without exp, which would never expire', withoutExpiry],
    ['missing', async () => undefined],
  ])(
    'answers 401 UNAUTHENTICATED with no data and no upstream call for a token %s',
    async (_what, tokenFor) => {
      const token = await tokenFor();

      const { status, body } = await postGraphQL(stack.url, {
        query: ME_USER,
        ...(token !== undefined && { token }),
      });

      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(profileCalls(stack)).toEqual([]);
    },
  );
});

describe('tokens Concur refuses', () => {
  const ME_AND_COMPANY = '{ me { ... on User { id company { name } } } }';

  const failCompany = (status: number) =>
    stack.emulator.faults.add({
      match: { resourceId: picks.homeCompany.id },
      action: { kind: 'status', status },
    });

  it('answers 401 with the invalid_token challenge when Concur refuses a token the subgraph accepts', async () => {
    // Well signed and current, but for a principal Concur does not know.
    const token = await mint({ sub: randomUUID() });

    const { status, headers, body } = await postGraphQL(stack.url, {
      token,
      query: ME_USER,
    });

    expect(status).toBe(401);
    expect(headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(body.data).toEqual({ me: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      path: ['me'],
      extensions: { code: 'UNAUTHENTICATED', upstreamStatus: 401 },
    });
  });

  it('answers 401 and still carries the data that resolved when one upstream call refuses the token', async () => {
    failCompany(401);

    const { status, headers, body } = await postGraphQL(stack.url, {
      token: await mint(),
      query: ME_AND_COMPANY,
    });

    expect(status).toBe(401);
    expect(headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(body.data).toEqual({ me: { id: picks.demoUser.id, company: null } });
    expect(body.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
      [['me', 'company'], 'UNAUTHENTICATED'],
    ]);
  });

  it('answers 200 with a partial result when Concur forbids one resource', async () => {
    failCompany(403);

    const { status, headers, body } = await postGraphQL(stack.url, {
      token: await mint(),
      query: ME_AND_COMPANY,
    });

    expect(status).toBe(200);
    expect(headers['www-authenticate']).toBeUndefined();
    expect(body.data).toEqual({ me: { id: picks.demoUser.id, company: null } });
    expect(body.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
      [['me', 'company'], 'FORBIDDEN'],
    ]);
  });
});

describe('scopes (C10)', () => {
  const query = `{ me { ... on Company {
    name users(first: 2) { edges { node { displayName } } }
  } } }`;
  const company = () => picks.homeCompany;
  const firstTwo = () =>
    stack.emulator.data.users
      .filter((u) => u.companyId === company().id)
      .slice(0, 2)
      .map((u) => ({ node: { displayName: u.displayName } }));

  it.each([
    ['a space-separated string', 'company_read user_read'],
    ['an array', ['company_read', 'user_read']],
    ['a string with a double space', 'company_read  user_read'],
  ])('reads the scope claim given as %s', async (_how, scopes) => {
    const token = await mint({ sub: company().id, scopes });

    const data = dataOf(await postGraphQL(stack.url, { token, query }));

    expect(data['me']).toEqual({
      name: company().name,
      users: { edges: firstTwo() },
    });
  });

  it('does not take user_reader for user_read, and still returns the company name', async () => {
    const token = await mint({
      sub: company().id,
      scopes: 'company_read user_reader',
    });

    const { body } = await postGraphQL(stack.url, { token, query });

    expect(body.data?.['me']).toEqual({ name: company().name, users: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      path: ['me', 'users'],
      extensions: { code: 'FORBIDDEN' },
    });
    const routes = profileCalls(stack).map((call) => call.route);
    expect(routes).not.toContain('/profile/v1/companies/{id}/users');
  });

  it('refuses only the entities a token may not read, in their own slots', async () => {
    const token = await mint({ scopes: ['user.read'] });

    const { body } = await postGraphQL(stack.url, {
      token,
      query: `query ($r: [_Any!]!) {
        me { __typename }
        _entities(representations: $r) { ... on User { id } ... on Company { id } }
      }`,
      variables: {
        r: [
          { __typename: 'User', id: picks.demoUser.id },
          { __typename: 'Company', id: picks.homeCompany.id },
        ],
      },
    });

    expect(body.data).toEqual({
      me: { __typename: 'User' },
      _entities: [{ id: picks.demoUser.id }, null],
    });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.path).toEqual(['_entities', 1]);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('gives a user_read token the user and FORBIDDEN on its company only', async () => {
    const token = await mint({ scopes: 'user_read' });

    const { body } = await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { id company { name } } } }',
    });

    expect(body.data?.['me']).toEqual({ id: picks.demoUser.id, company: null });
    expect(body.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
      [['me', 'company'], 'FORBIDDEN'],
    ]);
    const routes = profileCalls(stack).map((call) => call.route);
    expect(routes).not.toContain('/profile/v1/companies/{id}');
  });

  it('accepts the dotted spelling and * as grants', async () => {
    for (const scopes of ['user.read company.read', '*']) {
      const token = await mint({ scopes });

      const data = dataOf(
        await postGraphQL(stack.url, {
          token,
          query: '{ me { ... on User { id company { id } } } }',
        }),
      );

      expect(data['me']).toEqual({
        id: picks.demoUser.id,
        company: { id: picks.homeCompany.id },
      });
    }
  });
});

describe('me', () => {
  const query = `{ me {
    __typename
    ... on User { id displayName }
    ... on Company { id name }
    ... on App { id name ownerCompany { id } }
  } }`;

  it('answers a user token with the user', async () => {
    const data = dataOf(
      await postGraphQL(stack.url, { token: await mint(), query }),
    );

    expect(data['me']).toEqual({
      __typename: 'User',
      id: picks.demoUser.id,
      displayName: picks.demoUser.displayName,
    });
  });

  it('answers a company token with the company', async () => {
    const token = await mint({ sub: picks.homeCompany.id });

    const data = dataOf(await postGraphQL(stack.url, { token, query }));

    expect(data['me']).toEqual({
      __typename: 'Company',
      id: picks.homeCompany.id,
      name: picks.homeCompany.name,
    });
  });

  it('answers an app token with the app', async () => {
    const app = picks.homeCompanyApp;
    const token = await mint({ sub: app.id });

    const data = dataOf(await postGraphQL(stack.url, { token, query }));

    expect(data['me']).toEqual({
      __typename: 'App',
      id: app.id,
      name: app.name,
      ownerCompany: { id: app.ownerCompanyUUID },
    });
  });
});
