/**
 * Every limit answers with a GraphQL error and its own code, before any
 * upstream call; batching, oversized bodies, CSRF and CORS at the HTTP edge.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import {
  get,
  postRaw,
  startObservedStack,
  type ObservedStack,
} from './helpers.js';

let stack: ObservedStack;
let token: string;

beforeAll(async () => {
  stack = await startObservedStack({
    LOG_LEVEL: 'silent',
    MAX_QUERY_DEPTH: '5',
    MAX_QUERY_ALIASES: '3',
    MAX_QUERY_DIRECTIVES: '3',
    MAX_QUERY_TOKENS: '200',
    MAX_QUERY_COST: '60',
    MAX_REQUEST_BODY_BYTES: '2048',
    CORS_ORIGINS: 'https://app.example.com',
  });
  const { demoUser } = fixtures(stack.emulator.data);
  token = await stack.emulator.mintToken({ sub: demoUser.id });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

// The token check fetches signing keys from the emulator too; those are
// not Profile API calls.
const profileCalls = () =>
  stack.emulator
    .stats()
    .requests.filter((call) => call.route.startsWith('/profile/')).length;

const aliases = (n: number) =>
  Array.from({ length: n }, (_, i) => `a${i}: me { __typename }`).join(' ');

describe('query limits', () => {
  it.each([
    [
      'depth',
      '{ me { ... on User { company { users { nodes { manager { id } } } } } } }',
      'QUERY_TOO_DEEP',
    ],
    ['aliases', `{ ${aliases(4)} }`, 'TOO_MANY_ALIASES'],
    [
      'directives',
      '{ me { a: __typename @include(if: true) b: __typename @include(if: true) c: __typename @skip(if: false) d: __typename @skip(if: false) } }',
      'TOO_MANY_DIRECTIVES',
    ],
    ['tokens', `{ ${'me { __typename } '.repeat(60)} }`, 'QUERY_TOO_LARGE'],
    [
      'cost',
      '{ me { ... on User { id displayName company { id name } manager { id displayName company { id name } manager { id } } } } }',
      'QUERY_TOO_COSTLY',
    ],
  ])(
    'refuses a query over the %s limit with its code and no upstream call',
    async (_name, query, code) => {
      const { status, body } = await postGraphQL(stack.url, { token, query });

      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.map((e) => e.extensions?.['code'])).toContain(code);
      expect(body.errors?.[0]?.message).not.toMatch(/^Syntax Error/);
      expect(profileCalls()).toBe(0);
    },
  );

  it('gives graphql-js\'s bare "Validation aborted." a code and a reason', async () => {
    // Default limits: 1,900 repeats fit in the default 2,000 tokens.
    const roomy = await startObservedStack({ LOG_LEVEL: 'silent' });
    try {
      const { status, body } = await postGraphQL(roomy.url, {
        token: await roomy.emulator.mintToken({
          sub: fixtures(roomy.emulator.data).demoUser.id,
        }),
        query: `{ me { ... on User { ${'displayName '.repeat(1_900)} } } }`,
      });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors?.[0]?.message).toMatch(/duplicate selections/);
    } finally {
      await roomy.close();
    }
  });

  it('answers a query within every limit', async () => {
    const { status, body } = await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { id } } }',
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('HTTP edge', () => {
  it('refuses a batch of operations in one array body', async () => {
    const op = { query: '{ __typename }' };
    const response = await postRaw(stack.url, JSON.stringify([op, op]), {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batching/i);
  });

  it('refuses a body over MAX_REQUEST_BODY_BYTES with 413 and a coded error', async () => {
    const query = `{ __typename } # ${'x'.repeat(4096)}`;
    const response = await postRaw(stack.url, JSON.stringify({ query }));
    expect(response.status).toBe(413);
    expect(response.json().errors?.[0]?.extensions?.['code']).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    // Like every /graphql answer, refusals included.
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each([
    [
      'a gzip body that is not gzip',
      { 'content-encoding': 'gzip' },
      400,
      'BAD_REQUEST',
    ],
    [
      'a compression it does not read',
      { 'content-encoding': 'compress' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a charset other than UTF-8',
      { 'content-type': 'application/json; charset=latin1' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ])(
    'answers %s with a coded JSON error, not a 500',
    async (_, headers, status, code) => {
      const response = await postRaw(stack.url, '{"query":"{ __typename }"}', {
        'content-type': 'application/json',
        ...headers,
      });
      expect(response.status).toBe(status);
      expect(response.json().errors?.[0]?.extensions).toMatchObject({
        code,
        correlationId: expect.any(String),
      });
    },
  );

  it('refuses a declared Content-Length over the limit at once, without waiting for the body', async () => {
    const { host, port } = new URL(stack.url);
    const socket = connect(Number(port), host.split(':')[0]);
    const started = Date.now();
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\ncontent-length: 99999999\r\n\r\n{"query":`,
    );
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });

    expect(answer).toMatch(/^HTTP\/1.1 413 /);
    expect(answer).toContain('PAYLOAD_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('answers a path beside /graphql with a JSON 404, not an HTML page', async () => {
    const response = await postRaw(`${stack.origin}/GRAPHQL`, '{}');
    expect(response.status).toBe(404);
    expect(response.json().errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('refuses a GET without a preflight-forcing header (CSRF prevention)', async () => {
    const response = await get(`${stack.url}?query=%7B__typename%7D`);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF/);
  });

  it('refuses a simple-request POST with a form content type (CSRF prevention)', async () => {
    const response = await postRaw(stack.url, 'query={__typename}', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF/);
  });

  it('allows a configured CORS origin and no other', async () => {
    const allowed = await get(`${stack.url}?query=%7B__typename%7D`, {
      origin: 'https://app.example.com',
      'apollo-require-preflight': 'true',
    });
    const other = await get(`${stack.url}?query=%7B__typename%7D`, {
      origin: 'https://evil.example.com',
      'apollo-require-preflight': 'true',
    });
    expect(allowed.headers['access-control-allow-origin']).toBe(
      'https://app.example.com',
    );
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
