/**
 * Federation entities over HTTP: a router's `_entities` call lands each
 * answer on its own representation, keeps failures to their own slot, and
 * turns hundreds of representations into batched upstream calls.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures, type EmulatorUser } from '../../src/emulator/index.js';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';
import {
  dataOf,
  ENTITIES_QUERY,
  expectNoRepeatedLookups,
  filterCalls,
  profileCalls,
  singleLookups,
  WIDE_DATA,
} from './helpers.js';

const MODES = [
  { mode: 'fan-out', bulk: 'false' },
  { mode: 'bulk', bulk: 'true' },
] as const;

describe.each(MODES)('_entities in $mode mode', ({ mode, bulk }) => {
  let stack: Stack;
  let token: string;
  let local: EmulatorUser[];

  beforeAll(async () => {
    // Retries stay on but short, so a permanent fault gives up quickly.
    stack = await startStack({
      UPSTREAM_BULK_LOOKUP: bulk,
      UPSTREAM_MAX_ATTEMPTS: '2',
    });
    const picks = fixtures(stack.emulator.data);
    local = picks.homeCompanyLocalUsers;
    token = await stack.emulator.mintToken({ sub: picks.demoUser.id });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.emulator.reset());

  const entities = (ids: string[], typename = 'User') =>
    postGraphQL(stack.url, {
      token,
      query: ENTITIES_QUERY,
      variables: {
        representations: ids.map((id) => ({ __typename: typename, id })),
      },
    });

  it('lands each answer on its own key whatever order upstream answers in (C01)', async () => {
    const [u1, u2] = [local[1]!, local[2]!];
    const missing = randomUUID();
    const latency = (resourceId: string, ms: number) =>
      stack.emulator.faults.add({
        match: { resourceId },
        action: { kind: 'latency', ms },
      });
    latency(u1.id, 150);
    latency(u2.id, 10);
    latency(missing, 50);

    const data = dataOf(await entities([u1.id, u2.id, missing]));

    expect(data['_entities']).toEqual([
      { id: u1.id, displayName: u1.displayName },
      { id: u2.id, displayName: u2.displayName },
      null,
    ]);
    const calls = profileCalls(stack);
    if (mode === 'fan-out') expect(calls).toHaveLength(3);
    // One filter call for all three; the id it leaves out is asked singly.
    else expect(calls.map((call) => call.status)).toEqual([200, 404]);
  });

  it('fails only the failing key, with its code and correlation id (C02)', async () => {
    const [u1, u2, u3] = [local[0]!, local[1]!, local[2]!];
    stack.emulator.faults.add({
      // Also fails a filter call naming u2, as a real outage would.
      match: { resourceId: u2.id },
      action: { kind: 'status', status: 500 },
    });

    const { status, body } = await postGraphQL(stack.url, {
      token,
      query: ENTITIES_QUERY,
      headers: { 'concur-correlationid': 'corr-graph-c02' },
      variables: {
        representations: [u1, u2, u3].map((u) => ({
          __typename: 'User',
          id: u.id,
        })),
      },
    });

    expect(status).toBe(200);
    expect(body.data?.['_entities']).toEqual([
      { id: u1.id, displayName: u1.displayName },
      null,
      { id: u3.id, displayName: u3.displayName },
    ]);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      path: ['_entities', 1],
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        correlationId: 'corr-graph-c02',
      },
    });
  });

  it('gives null, not an error, for a company that does not exist (C03)', async () => {
    const { body } = await entities([randomUUID()], 'Company');

    expect(body.errors).toBeUndefined();
    expect(body.data?.['_entities']).toEqual([null]);
  });
});

describe('_entities with hundreds of representations', () => {
  let stack: Stack;
  let appToken: string;
  let users: EmulatorUser[];

  beforeAll(async () => {
    stack = await startStack({}, WIDE_DATA);
    users = stack.emulator.data.users;
    // The app is connected to both companies, so it may see all 240 users.
    const app = stack.emulator.data.apps[0]!;
    appToken = await stack.emulator.mintToken({ sub: app.id });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.emulator.reset());

  /** 300 representations: 240 users, 60 of them again in upper case. */
  const representations = () => [
    ...users.map((u) => ({ __typename: 'User', id: u.id })),
    ...users.slice(0, 60).map((u) => ({
      __typename: 'User',
      id: u.id.toUpperCase(),
    })),
  ];

  const entities = () =>
    postGraphQL(stack.url, {
      token: appToken,
      query: ENTITIES_QUERY,
      variables: { representations: representations() },
    });

  it('answers 300 representations in order, fetching no user twice', async () => {
    const data = dataOf(await entities());

    const expected = representations().map((rep) => {
      const user = users.find((u) => u.id === rep.id.toLowerCase())!;
      return { id: user.id, displayName: user.displayName };
    });
    expect(data['_entities']).toEqual(expected);
    expectNoRepeatedLookups(profileCalls(stack));
  });

  it('turns 300 representations into a handful of filter calls once routes are known', async () => {
    await entities();
    stack.emulator.reset();

    dataOf(await entities());

    const calls = profileCalls(stack);
    // 240 distinct ids in loader batches of at most 100, each split by
    // data center into filter calls of at most 50 ids.
    expect(singleLookups(calls)).toEqual([]);
    expect(filterCalls(calls).length).toBe(calls.length);
    expect(calls.length).toBeLessThanOrEqual(12);
  });
});
