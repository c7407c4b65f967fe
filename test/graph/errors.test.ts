/**
 * How faults reach a client: not found is `null` with no error; any other
 * failure is an error on the failing path alone, and the rest of the answer
 * still arrives. Bad input is refused before anything goes upstream.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fixtures,
  type EmulatorFixtures,
  type EmulatorUser,
} from '../../src/emulator/index.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';
import { dataOf, profileCalls } from './helpers.js';

const EMPLOYEE = 'com:concur:Employee:1.0';

let stack: Stack;
let picks: EmulatorFixtures;
let token: string;
let user: EmulatorUser;
let manager: EmulatorUser;

beforeAll(async () => {
  stack = await startStack({ UPSTREAM_MAX_ATTEMPTS: '2' });
  picks = fixtures(stack.emulator.data);
  user = picks.homeCompanyLocalUsers.find((u) => u[EMPLOYEE]?.managerId)!;
  manager = stack.emulator.data.users.find(
    (u) => u.id === user[EMPLOYEE]?.managerId,
  )!;
  token = await stack.emulator.mintToken({ sub: picks.demoUser.id });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

const USER_QUERY = `query ($id: ID!) {
  user(id: $id) {
    id displayName
    company { id name }
    manager { id displayName }
  }
}`;

const ask = (query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL(stack.url, { token, query, variables });

const failCompany = (status: number) =>
  stack.emulator.faults.add({
    match: { resourceId: picks.homeCompany.id },
    action: { kind: 'status', status },
  });

/** The wire form of a user (`user` by default), as its data center sends it. */
function userOnTheWire(of: EmulatorUser = user) {
  const { dataCenter: _dc, companyId: _company, ...wire } = of;
  return wire;
}

/** Makes the emulator answer `user` with `body` instead of its record. */
const answerUserWith = (body: Record<string, unknown>) =>
  stack.emulator.faults.add({
    match: { resourceId: user.id },
    action: { kind: 'status', status: 200, body },
  });

