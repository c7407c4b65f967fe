/**
 * The thinnest whole path: HTTP in, JWT checked, loaders, connector, the
 * emulator's data centers, and back out.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures, type EmulatorFixtures } from '../src/emulator/index.js';
import { postGraphQL, startStack, type Stack } from './support/stack.js';

const EMPLOYEE = 'com:concur:Employee:1.0';

let stack: Stack;
let picks: EmulatorFixtures;
let token: string;

beforeAll(async () => {
  stack = await startStack();
  picks = fixtures(stack.emulator.data);
  token = await stack.emulator.mintToken({ sub: picks.demoUser.id });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

describe('end to end', () => {
  it('answers me with the caller behind the token', async () => {
    const { status, body } = await postGraphQL(stack.url, {
      token,
      query: '{ me { __typename ... on User { id displayName } } }',
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toEqual({
      __typename: 'User',
      id: picks.demoUser.id,
      displayName: picks.demoUser.displayName,
    });
  });

  it('links a user to a company and a manager in other data centers', async () => {
    const user = picks.userWithRemoteManager;
    const manager = stack.emulator.data.users.find(
      (u) => u.id === user[EMPLOYEE]?.managerId,
    )!;
    const company = stack.emulator.data.companies.find(
      (c) => c.id === user.companyId,
    )!;
    const caller = await stack.emulator.mintToken({ sub: company.id });

    const { body } = await postGraphQL(stack.url, {
      token: caller,
      query: `query ($id: ID!) {
        user(id: $id) { id displayName company { id name } manager { id displayName } }
      }`,
      variables: { id: user.id.toUpperCase() },
    });

    expect(body.errors).toBeUndefined();
    expect(body.data?.user).toEqual({
      id: user.id,
      displayName: user.displayName,
      company: { id: company.id, name: company.name },
      manager: { id: manager.id, displayName: manager.displayName },
    });
    expect(manager.dataCenter).not.toBe(user.dataCenter);
  });

  it('returns the expense extension, which Concur sends only when asked', async () => {
    const expense = picks.demoUser['com:concur:Expense:0.2'];
    expect(expense?.reimbursementCurrency).toBeTruthy();

    const { body } = await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { expense { reimbursementCurrency } } } }',
    });

    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toEqual({
      expense: { reimbursementCurrency: expense?.reimbursementCurrency },
    });
  });

  it('asks for expense settings upstream only when the query reads them', async () => {
    const asked = () =>
      stack.emulator
        .stats()
        .requests.filter((call) => call.route.startsWith('/profile/'))
        .map((call) => call.path.includes('schema=expense'));

    await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { displayName manager { id } } } }',
    });
    expect(asked()).not.toContain(true);

    stack.emulator.reset();
    await postGraphQL(stack.url, {
      token,
      query: `{ me { ...Settings } }
        fragment Settings on User { expense { reimbursementCurrency } }`,
    });
    expect(asked()).toEqual([true]);
  });

  it('sends the correlation id upstream and echoes it on the response', async () => {
    const { headers, body } = await postGraphQL(stack.url, {
      token,
      headers: { 'concur-correlationid': 'corr-e2e-0001' },
      query: '{ me { ... on User { id } } }',
    });

    expect(body.errors).toBeUndefined();
    expect(headers['concur-correlationid']).toBe('corr-e2e-0001');
    const calls = stack.emulator.stats().requests;
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.correlationId === 'corr-e2e-0001')).toBe(true);
    expect(calls.every((c) => c.subject === picks.demoUser.id)).toBe(true);
  });

  it('tells every cache not to keep an answer, on POST and on GET', async () => {
    const query = '{ me { ... on User { id } } }';
    const posted = await postGraphQL(stack.url, { token, query });
    const got = await fetch(`${stack.url}?query=${encodeURIComponent(query)}`, {
      headers: {
        authorization: `Bearer ${token}`,
        'apollo-require-preflight': 'true',
      },
    });

    expect(posted.headers['cache-control']).toBe('no-store');
    expect(got.status).toBe(200);
    expect(got.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a request without a token with 401 and calls nothing upstream', async () => {
    const { status, body } = await postGraphQL(stack.url, {
      query: '{ me { ... on User { id } } }',
    });

    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(stack.emulator.stats().total).toBe(0);
  });
});
