/**
 * The links between users, companies and apps, both ways, and the Relay
 * connection over a company's users.
 */
import { request } from 'undici';
import { Kind, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fixtures,
  type EmulatorFixtures,
  type EmulatorUser,
} from '../../src/emulator/index.js';
import { loadTypeDefs } from '../../src/graph/schema.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';
import { dataOf, profileCalls } from './helpers.js';

const EMPLOYEE = 'com:concur:Employee:1.0';

let stack: Stack;
let picks: EmulatorFixtures;
let token: string;
let members: EmulatorUser[];

beforeAll(async () => {
  stack = await startStack();
  picks = fixtures(stack.emulator.data);
  members = stack.emulator.data.users.filter(
    (u) => u.companyId === picks.homeCompany.id,
  );
  token = await stack.emulator.mintToken({ sub: picks.homeCompany.id });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

const ask = (query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL(stack.url, { token, query, variables });

/** Makes every page of the home company's user list answer `body`. */
const answerCompanyListWith = (body: Record<string, unknown>) =>
  stack.emulator.faults.add({
    match: {
      pathPrefix: `/profile/v1/companies/${picks.homeCompany.id}/users?`,
    },
    action: { kind: 'status', status: 200, body },
  });

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const PAGE = `query ($id: ID!, $first: Int, $after: String) {
  company(id: $id) {
    users(first: $first, after: $after) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

async function page(first: number, after?: string | null) {
  const data = dataOf(
    await ask(PAGE, { id: picks.homeCompany.id, first, after }),
  );
  return (data['company'] as { users: Page }).users;
}

describe('company → users connection', () => {
  it('walks every user page by page with cursors, hasNextPage and totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const current = await page(5, after);
      pages++;
      expect(current.totalCount).toBe(members.length);
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(current.pageInfo.startCursor).toBe(current.edges[0]?.cursor);
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor);
      seen.push(...current.edges.map((edge) => edge.node.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }

    expect(seen).toEqual(members.map((u) => u.id));
    expect(pages).toBe(Math.ceil(members.length / 5));
  });

  it('gives an empty page with null cursors past the end', async () => {
    const last = await page(members.length);

    const beyond = await page(5, last.pageInfo.endCursor);

    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toMatchObject({
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it.each([
    [
      'an after cursor we never issued',
      { first: 5, after: 'bm90LWEtY3Vyc29y' },
    ],
    ['first above 100', { first: 101 }],
    ['a negative first', { first: -1 }],
  ])('refuses %s with BAD_USER_INPUT and no list call', async (_what, args) => {
    const { body } = await ask(PAGE, { id: picks.homeCompany.id, ...args });

    expect(body.errors?.map((e) => e.extensions?.['code'])).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(body.errors?.[0]?.path).toEqual(['company', 'users']);
    const routes = profileCalls(stack).map((call) => call.route);
    expect(routes).not.toContain('/profile/v1/companies/{id}/users');
  });
});

describe('links', () => {
  it('links an app to its owner and connected companies, and a company to its apps', async () => {
    const app = stack.emulator.data.apps[0]!;
    const appToken = await stack.emulator.mintToken({ sub: app.id });

    const data = dataOf(
      await postGraphQL(stack.url, {
        token: appToken,
        query: `query ($id: ID!) { app(id: $id) {
          id ownerCompany { id } connectedCompanies { id apps { id } }
        } }`,
        variables: { id: app.id },
      }),
    );

    expect(data['app']).toEqual({
      id: app.id,
      ownerCompany: { id: app.ownerCompanyUUID },
      connectedCompanies: app.connectedCompanyIds.map((id) => ({
        id,
        apps: [{ id: app.id }],
      })),
    });
  });

  it("lists a manager's direct reports from one company list call", async () => {
    const managers = members.slice(0, 4);
    const reportsOf = (manager: EmulatorUser) =>
      members
        .filter((u) => u[EMPLOYEE]?.managerId === manager.id)
        .map((u) => ({ id: u.id }));

    const data = dataOf(
      await ask(
        'query ($ids: [ID!]!) { users(ids: $ids) { directReports { id } } }',
        {
          ids: managers.map((u) => u.id),
        },
      ),
    );

    expect(data['users']).toEqual(
      managers.map((m) => ({ directReports: reportsOf(m) })),
    );
    const lists = profileCalls(stack).filter(
      (call) => call.route === '/profile/v1/companies/{id}/users',
    );
    expect(lists).toHaveLength(1);
  });

  // SCIM lets a server send fewer users than `count` asks for; the next
  // page must start after the users received, or those between are lost.
  it('finds direct reports past a short page of the company list', async () => {
    const company = picks.homeCompany;
    const manager = members.find((candidate) =>
      members.slice(2).some((u) => u[EMPLOYEE]?.managerId === candidate.id),
    )!;
    const listPath = `/profile/v1/companies/${company.id}/users?startIndex=1&`;
    const shortPage = await request(
      `${stack.emulator.dataCenters[company.dataCenter]}${listPath}count=2`,
      {
        headers: {
          authorization: `Bearer ${token}`,
          'concur-correlationid': 'short-page-test',
        },
      },
    );
    stack.emulator.faults.add({
      match: { pathPrefix: listPath },
      action: {
        kind: 'status',
        status: 200,
        body: await shortPage.body.json(),
      },
    });

    const data = dataOf(
      await ask('query ($id: ID!) { user(id: $id) { directReports { id } } }', {
        id: manager.id,
      }),
    );

    expect(data['user']).toEqual({
      directReports: members
        .filter((u) => u[EMPLOYEE]?.managerId === manager.id)
        .map((u) => ({ id: u.id })),
    });
  });

  it('refuses direct reports with BAD_UPSTREAM_RESPONSE when every page repeats the first, rather than listing people twice', async () => {
    const company = picks.homeCompany;
    const firstPage = await request(
      `${stack.emulator.dataCenters[company.dataCenter]}/profile/v1/companies/${company.id}/users?startIndex=1&count=2`,
      {
        headers: {
          authorization: `Bearer ${token}`,
          'concur-correlationid': 'repeated-page-test',
        },
      },
    );
    answerCompanyListWith(
      (await firstPage.body.json()) as Record<string, unknown>,
    );

    const { body } = await ask(
      'query ($id: ID!) { user(id: $id) { directReports { id } } }',
      { id: members[0]!.id },
    );

    expect(body.data?.['user']).toEqual({ directReports: null });
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'BAD_UPSTREAM_RESPONSE',
    ]);
  });

  it('refuses direct reports with RESULT_TOO_LARGE rather than searching part of a huge company', async () => {
    answerCompanyListWith({
      totalResults: 50_000,
      startIndex: 1,
      Resources: [],
    });

    const { body } = await ask(
      'query ($id: ID!) { user(id: $id) { displayName directReports { id } } }',
      { id: members[0]!.id },
    );

    expect(body.data?.['user']).toEqual({
      displayName: members[0]!.displayName,
      directReports: null,
    });
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'RESULT_TOO_LARGE',
    ]);
  });
});

describe("a company list's paging numbers", () => {
  it.each([
    ['a string', '12'],
    ['a fraction', 1.5],
    ['negative', -5],
    ['past a GraphQL Int', 99_999_999_999],
  ])(
    'fails the connection with BAD_UPSTREAM_RESPONSE when totalResults is %s',
    async (_label, totalResults) => {
      const company = picks.homeCompany;
      answerCompanyListWith({ totalResults, startIndex: 1, Resources: [] });

      const { body } = await ask(
        'query ($id: ID!) { company(id: $id) { name users(first: 5) { totalCount } } }',
        { id: company.id },
      );

      expect(body.data?.['company']).toEqual({
        name: company.name,
        users: null,
      });
      expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual([
        'BAD_UPSTREAM_RESPONSE',
      ]);
    },
  );
});

describe('extensions', () => {
  // Concur sends Expense 0.2 only to `?schema=expense`; the connector must
  // ask for it on every route that returns users, or this is always null.
  it("reads a user's expense settings, which Concur sends only on request", async () => {
    const user = members.find((u) => u['com:concur:Expense:0.2'])!;
    const expense = user['com:concur:Expense:0.2']!;

    const data = dataOf(
      await ask(
        `query ($id: ID!) { user(id: $id) { expense {
          localeCode reimbursementCurrency approverIds
        } } }`,
        { id: user.id },
      ),
    );

    expect(data['user']).toEqual({
      expense: {
        localeCode: expense.localeCode,
        reimbursementCurrency: expense.reimbursementCurrency,
        approverIds: expense.approvers,
      },
    });
  });
});

describe('every field', () => {
  const types = new Map<string, ObjectTypeDefinitionNode>();
  for (const def of loadTypeDefs().definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION)
      types.set(def.name.value, def);
  }
  const namedType = (type: TypeNode): string =>
    type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

  /** A selection of every field below `type`, links to entities left out. */
  function selectAll(type: ObjectTypeDefinitionNode): string {
    const fields = (type.fields ?? []).flatMap((field) => {
      const named = types.get(namedType(field.type));
      if (!named) return [field.name.value];
      if (['User', 'Company', 'App'].includes(named.name.value)) return [];
      if ((field.arguments ?? []).length > 0) return [];
      return [`${field.name.value} { ${selectAll(named)} }`];
    });
    return fields.join(' ');
  }

  it.each(['User', 'Company', 'App'])(
    'reads every field of a seeded %s without an error',
    async (typeName) => {
      const selection = selectAll(types.get(typeName)!);
      const app = stack.emulator.data.apps[0]!;
      const appToken = await stack.emulator.mintToken({ sub: app.id });
      const root = typeName.toLowerCase() as 'user' | 'company' | 'app';
      const id = {
        user: members[5]!.id,
        company: picks.homeCompany.id,
        app: app.id,
      }[root];

      const data = dataOf(
        await postGraphQL(stack.url, {
          token: appToken,
          query: `query ($id: ID!) { ${root}(id: $id) { ${selection} } }`,
          variables: { id },
        }),
      );

      expect(data[root]).toMatchObject({ id });
    },
  );
});
