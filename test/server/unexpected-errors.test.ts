/**
 * An unexpected error is masked for the client in production and written to
 * the log in full, with the request's correlation id; and a client's own
 * mistakes (an unsupported persisted query version) get a client code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL, startStack } from '../support/stack.js';
import {
  sendJson,
  startTestServer,
  wireUser,
  type TestServer,
} from '../upstream/helpers/test-server.js';
import { postRaw, type ObservedStack } from './helpers.js';

let stack: ObservedStack;
let standIn: TestServer;
let token: string;

beforeAll(async () => {
  standIn = await startTestServer();
  // The upstream settings only pass the production start check; the stack
  // uses the emulator's key set and the stand-in as its one data center,
  // and trusts the emulator's US data center as the tokens' issuer.
  stack = await startStack(
    (emulator) => ({
      NODE_ENV: 'production',
      UPSTREAM_DATA_CENTERS: 'US=http://127.0.0.1:9',
      JWKS_URL: 'http://127.0.0.1:9/jwks',
      JWT_ISSUERS: emulator.dataCenters['US']!,
      LOG_LEVEL: 'debug',
    }),
    {},
    { dataCenters: () => ({ US: standIn.url }) },
  );
  const subject = fixtures(stack.emulator.data).demoUser.id;
  token = await stack.emulator.mintToken({ sub: subject });
  // Every answer is the caller with an email whose `primary` is a string.
  // The mapper passes email entries through as they came and graphql-js's
  // Boolean refuses the string: a fault of ours, which is what this file
  // needs. Should the mapper learn to drop such values, another will do.
  standIn.setHandler((_req, res) =>
    sendJson(res, 200, {
      ...wireUser(subject),
      emails: [{ value: 'a@example.com', type: 'Business', primary: 'yes' }],
    }),
  );
});
afterAll(async () => {
  await stack?.close();
  await standIn?.close();
});

describe('unexpected errors', () => {
  it('masks the error for the client and logs its cause with the correlation id', async () => {
    const { body } = await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { emails { primary } } } }',
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
    expect(err.message).toContain('Boolean cannot represent');
    expect(err.stack).toContain('GraphQLError');
    expect(lines[0]!['path']).toEqual(['me', 'emails', 0, 'primary']);
    const text = stack.logText();
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[2]);
  });

  it.each([
    ['an unknown field', '{ me { ... on User { nope } } }', undefined],
    [
      'a representation of a type that is no entity',
      'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      { r: [{ __typename: 'PageInfo' }] },
    ],
  ])(
    'logs no error line for a client mistake: %s',
    async (_what, query, variables) => {
      const correlationId = `corr-unexpected-${crypto.randomUUID()}`;
      await postGraphQL(stack.url, {
        token,
        query,
        ...(variables && { variables }),
        headers: { 'concur-correlationid': correlationId },
      });

      const lines = stack
        .logs()
        .filter((line) => line['correlationId'] === correlationId);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((line) => line['level'] !== 50)).toBe(true);
    },
  );
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
