/**
 * The request deadline counts from admission: an operation that waited its
 * turn still gets the whole of REQUEST_DEADLINE_MS for its upstream calls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, type EmulatorUser } from '../../src/emulator/index.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let token: string;
let users: EmulatorUser[];

beforeAll(async () => {
  stack = await startStack({
    LOG_LEVEL: 'silent',
    ADMISSION_CAPACITY: '5',
    ADMISSION_MAX_WAIT_MS: '5000',
    REQUEST_DEADLINE_MS: '1000',
    UPSTREAM_BULK_LOOKUP: 'false',
  });
  const picks = fixtures(stack.emulator.data);
  token = await stack.emulator.mintToken({ sub: picks.homeCompany.id });
  users = picks.homeCompanyLocalUsers.slice(0, 5);
});
afterAll(() => stack.close());

const lookup = (ids: string[]) =>
  postGraphQL(stack.url, {
    query: 'query ($ids: [ID!]!) { users(ids: $ids) { id } }',
    variables: { ids },
    token,
  });

describe('admission and the request deadline', () => {
  it('gives an operation that waited its turn the whole 1 s deadline for its calls', async () => {
    stack.emulator.faults.add({ action: { kind: 'latency', ms: 700 } });
    const first = lookup(users.slice(0, 4).map((u) => u.id));
    // Time for the first to be admitted before the second arrives.
    await new Promise((resolve) => setTimeout(resolve, 200));

    // Waits about 500 ms, then needs 700 ms upstream: past a deadline
    // counted from arrival, within one counted from admission.
    const second = await lookup([users[4]!.id]);

    expect((await first).body.errors).toBeUndefined();
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data).toEqual({ users: [{ id: users[4]!.id }] });
  });
});
