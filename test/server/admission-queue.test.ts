/** The admission queue on its own: weights, order, and its two refusals. */
import { describe, expect, it } from 'vitest';
import {
  Admission,
  AdmissionRefusedError,
} from '../../src/server/admission.js';

const options = { capacity: 10, maxWaitMs: 1_000, maxWaiting: 10 };

describe('Admission', () => {
  it('admits operations while their weights fit, and the next when one ends', async () => {
    const admission = new Admission(options);
    const releaseA = await admission.enter(6);
    const releaseB = await admission.enter(4);
    let cAdmitted = false;
    const c = admission.enter(3).then((release) => {
      cAdmitted = true;
      return release;
    });
    await Promise.resolve();
    expect(cAdmitted).toBe(false);
    expect(admission.waiting).toBe(1);

    releaseB();
    expect(await c).toBeTypeOf('function');
    expect(admission.inFlight).toBe(9);
    releaseA();
  });

  it('lets nobody overtake a heavy waiter, so it is never starved', async () => {
    const admission = new Admission(options);
    const release = await admission.enter(5);
    const order: string[] = [];
    const heavy = admission.enter(8).then((r) => (order.push('heavy'), r));
    const light = admission.enter(1).then((r) => (order.push('light'), r));
    await Promise.resolve();
    expect(order).toEqual([]);

    release();
    (await heavy)();
    (await light)();
    expect(order).toEqual(['heavy', 'light']);
  });

  it('runs an operation heavier than the whole capacity alone', async () => {
    const admission = new Admission(options);
    const release = await admission.enter(500);
    expect(admission.inFlight).toBe(10);
    release();
    expect(admission.inFlight).toBe(0);
  });

  it('refuses at once when the queue is full', async () => {
    const admission = new Admission({ ...options, maxWaiting: 1 });
    const release = await admission.enter(10);
    const waiting = admission.enter(1);

    await expect(admission.enter(1)).rejects.toMatchObject({
      reason: 'queue full',
    });
    release();
    (await waiting)();
  });

  it('refuses a request that waited longer than maxWaitMs, and lets the next one in', async () => {
    const admission = new Admission({ ...options, maxWaitMs: 50 });
    const release = await admission.enter(8);
    const heavy = admission.enter(5);
    const light = admission.enter(2);

    await expect(heavy).rejects.toBeInstanceOf(AdmissionRefusedError);
    // The refused heavy waiter no longer holds back the light one behind it.
    expect(await light).toBeTypeOf('function');
    release();
  });

  it('gives a weight back once however often its release is called', async () => {
    const admission = new Admission(options);
    const release = await admission.enter(4);
    release();
    release();
    expect(admission.inFlight).toBe(0);
  });
});

describe('Admission and clients that leave', () => {
  it('drops a waiter whose client went away, so it holds no place in the queue', async () => {
    const admission = new Admission({ ...options, maxWaiting: 1 });
    const release = await admission.enter(10);
    const gone = new AbortController();
    const leaving = admission.enter(1, gone.signal);

    gone.abort();

    await expect(leaving).rejects.toMatchObject({ reason: 'client gone' });
    expect(admission.waiting).toBe(0);
    const next = admission.enter(1);
    release();
    expect(await next).toBeTypeOf('function');
    expect(admission.refused['client gone']).toBe(1);
  });
});
