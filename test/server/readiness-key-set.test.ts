/**
 * Readiness judges the token key set the way the verifier will: a 200 that
 * is not a key set, or holds no key for an accepted algorithm, verifies no
 * caller, so it is `not ready` (`degraded` while keys fetched earlier are
 * still trusted), never `ready` while every query fails.
 */
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fixtures,
  startEmulator,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { get, startProbedSubgraph } from './helpers.js';

const ME = '{ me { ... on User { id } } }';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
afterEach(() => emulator.faults.clear());

/** Every key-set fetch from now on answers 200 with `body`. */
function serveKeySet(body: unknown) {
  emulator.faults.add({
    match: { pathPrefix: '/oauth2' },
    action: { kind: 'status', status: 200, body },
  });
}

function subgraphOverEmulator(env: Record<string, string> = {}) {
  return startProbedSubgraph(
    {
      dataCenters: emulator.dataCenters,
      defaultDataCenter: 'US',
      jwksUrl: emulator.jwksUrl,
    },
    env,
  );
}

/** A public JWK of a fresh key pair for `alg`, with `extra` members. */
async function freshPublicKey(alg: string, extra: object = {}) {
  const { publicKey } = await generateKeyPair(alg, { extractable: true });
  return { ...(await exportJWK(publicKey)), ...extra };
}

async function emulatorKeys(): Promise<object[]> {
  const { text } = await get(emulator.jwksUrl);
  return (JSON.parse(text) as { keys: object[] }).keys;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('readiness of the token key set', () => {
  it.each([
    [
      'a "keys" member that is not a list',
      'not a key set',
      () => ({ keys: 'nope' }),
    ],
    ['no keys', 'no usable keys', () => ({ keys: [] })],
    [
      'only a key of another type (EC for RS256)',
      'no usable keys',
      async () => ({ keys: [await freshPublicKey('ES256')] }),
    ],
    [
      'only an RSA key for another algorithm',
      'no usable keys',
      async () => ({ keys: [await freshPublicKey('RS512', { alg: 'RS512' })] }),
    ],
    [
      'only an RSA key for encryption',
      'no usable keys',
      async () => ({ keys: [await freshPublicKey('RS256', { use: 'enc' })] }),
    ],
  ])(
    'answers 503 naming the key set when it holds %s',
    async (_what, detail, body) => {
      serveKeySet(await body());
      const subgraph = await subgraphOverEmulator();
      try {
        const { status, text, body: ready } = await subgraph.ready();

        expect(status).toBe(503);
        expect(ready).toMatchObject({
          status: 'not ready',
          failing: ['tokenKeys'],
          checks: { tokenKeys: { ok: false, detail } },
        });
        expect(text).not.toContain('nope');
      } finally {
        await subgraph.close();
      }
    },
  );

  it('answers 503 naming the key set when its 200 is not JSON', async () => {
    emulator.faults.add({
      match: { pathPrefix: '/oauth2' },
      action: { kind: 'malformedJson' },
    });
    const subgraph = await subgraphOverEmulator();
    try {
      const { status, body } = await subgraph.ready();

      expect(status).toBe(503);
      expect(body.checks['tokenKeys']).toEqual({
        ok: false,
        detail: 'not a key set',
      });
    } finally {
      await subgraph.close();
    }
  });

  it('answers ready when one key is usable among several that are not or that fit another kid', async () => {
    serveKeySet({
      keys: [
        await freshPublicKey('ES256'),
        await freshPublicKey('RS256', { kid: 'another' }),
        ...(await emulatorKeys()),
      ],
    });
    const subgraph = await subgraphOverEmulator();
    try {
      const { status, body } = await subgraph.ready();
      const token = await emulator.mintToken({
        sub: fixtures(emulator.data).demoUser.id,
      });
      const answer = await postGraphQL(subgraph.url, { token, query: ME });

      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ready', failing: [] });
      expect(answer.body.errors).toBeUndefined();
    } finally {
      await subgraph.close();
    }
  });

  it('stays degraded on cached keys when the key set turns empty, and answers 503 once they are too old', async () => {
    const cacheMaxAgeMs = 1000;
    const subgraph = await subgraphOverEmulator({
      JWKS_CACHE_MAX_AGE_MS: String(cacheMaxAgeMs),
    });
    const sub = fixtures(emulator.data).demoUser.id;
    try {
      // The verifier fetches its keys with the first token.
      const first = await emulator.mintToken({ sub });
      const warm = await postGraphQL(subgraph.url, { token: first, query: ME });
      expect(warm.body.errors).toBeUndefined();
      expect((await subgraph.ready()).body.status).toBe('ready');
      const fetchedBy = Date.now();

      serveKeySet({ keys: [] });
      const cachedNow = await subgraph.ready();
      expect(cachedNow.status).toBe(200);
      expect(cachedNow.body).toMatchObject({
        status: 'degraded',
        failing: ['tokenKeys'],
        checks: { tokenKeys: { ok: false, detail: 'cached; no usable keys' } },
      });

      await sleep(fetchedBy + cacheMaxAgeMs + 50 - Date.now());
      const tooOld = await subgraph.ready();
      expect(tooOld.status).toBe(503);
      expect(tooOld.body).toMatchObject({
        status: 'not ready',
        checks: { tokenKeys: { ok: false, detail: 'no usable keys' } },
      });
    } finally {
      await subgraph.close();
    }
  });
});
