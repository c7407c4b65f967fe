/**
 * One request may not name more ids than MAX_IDS_PER_REQUEST, however it
 * spreads them (aliases, fragments, `_entities`), so no single query fans
 * out into hundreds of upstream calls.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let token: string;

beforeAll(async () => {
  stack = await startStack({ MAX_IDS_PER_REQUEST: '300' });
  token = await stack.emulator.mintToken({
    sub: fixtures(stack.emulator.data).homeCompany.id,
  });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

const ids = (n: number) => Array.from({ length: n }, () => randomUUID());

describe('lookup budget', () => {
  it('counts ids given as a variable default, not only ids sent as variables', async () => {
    const fields = Array.from(
      { length: 4 },
      (_, i) => `a${i}: users(ids: $ids) { id }`,
    ).join(' ');
    const defaults = JSON.stringify(ids(100));
    const { status, body } = await postGraphQL(stack.url, {
      token,
      query: `query ($ids: [ID!]! = ${defaults}) { ${fields} }`,
    });

    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_IDS');
    expect(stack.profileCalls()).toBe(0);
  });

  it('refuses ids spread over aliases before any upstream call', async () => {
    const fields = Array.from(
      { length: 4 },
      (_, i) => `a${i}: users(ids: $ids) { id }`,
    ).join(' ');
    const { status, body } = await postGraphQL(stack.url, {
      token,
      query: `query ($ids: [ID!]!) { ${fields} }`,
      variables: { ids: ids(100) },
    });

    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_IDS');
    expect(body.errors?.[0]?.message).toContain('400 ids');
    expect(stack.profileCalls()).toBe(0);
  });

  it('counts a fragment once for every place it is spread', async () => {
    const list = JSON.stringify(ids(100));
    const { body } = await postGraphQL(stack.url, {
      token,
      query: `fragment F on Query { users(ids: ${list}) { id } }
        query { ...F a: __typename ...F ... on Query { ...F ...F } }`,
    });

    expect(body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_IDS');
    expect(stack.profileCalls()).toBe(0);
  });

  it('refuses an _entities call with more representations than allowed', async () => {
    const representations = ids(301).map((id) => ({ __typename: 'User', id }));
    const { status, body } = await postGraphQL(stack.url, {
      token,
      query:
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }',
      variables: { r: representations },
    });

    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_IDS');
    expect(stack.profileCalls()).toBe(0);
  });

  it('serves an _entities call within the budget', async () => {
    const representations = ids(300).map((id) => ({ __typename: 'User', id }));
    const { status, body } = await postGraphQL(stack.url, {
      token,
      query:
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }',
      variables: { r: representations },
    });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['_entities']).toHaveLength(300);
  });
});
