/**
 * What a query shape costs upstream, counted in the emulator's call log: one
 * call per distinct resource at most, one batched wave per level of a query,
 * and ids that differ only in case counted once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fixtures,
  type EmulatorCompany,
  type EmulatorUser,
} from '../../src/emulator/index.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';
import {
  dataOf,
  expectNoRepeatedLookups,
  filterCalls,
  profileCalls,
  singleLookups,
  WIDE_DATA,
} from './helpers.js';

const EMPLOYEE = 'com:concur:Employee:1.0';

// The everyday shape. graphql-armor prices it at about 7 500, well
// under the default MAX_QUERY_COST (src/config.ts), which was raised for it.
const PAGE_QUERY = `query ($id: ID!, $after: String) {
  company(id: $id) {
    name
    users(first: 100, after: $after) {
      edges { node { id displayName company { id name } manager { id displayName } } }
    }
  }
}`;

const MODES = [
  { mode: 'fan-out', bulk: 'false' },
  { mode: 'bulk', bulk: 'true' },
] as const;

describe.each(MODES)('query cost in $mode mode', ({ mode, bulk }) => {
  let stack: Stack;
  let token: string;
  let company: EmulatorCompany;
  let members: EmulatorUser[];

  beforeAll(async () => {
    stack = await startStack({ UPSTREAM_BULK_LOOKUP: bulk }, WIDE_DATA);
    const picks = fixtures(stack.emulator.data);
    company = picks.homeCompany;
    members = stack.emulator.data.users.filter(
      (u) => u.companyId === company.id,
    );
    token = await stack.emulator.mintToken({ sub: company.id });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.emulator.reset());

  const managerOf = (user: EmulatorUser) =>
    members.find((m) => m.id === user[EMPLOYEE]?.managerId) ?? null;

  const expectedEdges = (page: EmulatorUser[]) =>
    page.map((user) => {
      const manager = managerOf(user);
      return {
        node: {
          id: user.id,
          displayName: user.displayName,
          company: { id: company.id, name: company.name },
          manager: manager && {
            id: manager.id,
            displayName: manager.displayName,
          },
        },
      };
    });

  it("reads a company's first 100 users with managers and company in two calls", async () => {
    const data = dataOf(
      await postGraphQL(stack.url, {
        token,
        query: PAGE_QUERY,
        variables: { id: company.id },
      }),
    );

    const users = (data['company'] as { users: { edges: unknown[] } }).users;
    expect(users.edges).toEqual(expectedEdges(members.slice(0, 100)));
    // The company itself and one list call; managers on the page are
    // served from the list, never asked for again.
    expect(profileCalls(stack).map((call) => call.route)).toEqual(
      expect.arrayContaining([
        '/profile/v1/companies/{id}',
        '/profile/v1/companies/{id}/users',
      ]),
    );
    expect(profileCalls(stack)).toHaveLength(2);
  });

  it('looks up managers outside the page at most once each', async () => {
    const cursor = Buffer.from('offset:19').toString('base64url');
    const page = members.slice(20, 120);
    const outside = new Set(
      page
        .map((user) => managerOf(user))
        .filter((m) => m !== null && !page.includes(m))
        .map((m) => m!.id),
    );

    const data = dataOf(
      await postGraphQL(stack.url, {
        token,
        query: PAGE_QUERY,
        variables: { id: company.id, after: cursor },
      }),
    );

    const users = (data['company'] as { users: { edges: unknown[] } }).users;
    expect(users.edges).toEqual(expectedEdges(page));
    const calls = profileCalls(stack);
    expectNoRepeatedLookups(calls);
    const answered = calls.filter((call) => call.status !== 301);
    expect(answered.length).toBeLessThanOrEqual(2 + outside.size);
    if (mode === 'bulk') {
      expect(filterCalls(calls).length).toBeGreaterThan(0);
      expect(singleLookups(calls).length).toBeLessThan(outside.size);
    }
  });

  it('finds a user whose id is sent with spaces around it, in one call', async () => {
    const user = fixtures(stack.emulator.data).homeCompanyLocalUsers[2]!;

    const data = dataOf(
      await postGraphQL(stack.url, {
        token,
        query: `query ($padded: ID!, $plain: ID!) {
          a: user(id: $padded) { id displayName }
          b: user(id: $plain) { id }
        }`,
        variables: { padded: ` ${user.id.toUpperCase()} `, plain: user.id },
      }),
    );

    expect(data).toEqual({
      a: { id: user.id, displayName: user.displayName },
      b: { id: user.id },
    });
    expect(profileCalls(stack)).toHaveLength(1);
  });

  it('costs one call for ids that differ only in case', async () => {
    const user = fixtures(stack.emulator.data).homeCompanyLocalUsers[1]!;
    const { id } = user;

    const data = dataOf(
      await postGraphQL(stack.url, {
        token,
        query: `query ($upper: ID!, $lower: ID!) {
          list: users(ids: [$upper, $lower]) { id displayName }
          a: user(id: $upper) { id displayName }
          b: user(id: $lower) { id }
        }`,
        variables: { upper: id.toUpperCase(), lower: id },
      }),
    );

    const expected = { id, displayName: user.displayName };
    expect(data).toEqual({
      list: [expected, expected],
      a: expected,
      b: { id },
    });
    expect(profileCalls(stack)).toHaveLength(1);
  });

  it('keeps the order of users(ids:) and gives null where not found', async () => {
    const [u1, u2] = [members[2]!, members[1]!];
    const missing = randomUUID();

    const data = dataOf(
      await postGraphQL(stack.url, {
        token,
        query: 'query ($ids: [ID!]!) { users(ids: $ids) { id } }',
        variables: { ids: [u1.id, missing, u2.id.toUpperCase()] },
      }),
    );

    expect(data['users']).toEqual([{ id: u1.id }, null, { id: u2.id }]);
  });
});

describe('nested levels in bulk mode', () => {
  let stack: Stack;
  let token: string;
  let members: EmulatorUser[];

  beforeAll(async () => {
    stack = await startStack({ UPSTREAM_BULK_LOOKUP: 'true' }, WIDE_DATA);
    const company = fixtures(stack.emulator.data).homeCompany;
    members = stack.emulator.data.users.filter(
      (u) => u.companyId === company.id,
    );
    token = await stack.emulator.mintToken({ sub: company.id });
  });
  afterAll(() => stack.close());

  it('asks for each level of users → manager → manager in one wave', async () => {
    const byId = new Map(members.map((u) => [u.id, u]));
    const up = (ids: string[]) => [
      ...new Set(
        ids
          .map((id) => byId.get(id)?.[EMPLOYEE]?.managerId)
          .filter((id): id is string => typeof id === 'string'),
      ),
    ];
    const level1 = members.slice(60, 100).map((u) => u.id);
    const levels = [level1, up(level1), up(up(level1))];
    const query = () =>
      postGraphQL(stack.url, {
        token,
        query: `query ($ids: [ID!]!) {
          users(ids: $ids) { id manager { id manager { id } } }
        }`,
        variables: { ids: level1 },
      });
    // Learn every data-center route first: a cold id that lives elsewhere
    // is looked up singly once, to follow its redirect.
    dataOf(await query());
    stack.emulator.reset();

    dataOf(await query());

    const calls = profileCalls(stack);
    expect(singleLookups(calls)).toEqual([]);
    const waves = filterCalls(calls).map((call) => levelOf(call.path, levels));
    // Each call serves one level only, and a level costs at most one call
    // per data center, however many parents asked.
    expect(waves).not.toContain(-1);
    for (let level = 0; level < levels.length; level++) {
      const count = waves.filter((w) => w === level).length;
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(3);
    }
  });
});

/** Which level's ids a filter call asked for; -1 when it mixes levels. */
function levelOf(path: string, levels: string[][]): number {
  const filter = new URL(path, 'http://x').searchParams.get('filter') ?? '';
  const ids = [...filter.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  return levels.findIndex((level) => ids.every((id) => level.includes(id)));
}
