/**
 * The upstream misbehaving while the subgraph keeps answering: failing
 * statuses, throttling, dropped connections and answers it cannot read. Each
 * fault costs only the fields it touches, with a stable code, within the
 * request deadline, and leaks no token.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures, type EmulatorUser } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { inPool, percentile, timed } from './support/load.js';
import {
  startHostileStack,
  tokenSecrets,
  type HostileStack,
} from './support/stack.js';

const USER = 'query ($id: ID!) { user(id: $id) { id displayName } }';
const TWO_USERS = `query ($a: ID!, $b: ID!) {
  a: user(id: $a) { id displayName }
  b: user(id: $b) { id displayName }
}`;

let stack: HostileStack;
let token: string;
let local: EmulatorUser[];
let callerId: string;

beforeAll(async () => {
  stack = await startHostileStack({
    env: {
      // One call per id, so a fault on one user leaves its neighbour alone.
      UPSTREAM_BULK_LOOKUP: 'false',
      UPSTREAM_MAX_ATTEMPTS: '6',
      UPSTREAM_CALL_TIMEOUT_MS: '4000',
      REQUEST_DEADLINE_MS: '4000',
      UPSTREAM_MAX_BODY_BYTES: '65536',
    },
  });
  const picks = fixtures(stack.emulator.data);
  local = picks.homeCompanyLocalUsers;
  callerId = picks.demoUser.id;
  token = await stack.emulator.mintToken({ sub: callerId });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

const userQuery = (id: string) =>
  postGraphQL(stack.url, { token, query: USER, variables: { id } });

const callsFor = (id: string) =>
  stack.emulator.stats().requests.filter((call) => call.path.includes(id));

function expectNoTokenLeak(...texts: string[]) {
  for (const secret of tokenSecrets(token)) {
    for (const text of [...texts, stack.logText()]) {
      expect(text).not.toContain(secret);
    }
  }
}

describe('503 on 30% of calls', () => {
  it('answers 100 queries through retries, with a bounded p99', async () => {
    stack.emulator.faults.add({
      match: { pathPrefix: '/profile/v1/users/' },
      rate: 0.3,
      action: { kind: 'status', status: 503 },
    });
    // One at a time: the emulator draws which calls fail from its seed in
    // arrival order, so the run is the same however busy the machine is.
    const runs = await inPool(100, 1, (i) => {
      const user = local[i % local.length]!;
      return timed(() => userQuery(user.id));
    });

    for (const { result } of runs) {
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data?.['user']).toHaveProperty('displayName');
    }
    const statuses = stack.emulator.stats().requests.map((c) => c.status);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(10);
    // About 0.4 s alone (p50 20 ms); 3 s leaves room for a busy machine.
    const p99 = percentile(
      runs.map((run) => run.ms),
      99,
    );
    expect(p99).toBeLessThan(3_000);
  });

  it("retries with the same correlation id and the caller's token", async () => {
    const user = local[0]!;
    stack.emulator.faults.add({
      match: { resourceId: user.id },
      times: 2,
      action: { kind: 'status', status: 503 },
    });
    const { body } = await postGraphQL(stack.url, {
      token,
      query: USER,
      variables: { id: user.id },
      headers: { 'concur-correlationid': 'hostile-503-retry' },
    });

    expect(body.errors).toBeUndefined();
    const calls = callsFor(user.id);
    expect(calls.map((c) => c.status)).toEqual([503, 503, 200]);
    expect(new Set(calls.map((c) => c.correlationId))).toEqual(
      new Set(['hostile-503-retry']),
    );
    // A fault answers before the emulator reads the token; the call that
    // got through shows whose token the retry carried.
    expect(calls.at(-1)?.subject).toBe(callerId);
  });

  it('fails only the failing field with UPSTREAM_UNAVAILABLE when 503 persists', async () => {
    const [bad, good] = [local[0]!, local[1]!];
    stack.emulator.faults.add({
      match: { resourceId: bad.id },
      action: { kind: 'status', status: 503 },
    });
    const { status, body } = await postGraphQL(stack.url, {
      token,
      query: TWO_USERS,
      variables: { a: bad.id, b: good.id },
    });

    expect(status).toBe(200);
    expect(body.data).toEqual({
      a: null,
      b: { id: good.id, displayName: good.displayName },
    });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.path).toEqual(['a']);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_UNAVAILABLE');
    expect(callsFor(bad.id)).toHaveLength(6);
    expectNoTokenLeak(JSON.stringify(body));
  });
});

describe('429 storms with Retry-After', () => {
  it('waits out a short Retry-After for every caller of a storm', async () => {
    stack.emulator.faults.add({
      match: { pathPrefix: '/profile/v1/users/' },
      times: 20,
      action: { kind: 'status', status: 429, retryAfter: 1 },
    });
    const runs = await inPool(20, 20, (i) =>
      timed(() => userQuery(local[i % local.length]!.id)),
    );

    for (const { ms, result } of runs) {
      expect(result.body.errors).toBeUndefined();
      expect(ms).toBeGreaterThanOrEqual(990);
      expect(ms).toBeLessThan(4_000);
    }
  });

  it.each([
    ['delta seconds', 120],
    ['an HTTP date', () => new Date(Date.now() + 120_000).toUTCString()],
  ])(
    'answers RATE_LIMITED at once when Retry-After as %s passes the deadline',
    async (_form, retryAfter) => {
      const user = local[0]!;
      stack.emulator.faults.add({
        match: { resourceId: user.id },
        action: {
          kind: 'status',
          status: 429,
          retryAfter:
            typeof retryAfter === 'function' ? retryAfter() : retryAfter,
        },
      });
      const { ms, result } = await timed(() => userQuery(user.id));

      expect(result.status).toBe(200);
      expect(result.body.data).toEqual({ user: null });
      const extensions = result.body.errors?.[0]?.extensions;
      expect(extensions?.['code']).toBe('RATE_LIMITED');
      expect(extensions?.['retryAfterSeconds']).toBeGreaterThanOrEqual(119);
      expect(callsFor(user.id)).toHaveLength(1);
      expect(ms).toBeLessThan(1_000);
    },
  );

  it('gives up within the deadline when Retry-After: 1 never ends', async () => {
    const user = local[0]!;
    stack.emulator.faults.add({
      match: { resourceId: user.id },
      action: { kind: 'status', status: 429, retryAfter: 1 },
    });
    const { ms, result } = await timed(() => userQuery(user.id));

    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    // Deadline 4 s: at most 4 tries a second apart, then no more waiting.
    expect(callsFor(user.id).length).toBeLessThanOrEqual(4);
    expect(ms).toBeLessThan(4_500);
  });
});

describe('connection resets', () => {
  it('retries a reset call on a new connection and answers', async () => {
    const user = local[0]!;
    stack.emulator.faults.add({
      match: { resourceId: user.id },
      times: 2,
      action: { kind: 'reset' },
    });
    const { body } = await userQuery(user.id);

    expect(body.errors).toBeUndefined();
    expect(body.data?.['user']).toEqual({
      id: user.id,
      displayName: user.displayName,
    });
    expect(callsFor(user.id).map((c) => c.status)).toEqual([0, 0, 200]);
  });

  it('fails only that field with UPSTREAM_UNAVAILABLE when every try resets', async () => {
    const [bad, good] = [local[0]!, local[1]!];
    stack.emulator.faults.add({
      match: { resourceId: bad.id },
      action: { kind: 'reset' },
    });
    const { body } = await postGraphQL(stack.url, {
      token,
      query: TWO_USERS,
      variables: { a: bad.id, b: good.id },
    });

    expect(body.data?.['a']).toBeNull();
    expect(body.data?.['b']).toEqual({
      id: good.id,
      displayName: good.displayName,
    });
    expect(body.errors?.map((e) => e.extensions?.['code'])).toEqual([
      'UPSTREAM_UNAVAILABLE',
    ]);
    expect(callsFor(bad.id)).toHaveLength(6);
    expectNoTokenLeak(JSON.stringify(body));
  });
});

describe('answers that cannot be read', () => {
  it.each([
    ['malformed JSON', { kind: 'malformedJson' } as const],
    ['an oversized body', { kind: 'oversized', bytes: 1_000_000 } as const],
  ])(
    'refuses %s with BAD_UPSTREAM_RESPONSE on that field only',
    async (_name, action) => {
      const [bad, good] = [local[0]!, local[1]!];
      stack.emulator.faults.add({ match: { resourceId: bad.id }, action });
      const { status, body } = await postGraphQL(stack.url, {
        token,
        query: TWO_USERS,
        variables: { a: bad.id, b: good.id },
      });

      expect(status).toBe(200);
      expect(body.data?.['a']).toBeNull();
      expect(body.data?.['b']).toEqual({
        id: good.id,
        displayName: good.displayName,
      });
      expect(body.errors?.map((e) => e.extensions?.['code'])).toEqual([
        'BAD_UPSTREAM_RESPONSE',
      ]);
      // Not retried: the same bytes would come back.
      expect(callsFor(bad.id)).toHaveLength(1);
      const text = JSON.stringify(body);
      expect(text).not.toContain('xxxxxxxx');
      expect(text.length).toBeLessThan(4_096);
      expectNoTokenLeak(text);
    },
  );
});
