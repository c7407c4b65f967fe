/**
 * Admission control over HTTP: operations weighed by the ids they name
 * wait their turn when the replica is full, and are refused with 503,
 * Retry-After and SERVER_OVERLOADED when the wait would be too long.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import type { EmulatorUser } from '../../src/emulator/index.js';
import type { Stack } from '../support/stack.js';
import { postGraphQL } from '../support/stack.js';
import { startAdmissionStack, type AdmissionStack } from './admission-stack.js';

let admission: AdmissionStack;
let stack: Stack;
let token: string;
let users: EmulatorUser[];

beforeAll(async () => {
  admission = await startAdmissionStack({
    ADMISSION_MAX_WAIT_MS: '1500',
    ADMISSION_MAX_WAITING: '1',
  });
  ({ stack, token, users } = admission);
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.reset();
  stack.emulator.faults.clear();
});

const lookup = (ids: string[], correlationId: string) =>
  admission.lookup(ids, correlationId);
const slowUpstream = (ms: number) => admission.slowUpstream(ms);
const untilGauge = (name: string, value: number) =>
  admission.untilGauge(name, value);

/** When the emulator answered each Profile call of a request, in ms. */
const callTimes = (correlationId: string) =>
  stack.emulator
    .stats()
    .requests.filter((call) => call.correlationId === correlationId)
    .map((call) => Date.parse(call.at));

describe('admission control', () => {
  it('holds an operation that does not fit until the one running ends, then answers it', async () => {
    slowUpstream(300);
    const first = lookup(
      users.slice(0, 4).map((u) => u.id),
      'admit-first-1',
    );
    await untilGauge('profile_graph_admission_in_flight', 5);
    const second = lookup([users[4]!.id], 'admit-second-1');

    const [a, b] = await Promise.all([first, second]);

    expect(a.body.errors).toBeUndefined();
    expect(b.body.data).toEqual({ users: [{ id: users[4]!.id }] });
    // The second asked upstream only once the first had its answers, so
    // its own answer came a whole upstream latency later.
    expect(Math.min(...callTimes('admit-second-1'))).toBeGreaterThanOrEqual(
      Math.max(...callTimes('admit-first-1')) + 250,
    );
  });

  it('refuses at once, with 503 and Retry-After, when a request is already waiting', async () => {
    slowUpstream(800);
    const ids = users.slice(0, 4).map((u) => u.id);
    const running = lookup(ids, 'admit-running-2');
    await untilGauge('profile_graph_admission_in_flight', 5);
    const waiting = lookup([users[4]!.id], 'admit-waiting-2');
    await untilGauge('profile_graph_admission_waiting', 1);

    const refused = await lookup([users[5]!.id], 'admit-refused-2');

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVER_OVERLOADED',
      correlationId: 'admit-refused-2',
    });
    expect(callTimes('admit-refused-2')).toEqual([]);
    const metrics = await (await fetch(`${stack.origin}/metrics`)).text();
    expect(metrics).toMatch(
      /^profile_graph_admission_refused_total\{reason="queue full"\} 1$/m,
    );
    expect((await running).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });

  it('forgets a waiting request whose client hung up: it frees its place and calls nothing', async () => {
    slowUpstream(800);
    const running = lookup(
      users.slice(0, 4).map((u) => u.id),
      'admit-running-4',
    );
    await untilGauge('profile_graph_admission_in_flight', 5);
    const hangUp = new AbortController();
    const leaving = request(stack.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'concur-correlationid': 'admit-leaving-4',
      },
      body: JSON.stringify({
        query: 'query ($ids: [ID!]!) { users(ids: $ids) { id } }',
        variables: { ids: [users[4]!.id] },
      }),
      signal: hangUp.signal,
    }).catch(() => 'hung up');
    await untilGauge('profile_graph_admission_waiting', 1);
    hangUp.abort();
    await untilGauge('profile_graph_admission_waiting', 0);

    // The queue holds one request; the one that left no longer counts.
    const next = await lookup([users[5]!.id], 'admit-next-4');

    expect(await leaving).toBe('hung up');
    expect(next.status).toBe(200);
    expect((await running).status).toBe(200);
    expect(callTimes('admit-leaving-4')).toEqual([]);
  });

  it('gives no place in the queue to a request another check refuses', async () => {
    slowUpstream(800);
    const running = lookup(
      users.slice(0, 4).map((u) => u.id),
      'admit-running-5',
    );
    await untilGauge('profile_graph_admission_in_flight', 5);
    const anonymous = await postGraphQL(stack.url, {
      query: 'query ($ids: [ID!]!) { users(ids: $ids) { id } }',
      variables: { ids: users.slice(0, 4).map((u) => u.id) },
    });
    expect(anonymous.status).toBe(401);

    // The queue holds one request: the refused one must not be in it.
    const next = await lookup([users[5]!.id], 'admit-next-5');

    expect(next.status).toBe(200);
    expect((await running).status).toBe(200);
  });

  it('refuses a request that would wait longer than ADMISSION_MAX_WAIT_MS', async () => {
    slowUpstream(2_500);
    const ids = users.slice(0, 4).map((u) => u.id);
    const running = lookup(ids, 'admit-running-3');
    await untilGauge('profile_graph_admission_in_flight', 5);
    const started = Date.now();

    const refused = await lookup([users[4]!.id], 'admit-late-3');

    expect(refused.status).toBe(503);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe(
      'SERVER_OVERLOADED',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(Date.now() - started).toBeLessThan(2_400);
    expect((await running).status).toBe(200);
  });
});
