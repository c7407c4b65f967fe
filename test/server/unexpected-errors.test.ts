/**
 * An unexpected error is masked for the client in production and written to
 * the log in full, with the request's correlation id; and a client's own
 * mistakes (an unsupported persisted query version) get a client code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { postRaw, startObservedStack, type ObservedStack } from './helpers.js';

let stack: ObservedStack;
let token: string;

beforeAll(async () => {
  // The upstream settings only pass the production start check; the
  // helper points the subgraph at its own emulator.
  stack = await startObservedStack({
    NODE_ENV: 'production',
    UPSTREAM_DATA_CENTERS: 'US=http://127.0.0.1:9',
    JWKS_URL: 'http://127.0.0.1:9/jwks',
  });
  const subject = fixtures(stack.emulator.data).demoUser.id;
  token = await stack.emulator.mintToken({ sub: subject });
});
afterAll(() => stack.close());

describe('unexpected errors', () => {
  it('masks the error for the client and logs its cause with the correlation id', async () => {
    const { body } = await postGraphQL(stack.url, {
      token,
      query:
        'query($r:[_Any!]!){ _entities(representations:$r){ __typename } }',
      variables: { r: [{ __typename: 'Query' }] },
      headers: { 'concur-correlationid': 'corr-unexpected-1' },
    });

    expect(body.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const lines = stack
      .logs()
      .filter(
        (line) =>
          line['level'] === 50 && line['correlationId'] === 'corr-unexpected-1',
      );
    expect(lines).toHaveLength(1);
    const err = lines[0]!['err'] as { message: string; stack: string };
    expect(err.message).toContain('"Query" is not a possible type');
    expect(err.stack).toContain('GraphQLError');
    expect(lines[0]!['path']).toEqual(['_entities', 0]);
    const text = stack.logText();
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[2]);
  });

  it('logs no error line for a client mistake', async () => {
    await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { nope } } }',
      headers: { 'concur-correlationid': 'corr-unexpected-2' },
    });

    const lines = stack
      .logs()
      .filter((line) => line['correlationId'] === 'corr-unexpected-2');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line['level'] !== 50)).toBe(true);
  });
});

describe('persisted query version', () => {
  it('answers an unsupported version with a client code', async () => {
    const response = await postRaw(
      stack.url,
      JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } },
      }),
      {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
    );

    expect(response.status).toBe(400);
    expect(response.json().errors?.[0]?.extensions?.['code']).toBe(
      'PERSISTED_QUERY_NOT_SUPPORTED',
    );
  });
});
