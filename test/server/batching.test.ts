/**
 * With BATCHED_REQUESTS=true, a JSON array body runs each operation and
 * answers an array; MAX_BATCHED_OPERATIONS bounds how many, since every
 * other limit counts one operation at a time.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { profileCalls } from '../graph/helpers.js';
import { postRaw, startObservedStack, type ObservedStack } from './helpers.js';

let stack: ObservedStack;
let token: string;

beforeAll(async () => {
  stack = await startObservedStack({
    LOG_LEVEL: 'silent',
    BATCHED_REQUESTS: 'true',
    MAX_BATCHED_OPERATIONS: '3',
  });
  const { demoUser } = fixtures(stack.emulator.data);
  token = await stack.emulator.mintToken({ sub: demoUser.id });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

const batchOf = (n: number) =>
  postRaw(
    stack.url,
    JSON.stringify(
      Array.from({ length: n }, () => ({
        query: '{ me { ... on User { id } } }',
      })),
    ),
    { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  );

describe('batched operations', () => {
  it('answers each operation of a batch within the limit, in order', async () => {
    const response = await batchOf(3);

    expect(response.status).toBe(200);
    const answers = response.json() as unknown as Array<{
      data?: { me?: { id: string } };
      errors?: unknown;
    }>;
    expect(answers).toHaveLength(3);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me?.id).toEqual(expect.any(String));
    }
  });

  it('refuses a longer batch with TOO_MANY_OPERATIONS before running any of it', async () => {
    const response = await batchOf(4);

    expect(response.status).toBe(400);
    expect(response.json().errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_OPERATIONS',
      correlationId: expect.any(String),
    });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(profileCalls(stack)).toHaveLength(0);
  });
});
