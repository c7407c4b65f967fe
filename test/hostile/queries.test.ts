/**
 * Operations built to cost the server or the upstream as much as possible:
 * deep nesting, alias and field-duplication bombs, huge id lists, batches,
 * introspection while it is off, directive bombs. Each is stopped with a
 * clear error before any upstream call. The stack runs as in production
 * (introspection off), with the default limits, pointed at the emulator.
 */
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { startHostileStack, type HostileStack } from './support/stack.js';

let stack: HostileStack;
let token: string;
let ids: string[];

beforeAll(async () => {
  stack = await startHostileStack({
    env: (emulator) => ({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      UPSTREAM_DATA_CENTERS: Object.entries(emulator.dataCenters)
        .map(([name, url]) => `${name}=${url}`)
        .join(','),
      JWKS_URL: emulator.jwksUrl,
    }),
  });
  const { demoUser } = fixtures(stack.emulator.data);
  token = await stack.emulator.mintToken({ sub: demoUser.id });
  ids = stack.emulator.data.users.map((user) => user.id);
  // Fetches the token keys once, so every test below can expect the
  // emulator to see nothing at all.
  expect((await post({ query: '{ me { __typename } }' })).status).toBe(200);
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

interface Answer {
  status: number;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
  data?: Record<string, unknown> | null;
}

async function post(body: unknown): Promise<Answer> {
  const response = await request(stack.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify(body),
  });
  const text = await response.body.text();
  const parsed = JSON.parse(text) as Partial<Answer>;
  return {
    ...parsed,
    status: response.statusCode,
    errors: parsed.errors ?? [],
  };
}

/** Refused with `code` (HTTP `status`) and nothing sent upstream. */
async function expectStopped(body: unknown, code: string, status = 400) {
  const answer = await post(body);
  expect(answer.status).toBe(status);
  expect(answer.errors.map((e) => e.extensions?.['code'])).toContain(code);
  expect(stack.emulator.stats().total).toBe(0);
  return answer;
}

const repeat = (n: number, item: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => item(i)).join(' ');

describe('deep nesting', () => {
  it('refuses a chain of managers deeper than the limit', () =>
    expectStopped(
      {
        query: `{ me { ... on User { ${'manager { '.repeat(20)}id${' }'.repeat(20)} } } }`,
      },
      'QUERY_TOO_DEEP',
    ));

  it('refuses depth built from a chain of named fragments', () => {
    const fragments = repeat(
      15,
      (i) =>
        `fragment F${i} on User { manager { ${i < 14 ? `...F${i + 1}` : 'id'} } }`,
    );
    return expectStopped(
      { query: `{ me { ...F0 } } ${fragments}` },
      'QUERY_TOO_DEEP',
    );
  });

  it('refuses depth through links between types', () =>
    expectStopped(
      {
        query: `{ me { ... on User { ${'company { users { edges { node { '.repeat(4)}id${' } } } }'.repeat(4)} } } }`,
      },
      'QUERY_TOO_DEEP',
    ));
});

describe('alias and field duplication bombs', () => {
  it('refuses more root aliases than allowed', () =>
    expectStopped(
      { query: `{ ${repeat(31, (i) => `a${i}: me { __typename }`)} }` },
      'TOO_MANY_ALIASES',
    ));

  it('refuses lookups of distinct ids under more aliases than allowed', () =>
    expectStopped(
      {
        query: `{ ${repeat(40, (i) => `u${i}: user(id: "${ids[i]}") { id }`)} }`,
      },
      'TOO_MANY_ALIASES',
    ));

  it('refuses aliases of a scalar field deep inside the query', () =>
    expectStopped(
      {
        query: `{ me { ... on User { ${repeat(40, (i) => `f${i}: displayName`)} } } }`,
      },
      'TOO_MANY_ALIASES',
    ));

  it('refuses a thousand aliases before parsing them all', () =>
    expectStopped(
      { query: `{ ${repeat(1_000, (i) => `a${i}: me { __typename }`)} }` },
      'QUERY_TOO_LARGE',
    ));

  it('refuses a field repeated past the token limit', () =>
    expectStopped(
      { query: `{ me { ... on User { ${'id '.repeat(5_000)} } } }` },
      'QUERY_TOO_LARGE',
    ));

  it('refuses a field repeated within the token limit with an error that says why', async () => {
    // 1,900 copies fit in 2,000 tokens; merging them is quadratic work,
    // which graphql-js cuts short with a bare "Validation aborted.".
    const answer = await expectStopped(
      { query: `{ me { ... on User { ${'displayName '.repeat(1_900)} } } }` },
      'QUERY_TOO_COMPLEX',
    );
    expect(answer.errors[0]?.message).toMatch(/repeat|duplicat/i);
  });

  it('answers one lookup repeated 200 times with a single upstream call', async () => {
    const answer = await post({
      query: `{ ${`user(id: "${ids[1]}") { id } `.repeat(200)} }`,
    });

    expect(answer.errors).toEqual([]);
    expect(answer.data).toEqual({ user: { id: ids[1] } });
    expect(stack.profileCalls()).toBe(1);
  });
});

describe('huge id lists', () => {
  it.each(['users', 'companies', 'apps'])(
    'refuses %s(ids:) with 101 ids as BAD_USER_INPUT',
    async (field) => {
      const list = Array.from({ length: 101 }, (_, i) => ids[i % ids.length]);
      const answer = await expectStopped(
        {
          query: `query ($ids: [ID!]!) { ${field}(ids: $ids) { id } }`,
          variables: { ids: list },
        },
        'BAD_USER_INPUT',
        200,
      );
      expect(answer.data).toEqual({ [field]: null });
    },
  );

  it('refuses 5,000 ids written inline in the query', () =>
    expectStopped(
      {
        query: `{ users(ids: ${JSON.stringify(ids.slice(0, 36).flatMap((id) => Array(140).fill(id)))}) { id } }`,
      },
      'QUERY_TOO_LARGE',
    ));

  it('refuses a variables list larger than the body limit', async () => {
    const list = Array.from({ length: 10_000 }, (_, i) => ids[i % ids.length]);
    const answer = await post({
      query: 'query ($ids: [ID!]!) { users(ids: $ids) { id } }',
      variables: { ids: list },
    });

    expect(answer.status).toBe(413);
    expect(answer.errors.length).toBeGreaterThan(0);
    expect(stack.emulator.stats().total).toBe(0);
  });
});

describe('batched operations', () => {
  it.each([2, 1_000])('refuses a JSON array of %i operations', async (n) => {
    const answer = await expectStopped(
      Array.from({ length: n }, () => ({ query: '{ me { __typename } }' })),
      'BAD_REQUEST',
    );
    expect(answer.errors[0]?.message).toMatch(/batch/i);
  });
});

describe('introspection while it is off', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "User") { fields { name } } }'],
    [
      '__schema inside a fragment',
      'query { ...F } fragment F on Query { __schema { queryType { name } } }',
    ],
    ['__schema under an alias', '{ s: __schema { types { name } } }'],
  ])('refuses %s', async (_name, query) => {
    const answer = await expectStopped({ query }, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors[0]?.message).toMatch(/introspection/i);
  });
});

describe('directive bombs', () => {
  it('refuses more directives than allowed', () =>
    expectStopped(
      { query: `{ me { ${'__typename @skip(if: false) '.repeat(60)} } }` },
      'TOO_MANY_DIRECTIVES',
    ));

  it('refuses one directive repeated on a field', () =>
    expectStopped(
      { query: `{ me { __typename ${'@include(if: true) '.repeat(40)} } }` },
      'GRAPHQL_VALIDATION_FAILED',
    ));

  it('refuses unknown directives in bulk', () =>
    expectStopped(
      { query: `{ me { __typename ${repeat(60, (i) => `@d${i}`)} } }` },
      'TOO_MANY_DIRECTIVES',
    ));
});
