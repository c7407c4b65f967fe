/**
 * Whom the subgraph trusts to have issued a token, and how it answers when
 * it cannot check one at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';

const ME = '{ me { __typename } }';

let stack: Stack | undefined;
afterEach(() => stack?.close());

describe('token trust', () => {
  it('trusts only the configured data centers as issuers by default', async () => {
    stack = await startStack();
    const { demoUser } = fixtures(stack.emulator.data);
    const foreign = await stack.emulator.mintToken({
      sub: demoUser.id,
      extraClaims: { iss: 'https://issuer.example' },
    });
    const own = await stack.emulator.mintToken({ sub: demoUser.id });

    const refused = await postGraphQL(stack.url, { token: foreign, query: ME });
    const accepted = await postGraphQL(stack.url, { token: own, query: ME });

    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toContain('"iss"');
    expect(accepted.body.data).toEqual({ me: { __typename: 'User' } });
  });

  it('answers 503 AUTH_UNAVAILABLE, not a bad token, while the key set answers 503', async () => {
    stack = await startStack();
    const { demoUser } = fixtures(stack.emulator.data);
    const token = await stack.emulator.mintToken({ sub: demoUser.id });
    stack.emulator.faults.add({
      match: { pathPrefix: '/oauth2' },
      action: { kind: 'status', status: 503 },
    });

    const { status, body } = await postGraphQL(stack.url, { token, query: ME });

    expect(status).toBe(503);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('AUTH_UNAVAILABLE');
  });
});
