/**
 * Client mistakes are answered as client errors, with a code a client can
 * branch on and the request's correlation id, in production as well as in
 * development; never as INTERNAL_SERVER_ERROR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  // Production masks unexpected errors, so a client error reported as an
  // internal one would show only "Internal server error" here.
  stack = await startObservedStack({
    NODE_ENV: 'production',
    UPSTREAM_DATA_CENTERS: 'US=http://127.0.0.1:9',
    JWKS_URL: 'http://127.0.0.1:9/jwks',
    LOG_LEVEL: 'silent',
    CORS_ORIGINS: 'http://localhost:5173',
  });
  const { demoUser } = fixtures(stack.emulator.data);
  token = await stack.emulator.mintToken({ sub: demoUser.id });
});
afterAll(() => stack.close());

describe('operations the schema has no root type for', () => {
  for (const kind of ['mutation', 'subscription']) {
    it(`refuses a ${kind} as GRAPHQL_VALIDATION_FAILED`, async () => {
      const response = await postGraphQL(stack.url, {
        query: `${kind} { x }`,
        token,
      });
      expect(response.status).toBe(400);
      const [error] = response.body.errors ?? [];
      expect(error?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error?.message).toBe(
        `This graph has no ${kind} type: it answers queries only.`,
      );
    });
  }
});

describe('_entities', () => {
  const query =
    'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on User { id } } }';

  /** The representation between two of the caller's own user. */
  async function between(representation: unknown) {
    const { demoUser } = fixtures(stack.emulator.data);
    const user = { __typename: 'User', id: demoUser.id };
    const response = await postGraphQL(stack.url, {
      query,
      variables: { r: [user, representation, user] },
      token,
    });
    return { response, user };
  }

  it.each([
    // Types of the schema that are no entity, each failing a different way
    // inside @apollo/subgraph: object types, a federation and an
    // introspection type, a union, and a name the schema does not have.
    'PageInfo',
    'Email',
    'Query',
    '_Service',
    '__Schema',
    'Principal',
    'Invoice',
  ])(
    'answers a representation of type %s with BAD_USER_INPUT in its own slot and resolves the others',
    async (typename) => {
      const { response, user } = await between({
        __typename: typename,
        id: '1',
      });

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({ _entities: [user, null, user] });
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]).toMatchObject({
        message: `_entities: "${typename}" is not an entity type of this subgraph; representations must name App, Company or User.`,
        path: ['_entities', 1],
        extensions: { code: 'BAD_USER_INPUT' },
      });
    },
  );

  it('answers a representation without a __typename with BAD_USER_INPUT in its own slot', async () => {
    const { response, user } = await between({ id: '1' });

    expect(response.body.data).toEqual({ _entities: [user, null, user] });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]).toMatchObject({
      message:
        '_entities: a representation needs a string __typename; representations must name App, Company or User.',
      path: ['_entities', 1],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('requests Apollo refuses before its pipeline', () => {
  it('answers an APQ hash mismatch with 400 BAD_REQUEST', async () => {
    const response = await postRaw(
      stack.url,
      JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
      }),
    );
    expect(response.status).toBe(400);
    expect(response.json().errors?.[0]?.extensions?.['code']).toBe(
      'BAD_REQUEST',
    );
  });

  for (const [name, body] of [
    ['an empty body', ''],
    ['a batch while batching is off', '[{"query":"{ __typename }"}]'],
  ]) {
    it(`puts the correlation id on the error for ${name}`, async () => {
      const response = await postRaw(stack.url, body!);
      expect(response.status).toBe(400);
      const extensions = response.json().errors?.[0]?.extensions;
      expect(extensions?.['code']).toBe('BAD_REQUEST');
      expect(extensions?.['correlationId']).toBe(
        response.headers['concur-correlationid'],
      );
    });
  }
});

describe('401 answers', () => {
  const query = JSON.stringify({ query: '{ me { __typename } }' });

  it('challenge with a bare Bearer when no token came', async () => {
    const response = await postRaw(stack.url, query);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it('say invalid_token when the token sent is refused', async () => {
    const response = await postRaw(stack.url, query, {
      'content-type': 'application/json',
      authorization: 'Bearer not.a.jwt',
    });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      'Bearer error="invalid_token"',
    );
  });

  it('say invalid_request when the header is not a bearer token', async () => {
    const response = await postRaw(stack.url, query, {
      'content-type': 'application/json',
      authorization: 'Basic dXNlcjpwYXNz',
    });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      'Bearer error="invalid_request"',
    );
  });
});

describe('browsers', () => {
  it('may read the correlation id and WWW-Authenticate headers from an allowed origin', async () => {
    const response = await get(`${stack.url}?query=%7B__typename%7D`, {
      origin: 'http://localhost:5173',
      'apollo-require-preflight': 'true',
    });
    expect(response.headers['access-control-expose-headers']).toBe(
      'concur-correlationid,www-authenticate',
    );
  });

  it('may keep a preflight answer for 10 minutes', async () => {
    const response = await fetch(stack.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });
});

describe('the scope refusal of me', () => {
  it('names every scope spelling that would do', async () => {
    const { demoUser } = fixtures(stack.emulator.data);
    const companyOnly = await stack.emulator.mintToken({
      sub: demoUser.id,
      scopes: ['company_read'],
    });
    const response = await postGraphQL(stack.url, {
      query: '{ me { __typename } }',
      token: companyOnly,
    });
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.['code']).toBe('FORBIDDEN');
    expect(error?.message).toBe(
      'This field needs the scope user_read or user.read or user.write or *.',
    );
  });
});
