/**
 * What Apollo Server shows outside the operations: introspection by
 * setting, landing pages, and inline traces for a router that asks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { get, startObservedStack, type ObservedStack } from './helpers.js';

const INTROSPECT = '{ __schema { queryType { name } } }';

describe('development defaults', () => {
  let stack: ObservedStack;
  beforeAll(async () => {
    stack = await startObservedStack({ LOG_LEVEL: 'silent' });
  });
  afterAll(() => stack.close());

  it('answers introspection without a token', async () => {
    const { body } = await postGraphQL(stack.url, { query: INTROSPECT });
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('shows the embedded Sandbox to a browser', async () => {
    const { status, text } = await get(stack.url, { accept: 'text/html' });
    expect(status).toBe(200);
    expect(text).toContain('embeddable-sandbox');
  });

  it('adds an inline trace only when a router asks for ftv1', async () => {
    const token = await stack.emulator.mintToken({
      sub: fixtures(stack.emulator.data).demoUser.id,
    });
    const query = '{ me { __typename } }';
    const plain = await postGraphQL(stack.url, { token, query });
    const traced = await postGraphQL(stack.url, {
      token,
      query,
      headers: { 'apollo-federation-include-trace': 'ftv1' },
    });
    expect((plain.body as { extensions?: object }).extensions).toBeUndefined();
    expect(
      (traced.body as { extensions?: { ftv1?: string } }).extensions?.ftv1,
    ).toEqual(expect.any(String));
  });
});

describe('INTROSPECTION=false', () => {
  let stack: ObservedStack;
  beforeAll(async () => {
    stack = await startObservedStack({
      LOG_LEVEL: 'silent',
      INTROSPECTION: 'false',
    });
  });
  afterAll(() => stack.close());

  it('refuses introspection', async () => {
    const { status, body } = await postGraphQL(stack.url, {
      query: INTROSPECT,
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(body.errors?.[0]?.message).toContain('INTROSPECTION setting');
    expect(body.errors?.[0]?.message).not.toContain('ApolloServer');
  });

  it('shows the production landing page, not Sandbox', async () => {
    const { status, text } = await get(stack.url, { accept: 'text/html' });
    expect(status).toBe(200);
    expect(text).not.toContain('embeddable-sandbox');
    expect(text).toContain('To explore the graph, use your supergraph');
  });
});