describe('not found and failures', () => {
  it("gives company null and no error when the user's company is not found (C03a)", async () => {
    failCompany(404);

    const data = dataOf(await ask(USER_QUERY, { id: user.id }));

    expect(data['user']).toEqual({
      id: user.id,
      displayName: user.displayName,
      company: null,
      manager: { id: manager.id, displayName: manager.displayName },
    });
    const entities = await ask(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Company { id } } }`,
      { r: [{ __typename: 'Company', id: picks.homeCompany.id }] },
    );
    expect(dataOf(entities)['_entities']).toEqual([null]);
  });

  it('errors on the company path only and keeps the rest of the user when the company answers 503 (C03b)', async () => {
    failCompany(503);

    const { status, body } = await ask(USER_QUERY, { id: user.id });

    expect(status).toBe(200);
    expect(body.data?.['user']).toEqual({
      id: user.id,
      displayName: user.displayName,
      company: null,
      manager: { id: manager.id, displayName: manager.displayName },
    });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      path: ['user', 'company'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    expect(body.errors![0]!.extensions?.['correlationId']).toEqual(
      expect.any(String),
    );
  });

  it('returns the other root fields when one of them fails', async () => {
    failCompany(503);

    const { body } = await ask(
      `query ($u: ID!, $c: ID!) { user(id: $u) { id } company(id: $c) { id } }`,
      { u: user.id, c: picks.homeCompany.id },
    );

    expect(body.data).toEqual({ user: { id: user.id }, company: null });
    expect(body.errors?.map((error) => error.path)).toEqual([['company']]);
  });
});

describe('bad input', () => {
  it.each([
    ['user', '{ user(id: "not-a-uuid") { id } }'],
    ['company', '{ company(id: "12345") { id } }'],
    ['app', '{ app(id: "../me") { id } }'],
    [
      'users',
      `{ users(ids: ["${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}", "x"]) { id } }`,
    ],
  ])(
    'refuses a %s id that is not a UUID with BAD_USER_INPUT and calls nothing upstream',
    async (_field, query) => {
      const { body } = await ask(query);

      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(profileCalls(stack)).toEqual([]);
    },
  );

  it('refuses more than 100 ids in one list with BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 101 }, () => picks.demoUser.id);

    const { body } = await ask(
      'query ($ids: [ID!]!) { users(ids: $ids) { id } }',
      { ids },
    );

    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(profileCalls(stack)).toEqual([]);
  });
});

describe('values the upstream gets wrong', () => {
  it('cuts a date sent as a date-time to its date', async () => {
    answerUserWith({ ...userOnTheWire(), dateOfBirth: '1975-11-30T00:00:00' });

    const data = dataOf(
      await ask('query ($id: ID!) { user(id: $id) { dateOfBirth } }', {
        id: user.id,
      }),
    );

    expect(data['user']).toEqual({ dateOfBirth: '1975-11-30' });
  });

  it('fails only the field whose upstream value does not fit its scalar', async () => {
    const wire = userOnTheWire();
    answerUserWith({
      ...wire,
      dateOfBirth: 'the 5th of May',
      profileImageURL: 'not a url',
      emails: [{ ...wire.emails![0], value: 'nobody at example' }],
    });

    const { body } = await ask(
      `query ($id: ID!) {
        user(id: $id) { displayName dateOfBirth profileImageUrl emails { value type } }
      }`,
      { id: user.id },
    );

    expect(body.data?.['user']).toEqual({
      displayName: user.displayName,
      dateOfBirth: null,
      profileImageUrl: null,
      emails: [{ value: null, type: 'BUSINESS' }],
    });
    const paths = body.errors?.map((error) => error.path?.join('.'));
    expect(paths?.sort()).toEqual([
      'user.dateOfBirth',
      'user.emails.0.value',
      'user.profileImageUrl',
    ]);
    for (const error of body.errors ?? []) {
      expect(error.extensions?.['code']).toBe('BAD_UPSTREAM_RESPONSE');
    }
  });

  it('gives null for an enum value that is not a string, as for one it does not know', async () => {
    const wire = userOnTheWire();
    const [first] = wire.emails!;
    answerUserWith({
      ...wire,
      emails: [
        { ...first, type: 5 },
        { ...first, type: 'Carrier pigeon' },
      ],
    });

    const { body } = await ask(
      `query ($id: ID!) { user(id: $id) { displayName emails { value type } } }`,
      { id: user.id },
    );

    expect(body.errors).toBeUndefined();
    expect(body.data?.['user']).toEqual({
      displayName: user.displayName,
      emails: [
        { value: first!.value, type: null },
        { value: first!.value, type: null },
      ],
    });
  });

  it('refuses an answer about another user than the one asked for, rather than showing it as the one asked for', async () => {
    answerUserWith(userOnTheWire(manager));

    const { body } = await ask(
      `query ($id: ID!, $reps: [_Any!]!) {
        user(id: $id) { id displayName }
        _entities(representations: $reps) { ... on User { id displayName } }
      }`,
      { id: user.id, reps: [{ __typename: 'User', id: user.id }] },
    );

    expect(body.data).toEqual({ user: null, _entities: [null] });
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'BAD_UPSTREAM_RESPONSE',
      'BAD_UPSTREAM_RESPONSE',
    ]);
    expect(JSON.stringify(body)).not.toContain(manager.displayName);
  });

  it("refuses a /me answer naming another principal than the token's", async () => {
    stack.emulator.faults.add({
      match: { pathPrefix: '/profile/v1/me' },
      action: {
        kind: 'status',
        status: 200,
        body: userOnTheWire(manager),
      },
    });
    const userToken = await stack.emulator.mintToken({ sub: user.id });

    const { body } = await postGraphQL(stack.url, {
      token: userToken,
      query: '{ me { ... on User { id displayName } } }',
    });

    expect(body.data).toEqual({ me: null });
    expect(body.errors?.[0]?.extensions?.['code']).toBe(
      'BAD_UPSTREAM_RESPONSE',
    );
    expect(JSON.stringify(body)).not.toContain(manager.displayName);
  });
});
