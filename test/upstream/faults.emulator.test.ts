import { afterEach, describe, expect, it } from 'vitest';
import type { UpstreamError } from '../../src/upstream/errors.js';
import type { EmulatorUser } from '../../src/emulator/index.js';
import {
  requestsOf,
  setupEmulator,
  type EmulatorSetup,
} from './helpers/emulator.js';

let env: EmulatorSetup | undefined;

afterEach(async () => {
  await env?.close();
  env = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('upstream faults scripted in the emulator', () => {
  it('succeeds on a pooled connection the server closed while idle, with at most one retry and the same correlation id', async () => {
    env = await setupEmulator({ keepAliveTimeoutMs: 1_000 });
    // The client would keep idle sockets longer than the server does.
    const upstream = env.backend({ keepAliveTimeoutMs: 10_000 });
    const [u1, u2] = env.picks.homeCompanyLocalUsers as [
      EmulatorUser,
      EmulatorUser,
    ];

    const [first] = await upstream.users([u1.id], env.ctx());
    await sleep(1_500);
    const ctx = env.ctx();
    const [second] = await upstream.users([u2.id], ctx);

    expect(first).toMatchObject({ id: u1.id });
    expect(second).toMatchObject({ id: u2.id });
    const calls = requestsOf(env.emulator, ctx.correlationId);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(2);
  });

  it('fails delayed headers and a stalled body as UPSTREAM_TIMEOUT within about 2.5 s while a parallel call is fine', async () => {
    env = await setupEmulator();
    const upstream = env.backend({ callTimeoutMs: 2_000 });
    const [u1, u2, u3] = env.picks.homeCompanyLocalUsers as [
      EmulatorUser,
      EmulatorUser,
      EmulatorUser,
    ];
    env.emulator.faults.add({
      match: { resourceId: u1.id },
      action: { kind: 'latency', ms: 5_000 },
    });
    env.emulator.faults.add({
      match: { resourceId: u2.id },
      action: { kind: 'stallBody', ms: 5_000 },
    });
    const started = Date.now();

    const [batch, parallel] = await Promise.all([
      upstream.users([u1.id, u2.id], env.ctx()),
      upstream.users([u3.id], env.ctx()),
    ]);

    expect(Date.now() - started).toBeLessThan(2_500);
    // In bulk mode the filter call naming u1 and u2 times out for both.
    expect((batch[0] as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect((batch[1] as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect(parallel[0]).toMatchObject({ id: u3.id });
  });

  it('fails delayed headers and a stalled body singly as UPSTREAM_TIMEOUT', async () => {
    env = await setupEmulator();
    const upstream = env.backend({
      callTimeoutMs: 2_000,
      bulkLookup: { enabled: false },
    });
    const [u1, u2, u3] = env.picks.homeCompanyLocalUsers as [
      EmulatorUser,
      EmulatorUser,
      EmulatorUser,
    ];
    env.emulator.faults.add({
      match: { resourceId: u1.id },
      action: { kind: 'latency', ms: 5_000 },
    });
    env.emulator.faults.add({
      match: { resourceId: u2.id },
      action: { kind: 'stallBody', ms: 5_000 },
    });
    const started = Date.now();

    const result = await upstream.users([u1.id, u2.id, u3.id], env.ctx());

    expect(Date.now() - started).toBeLessThan(2_500);
    expect((result[0] as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect((result[1] as UpstreamError).code).toBe('UPSTREAM_TIMEOUT');
    expect(result[2]).toMatchObject({ id: u3.id });
  });

  it('retries a 429 with Retry-After: 1 once, no sooner than 1 s, with the same correlation id', async () => {
    env = await setupEmulator();
    const upstream = env.backend();
    const [u1] = env.picks.homeCompanyLocalUsers as [EmulatorUser];
    env.emulator.faults.add({
      match: { resourceId: u1.id },
      times: 1,
      action: { kind: 'status', status: 429, retryAfter: 1 },
    });
    const ctx = env.ctx();

    const [user] = await upstream.users([u1.id], ctx);

    expect(user).toMatchObject({ id: u1.id });
    const calls = requestsOf(env.emulator, ctx.correlationId);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    const gap = Date.parse(calls[1]!.at) - Date.parse(calls[0]!.at);
    expect(gap).toBeGreaterThanOrEqual(1_000);
  });

  it('answers RATE_LIMITED at once when Retry-After: 120 passes a 10 s deadline', async () => {
    env = await setupEmulator();
    const upstream = env.backend();
    const [u1] = env.picks.homeCompanyLocalUsers as [EmulatorUser];
    env.emulator.faults.add({
      match: { resourceId: u1.id },
      action: { kind: 'status', status: 429, retryAfter: 120 },
    });
    const started = Date.now();

    const [result] = await upstream.users(
      [u1.id],
      env.ctx({ deadlineAt: Date.now() + 10_000 }),
    );

    const error = result as UpstreamError;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBe(120);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('refuses a redirect to a host outside the table', async () => {
    env = await setupEmulator();
    const upstream = env.backend();
    const [u1] = env.picks.homeCompanyLocalUsers as [EmulatorUser];
    env.emulator.faults.add({
      match: { resourceId: u1.id },
      action: { kind: 'redirect', location: 'http://127.0.0.1:9/steal' },
    });

    const [result] = await upstream.users([u1.id], env.ctx());

    expect((result as UpstreamError).code).toBe('REDIRECT_REFUSED');
  });
});
