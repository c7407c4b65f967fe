/**
 * The request deadline counts from admission: an operation that waited its
 * turn still gets the whole of REQUEST_DEADLINE_MS for its upstream calls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdmissionStack, type AdmissionStack } from './admission-stack.js';

let admission: AdmissionStack;

beforeAll(async () => {
  admission = await startAdmissionStack({
    ADMISSION_MAX_WAIT_MS: '5000',
    REQUEST_DEADLINE_MS: '1000',
  });
});
afterAll(() => admission.stack.close());

describe('admission and the request deadline', () => {
  it('gives an operation that waited its turn the whole 1 s deadline for its calls', async () => {
    const { lookup, users, untilGauge } = admission;
    admission.slowUpstream(700);
    const first = lookup(users.slice(0, 4).map((u) => u.id));
    await untilGauge('profile_graph_admission_in_flight', 5);

    // Waits until the first is answered (about 700 ms), then needs 700 ms
    // upstream: past a deadline counted from arrival, within one counted
    // from admission.
    const second = await lookup([users[4]!.id]);

    expect((await first).body.errors).toBeUndefined();
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data).toEqual({ users: [{ id: users[4]!.id }] });
  });
});
