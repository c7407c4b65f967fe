import { describe, expect, it } from 'vitest';
import { cachedVerifier } from '../../src/auth/cached-verifier.js';
import type { Caller } from '../../src/auth/caller.js';
import type { VerifiedToken } from '../../src/auth/verify-token.js';

const caller: Caller = {
  subject: '33c947aa-d5a8-4669-80c3-26744a0a87bb',
  type: 'user',
  grants: new Set(['user_read']),
};

/** A verifier that counts its calls, with a clock the test moves. */
function setup(expiresInMs: number, maxAgeMs = 60_000) {
  let now = 1_000_000;
  const calls: string[] = [];
  const verify = async (token: string): Promise<VerifiedToken> => {
    calls.push(token);
    if (token === 'bad') throw new Error('refused');
    return { caller, expiresAtMs: now + expiresInMs };
  };
  const cached = cachedVerifier(
    verify,
    { maxEntries: 10, maxAgeMs },
    () => now,
  );
  return { cached, calls, advance: (ms: number) => (now += ms) };
}

describe('cached token verifier', () => {
  it('verifies a token once while it stays valid', async () => {
    const { cached, calls } = setup(3_600_000);

    await cached('good');
    await expect(cached('good')).resolves.toBe(caller);

    expect(calls).toEqual(['good']);
  });

  it('checks a token again once the cache age limit has passed', async () => {
    const { cached, calls, advance } = setup(3_600_000, 60_000);

    await cached('good');
    advance(61_000);
    await cached('good');

    expect(calls).toEqual(['good', 'good']);
  });

  it('never trusts a remembered token past its own exp', async () => {
    const { cached, calls } = setup(-1);

    await cached('good');
    await cached('good');

    expect(calls).toEqual(['good', 'good']);
  });

  it('does not remember a refused token', async () => {
    const { cached, calls } = setup(3_600_000);

    await expect(cached('bad')).rejects.toThrow('refused');
    await expect(cached('bad')).rejects.toThrow('refused');

    expect(calls).toEqual(['bad', 'bad']);
  });
});
