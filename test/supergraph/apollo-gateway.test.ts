/**
 * profile-graph in a supergraph under a real `@apollo/gateway`, beside the
 * example expenses subgraph of another team, every piece on its own loopback
 * port. `@apollo/gateway` 2.14 cannot load `@requiresScopes`, so the
 * subgraph publishes without it (PUBLISH_SCOPE_DIRECTIVES=false) and
 * enforces scopes on its own.
 */
import { ApolloGateway } from '@apollo/gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorUser } from '../../src/emulator/index.js';
import {
  composeSupergraph,
  exampleExpensesSubgraph,
  PROFILE_SUBGRAPH,
} from '../../src/tools/compose.js';
import { subgraphSdl } from '../../src/tools/subgraph-sdl.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';
import {
  seedExpenses,
  startExpensesSubgraph,
  type RunningExpenses,
} from './expenses/expenses-subgraph.js';
import {
  startApolloGateway,
  type RunningGateway,
} from './support/apollo-gateway.js';

let stack: Stack;
let expenses: RunningExpenses;
let gateway: RunningGateway;
let users: EmulatorUser[];
let caller: EmulatorUser;
let token: string;

beforeAll(async () => {
  // 280 users per company leaves 210 in the company's own data center, so
  // the 200 expenses below all point at users one filter call can reach.
  stack = await startStack(
    { PUBLISH_SCOPE_DIRECTIVES: 'false' },
    { size: { companies: 2, usersPerCompany: 280, apps: 2 } },
  );
  const home = stack.emulator.data.companies[0]!;
  users = stack.emulator.data.users
    .filter((u) => u.companyId === home.id && u.dataCenter === home.dataCenter)
    .slice(0, 200);
  caller = users[0]!;
  token = await stack.emulator.mintToken({ sub: caller.id });
  expenses = await startExpensesSubgraph(seedExpenses(users));
  gateway = await startApolloGateway([
    { name: 'profile', url: stack.url },
    { name: 'expenses', url: expenses.url },
  ]);
});
afterAll(async () => {
  await gateway?.close();
  await expenses?.close();
  await stack?.close();
});
beforeEach(() => {
  stack.emulator.reset();
  gateway.calls.length = 0;
});

describe('supergraph under @apollo/gateway', () => {
  it('joins an expense with its user and the company', async () => {
    const user = users[1]!;
    const company = stack.emulator.data.companies[0]!;

    const { body } = await postGraphQL(gateway.url, {
      token,
      query: `{ expense(id: "exp-0002") {
        id amount user { id displayName company { id name } } company { name }
      } }`,
    });

    expect(body.errors).toBeUndefined();
    expect(body.data?.expense).toEqual({
      id: 'exp-0002',
      amount: expect.any(Number),
      user: {
        id: user.id,
        displayName: user.displayName,
        company: { id: company.id, name: company.name },
      },
      company: { name: company.name },
    });
  });

  it('resolves 200 users in one _entities call and a few upstream filter calls', async () => {
    const { body } = await postGraphQL(gateway.url, {
      token,
      query: '{ expenses(first: 200) { id user { id displayName } } }',
    });

    expect(body.errors).toBeUndefined();
    const rows = body.data?.expenses as Array<{ user: { id: string } }>;
    expect(rows.map((row) => row.user)).toEqual(
      users.map((u) => ({ id: u.id, displayName: u.displayName })),
    );
    const profileCalls = gateway.calls.filter((c) => c.subgraph === 'profile');
    expect(profileCalls).toHaveLength(1);
    expect(profileCalls[0]!.query).toContain('_entities');
    // Loader batches of 100, at most 50 ids per SCIM filter call: 4 calls.
    const upstream = upstreamProfileCalls(stack);
    expect(upstream.every((r) => r.path.includes('filter='))).toBe(true);
    expect(upstream.length).toBeGreaterThan(0);
    expect(upstream.length).toBeLessThanOrEqual(5);
  });

  it('carries the caller token and correlation id from gateway to upstream', async () => {
    const { body } = await postGraphQL(gateway.url, {
      token,
      headers: { 'concur-correlationid': 'corr-gateway-0001' },
      query: '{ expenses(first: 5) { user { displayName company { name } } } }',
    });

    expect(body.errors).toBeUndefined();
    const profileCalls = gateway.calls.filter((c) => c.subgraph === 'profile');
    expect(profileCalls.length).toBeGreaterThan(0);
    for (const call of profileCalls) {
      expect(call.headers['authorization']).toBe(`Bearer ${token}`);
      expect(call.headers['concur-correlationid']).toBe('corr-gateway-0001');
    }
    const upstream = upstreamProfileCalls(stack);
    expect(upstream.length).toBeGreaterThan(0);
    expect(upstream.every((r) => r.subject === caller.id)).toBe(true);
    expect(upstream.every((r) => r.correlationId === 'corr-gateway-0001')).toBe(
      true,
    );
  });

  it('refuses company fields to a token without company_read, answers the rest', async () => {
    const userOnly = await stack.emulator.mintToken({
      sub: caller.id,
      scopes: ['user_read'],
    });

    const { body } = await postGraphQL(gateway.url, {
      token: userOnly,
      query: `{ expenses(first: 3) {
        id user { displayName company { name } } company { name }
      } }`,
    });

    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors?.map((e) => e.extensions?.['code'])).toEqual(
      body.errors?.map(() => 'FORBIDDEN'),
    );
    const rows = body.data?.expenses as Array<{
      id: string;
      user: { displayName: string; company: unknown };
      company: { name?: unknown } | null;
    }>;
    expect(rows.map((row) => row.user)).toEqual(
      users
        .slice(0, 3)
        .map((u) => ({ displayName: u.displayName, company: null })),
    );
    // The gateway keeps the key it got from expenses and nulls the refused
    // name; either way no company data reaches the caller.
    expect(rows.map((row) => row.company?.name ?? null)).toEqual([
      null,
      null,
      null,
    ]);
    // Refused by the subgraph's own check, before any upstream call.
    const paths = upstreamProfileCalls(stack).map((r) => r.path);
    expect(paths.some((path) => path.includes('/companies'))).toBe(false);
  });

  it('refuses to load a supergraph in which profile links @requiresScopes', async () => {
    const outcome = composeSupergraph([
      {
        ...PROFILE_SUBGRAPH,
        sdl: await subgraphSdl({ publishScopeDirectives: true }),
      },
      exampleExpensesSubgraph(),
    ]);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const strict = new ApolloGateway({ supergraphSdl: outcome.supergraphSdl });

    // If this starts passing, @apollo/gateway has learned the directive and
    // PUBLISH_SCOPE_DIRECTIVES=false is no longer needed for it.
    await expect(strict.load()).rejects.toThrow(/requiresScopes/);
    await strict.stop();
  });
});

/** Profile API calls the emulator answered (token key fetches left out). */
function upstreamProfileCalls(stack: Stack) {
  return stack.emulator
    .stats()
    .requests.filter((r) => r.route.startsWith('/profile/'));
}
