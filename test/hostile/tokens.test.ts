/**
 * Every kind of bad token is refused with HTTP 401 and UNAUTHENTICATED
 * before any upstream call; tokens that are merely unusual (clock skew
 * within tolerance, scopes as a string or an array, either scope spelling)
 * are accepted; a valid token without the right scope gets FORBIDDEN on the
 * fields it may not read. The stack checks issuer and audience.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fixtures,
  type EmulatorFixtures,
  type MintOptions,
} from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import {
  hmacWithPublicKey,
  signedByStranger,
  tampered,
  unsignedCopy,
} from './support/forged-tokens.js';
import {
  startHostileStack,
  tokenSecrets,
  type HostileStack,
} from './support/stack.js';

const ISSUER = 'https://us.sandbox.example';
const AUDIENCE = 'profile-graph';
const ME = `{ me { ... on User { id displayName company { id name } } } }`;

let stack: HostileStack;
let picks: EmulatorFixtures;

beforeAll(async () => {
  stack = await startHostileStack({
    env: {
      JWT_ISSUERS: `${ISSUER},https://emea.sandbox.example`,
      JWT_AUDIENCE: AUDIENCE,
      JWT_CLOCK_TOLERANCE_SECONDS: '30',
    },
  });
  picks = fixtures(stack.emulator.data);
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

/** A token this stack accepts, with `options` and `claims` changed. */
function mint(
  options: Partial<MintOptions> = {},
  claims: Record<string, unknown> = {},
) {
  return stack.emulator.mintToken({
    sub: picks.demoUser.id,
    ...options,
    extraClaims: { iss: ISSUER, aud: AUDIENCE, ...claims },
  });
}

function ask(authorization: string | undefined, query = ME) {
  return postGraphQL(stack.url, {
    query,
    ...(authorization !== undefined && { headers: { authorization } }),
  });
}

async function expectRefused(authorization: string | undefined) {
  const { status, body } = await ask(authorization);
  expect(status).toBe(401);
  expect(body.data ?? undefined).toBeUndefined();
  expect(body.errors?.map((e) => e.extensions?.['code'])).toEqual([
    'UNAUTHENTICATED',
  ]);
  expect(stack.profileCalls()).toBe(0);
  const text = JSON.stringify(body);
  const token = authorization?.replace(/^\S+\s+/, '') ?? '';
  for (const secret of tokenSecrets(token)) {
    expect(text).not.toContain(secret);
    expect(stack.logText()).not.toContain(secret);
  }
}

async function expectAccepted(token: string) {
  const { status, body } = await ask(`Bearer ${token}`);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data?.['me']).toMatchObject({ id: picks.demoUser.id });
}

describe('refused tokens', () => {
  it('refuses a request without a token', () => expectRefused(undefined));

  it.each([
    ['a word', 'Bearer not-a-jwt'],
    ['two segments', 'Bearer aGVsbG8.d29ybGQ'],
    ['garbage segments', 'Bearer a.b.c'],
    ['an empty bearer', 'Bearer '],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a token with spaces', 'Bearer abc def.ghi'],
  ])('refuses something that is not a JWT: %s', (_name, header) =>
    expectRefused(header),
  );

  it('refuses a token signed by a key the issuer never published', async () =>
    expectRefused(`Bearer ${await signedByStranger(await mint())}`));

  it('refuses a token whose claims were changed after signing', async () =>
    expectRefused(
      `Bearer ${tampered(await mint(), { sub: picks.homeCompany.id })}`,
    ));

  it('refuses an unsigned token (alg: none)', async () =>
    expectRefused(`Bearer ${unsignedCopy(await mint())}`));

  it('refuses an HS256 token keyed with the public key', async () =>
    expectRefused(`Bearer ${hmacWithPublicKey(await mint())}`));

  it.each([
    ['expired past the clock tolerance', { expiresInSeconds: -120 }],
    [
      'not valid until after the clock tolerance',
      { notBeforeOffsetSeconds: 120 },
    ],
  ])('refuses a token %s', async (_name, options) =>
    expectRefused(`Bearer ${await mint(options)}`),
  );

  it.each([
    ['another issuer', { iss: 'https://evil.example' }],
    ['no issuer', { iss: undefined }],
    ['another audience', { aud: 'some-other-api' }],
    ['an audience list without ours', { aud: ['a', 'b'] }],
    ['no audience', { aud: undefined }],
    ['a subject that is not a UUID', { sub: 'admin' }],
    ['an unknown principal type', { 'concur.type': 'robot' }],
  ])('refuses a token with %s', async (_name, claims) =>
    expectRefused(`Bearer ${await mint({}, claims)}`),
  );
});

describe('accepted tokens', () => {
  it.each([
    ['expired within the clock tolerance', { expiresInSeconds: -5 }],
    [
      'issued and valid from within the clock tolerance',
      { notBeforeOffsetSeconds: 5, issuedAtOffsetSeconds: 5 },
    ],
    [
      'scopes as a space-separated string',
      { scopes: 'user_read company_read' },
    ],
    [
      'scopes as a string with extra spaces',
      { scopes: ' user_read  company_read ' },
    ],
    ['scopes as an array', { scopes: ['user_read', 'company_read'] }],
    ['the dotted scope spelling', { scopes: ['user.read', 'company.read'] }],
  ])('accepts a token %s', async (_name, options) =>
    expectAccepted(await mint(options)),
  );

  it('accepts an audience list that holds ours', async () =>
    expectAccepted(await mint({}, { aud: ['other', AUDIENCE] })));
});

describe('tokens without a useful scope', () => {
  it.each([
    ['no scopes', []],
    ['unrelated scopes', ['openid', 'expense.report.read']],
    ['near-miss spellings', ['user_reader', 'company_readonly', 'user-read']],
    ['near-miss spellings as a string', 'user_reader company_readonly'],
  ])(
    'answers FORBIDDEN on user fields for a token with %s',
    async (_name, scopes) => {
      const { status, body } = await ask(`Bearer ${await mint({ scopes })}`);

      expect(status).toBe(200);
      expect(body.data?.['me']).toBeNull();
      expect(body.errors?.map((e) => e.extensions?.['code'])).toContain(
        'FORBIDDEN',
      );
      expect(JSON.stringify(body)).not.toContain(picks.demoUser.displayName);
    },
  );

  it('answers the company but FORBIDDEN on its users for company_read alone', async () => {
    const token = await mint({
      sub: picks.homeCompany.id,
      scopes: 'company_read',
    });
    const { body } = await ask(
      `Bearer ${token}`,
      '{ me { ... on Company { name users(first: 2) { edges { node { id } } } } } }',
    );

    expect(body.data?.['me']).toEqual({
      name: picks.homeCompany.name,
      users: null,
    });
    expect(body.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
      [['me', 'users'], 'FORBIDDEN'],
    ]);
  });
});
