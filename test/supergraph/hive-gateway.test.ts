/**
 * profile-graph in a supergraph under Hive Gateway, with the scope
 * directives published (the default): the gateway refuses fields whose
 * `@requiresScopes` the caller's token does not meet before asking any
 * subgraph, and the subgraph would refuse them too.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorUser } from '../../src/emulator/index.js';
import { composeSupergraph } from '../../src/tools/compose.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';
import {
  seedExpenses,
  startExpensesSubgraph,
  type RunningExpenses,
} from './expenses/expenses-subgraph.js';
import {
  startHiveGateway,
  type RunningHiveGateway,
} from './support/hive-gateway.js';

let stack: Stack;
let expenses: RunningExpenses;
let gateway: RunningHiveGateway;
let users: EmulatorUser[];
let caller: EmulatorUser;
let profileSdl: string;

beforeAll(async () => {
  stack = await startStack({ PUBLISH_SCOPE_DIRECTIVES: 'true' });
  const home = stack.emulator.data.companies[0]!;
  users = stack.emulator.data.users.filter((u) => u.companyId === home.id);
  caller = users[0]!;
  expenses = await startExpensesSubgraph(seedExpenses(users));
  // The SDL the running subgraph publishes, read as a router would.
  const { body } = await postGraphQL(stack.url, {
    query: '{ _service { sdl } }',
  });
  profileSdl = (body.data?._service as { sdl: string }).sdl;
  const outcome = composeSupergraph([
    { name: 'profile', url: stack.url, sdl: profileSdl },
    { name: 'expenses', url: expenses.url, sdl: expenses.sdl },
  ]);
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  gateway = await startHiveGateway({
    supergraphSdl: outcome.supergraphSdl,
    jwksUrl: stack.emulator.jwksUrl,
  });
});
afterAll(async () => {
  await gateway?.close();
  await expenses?.close();
  await stack?.close();
});
beforeEach(() => stack.emulator.reset());

describe('supergraph under Hive Gateway, scope directives on', () => {
  it('publishes @requiresScopes for the gateway to enforce', () => {
    expect(profileSdl).toContain('@requiresScopes');
  });

  it('joins an expense with its user and company, carrying token and correlation id', async () => {
    const token = await stack.emulator.mintToken({ sub: caller.id });
    const company = stack.emulator.data.companies[0]!;

    const { body } = await postGraphQL(gateway.url, {
      token,
      headers: { 'concur-correlationid': 'corr-hive-0001' },
      query: `{ expenses(first: 2) {
        id user { id displayName company { name } } company { name }
      } }`,
    });

    expect(body.errors).toBeUndefined();
    expect(body.data?.expenses).toEqual(
      users.slice(0, 2).map((u, i) => ({
        id: `exp-000${i + 1}`,
        user: {
          id: u.id,
          displayName: u.displayName,
          company: { name: company.name },
        },
        company: { name: company.name },
      })),
    );
    const upstream = upstreamProfileCalls(stack);
    expect(upstream.length).toBeGreaterThan(0);
    expect(upstream.every((r) => r.subject === caller.id)).toBe(true);
    expect(upstream.every((r) => r.correlationId === 'corr-hive-0001')).toBe(
      true,
    );
  });

  it('refuses company fields to a token without company_read at the gateway', async () => {
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

    // Refused by the gateway (its code, not the subgraph's FORBIDDEN), with
    // the rest of the operation answered, as Apollo Router does.
    expect(body.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
      [['expenses', 'user', 'company'], 'UNAUTHORIZED_FIELD_OR_TYPE'],
      [['expenses', 'company', 'name'], 'UNAUTHORIZED_FIELD_OR_TYPE'],
    ]);
    const rows = body.data?.expenses as Array<{
      user: unknown;
      company: { name?: unknown } | null;
    }>;
    expect(rows.map((row) => row.user)).toEqual(
      users
        .slice(0, 3)
        .map((u) => ({ displayName: u.displayName, company: null })),
    );
    expect(rows.map((row) => row.company?.name ?? null)).toEqual([
      null,
      null,
      null,
    ]);
    const paths = upstreamProfileCalls(stack).map((r) => r.path);
    expect(paths.some((path) => path.includes('/companies'))).toBe(false);
  });

  it.each([
    ['the dotted spellings', ['user.read', 'company.read']],
    ['the write scopes', ['user.write', 'company.write']],
    ['*', ['*']],
  ])('lets %s through to company fields', async (_name, scopes) => {
    const token = await stack.emulator.mintToken({ sub: caller.id, scopes });

    const { body } = await postGraphQL(gateway.url, {
      token,
      query: '{ expenses(first: 1) { user { company { name } } } }',
    });

    expect(body.errors).toBeUndefined();
    expect(body.data?.expenses).toEqual([
      { user: { company: { name: stack.emulator.data.companies[0]!.name } } },
    ]);
  });
});

/** Profile API calls the emulator answered (token key fetches left out). */
function upstreamProfileCalls(stack: Stack) {
  return stack.emulator
    .stats()
    .requests.filter((r) => r.route.startsWith('/profile/'));
}
