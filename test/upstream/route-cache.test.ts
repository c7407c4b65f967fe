import {
  connect,
  createServer,
  type AddressInfo,
  type Server,
  Socket,
} from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorUser } from '../../src/emulator/index.js';
import { MemoryRouteCache, type RouteCache } from '../../src/upstream/index.js';
import { RedisRouteCache } from '../../src/upstream/redis-route-cache.js';
import {
  requestsOf,
  setupEmulator,
  type EmulatorSetup,
} from './helpers/emulator.js';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** Whether something answers on the Redis port, within 500 ms. */
function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1');
  });
}

/** A port that was free a moment ago, so nothing listens on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A pino logger whose lines land in `lines`, parsed. */
function capturingLogger() {
  const lines: Array<{ level: number; msg: string }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(
        JSON.parse(chunk.toString()) as { level: number; msg: string },
      );
      callback();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

const redisUp = await reachable(6379);
const caches: RouteCache[] = [];
let env: EmulatorSetup | undefined;

afterEach(async () => {
  await Promise.all(caches.splice(0).map((cache) => cache.close()));
  await env?.close();
  env = undefined;
});

function track<T extends RouteCache>(cache: T): T {
  caches.push(cache);
  return cache;
}

describe('MemoryRouteCache', () => {
  it('remembers routes and evicts the least recently used past maxEntries', async () => {
    const cache = track(new MemoryRouteCache({ maxEntries: 2 }));
    await cache.set('a', 'US');
    await cache.set('b', 'EMEA');
    await cache.get('a');
    await cache.set('c', 'CN');

    expect(await cache.get('a')).toBe('US');
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('c')).toBe('CN');
  });

  it('rejects a bad maxEntries with a TypeError naming it', () => {
    expect(() => new MemoryRouteCache({ maxEntries: 0 })).toThrow(/maxEntries/);
  });
});

describe.skipIf(!redisUp)(
  'RedisRouteCache (needs Redis on 127.0.0.1:6379; skipped when none answers)',
  () => {
    const prefix = () => `profile-graph-test:${crypto.randomUUID()}:`;

    it('shares learned routes between two backend instances', async () => {
      env = await setupEmulator();
      const keyPrefix = prefix();
      const first = env.backend({
        routeCache: track(new RedisRouteCache({ url: REDIS_URL, keyPrefix })),
      });
      const second = env.backend({
        routeCache: track(new RedisRouteCache({ url: REDIS_URL, keyPrefix })),
      });
      const remote: EmulatorUser = env.picks.homeCompanyRemoteUser;
      await waitReady(caches);

      await first.users([remote.id], env.ctx());
      const ctx = env.ctx();
      const [user] = await second.users([remote.id], ctx);

      expect(user).toMatchObject({ id: remote.id });
      const calls = requestsOf(env.emulator, ctx.correlationId);
      expect(calls.map((c) => c.dataCenter)).toEqual([remote.dataCenter]);
      expect(second.counters.totals().routeCacheHits).toBe(1);
    });

    it('stores routes with the key prefix and a TTL', async () => {
      const keyPrefix = prefix();
      const writer = track(
        new RedisRouteCache({ url: REDIS_URL, keyPrefix, ttlSeconds: 60 }),
      );
      const reader = track(new RedisRouteCache({ url: REDIS_URL, keyPrefix }));
      await waitReady([writer, reader]);

      await writer.set('abc', 'EMEA');

      expect(await reader.get('abc')).toBe('EMEA');
      expect(await reader.get('missing')).toBeUndefined();
    });

    it('stops waiting on a stalled Redis after one command timeout and warns once', async () => {
      const relay = await freezableRelay(6379);
      const { logger, lines } = capturingLogger();
      const cache = track(
        new RedisRouteCache({
          url: relay.url,
          keyPrefix: prefix(),
          logger,
          commandTimeoutMs: 200,
        }),
      );
      await waitReady([cache]);
      await cache.set('known', 'CN');
      relay.freeze();
      const started = Date.now();

      const first = await cache.get('unknown');
      const firstMs = Date.now() - started;
      for (let i = 0; i < 20; i += 1) await cache.get(`other-${i}`);

      expect(first).toBeUndefined();
      expect(firstMs).toBeGreaterThanOrEqual(150);
      // The rest skip Redis during the cooldown instead of waiting 200 ms each.
      expect(Date.now() - started).toBeLessThan(firstMs + 100);
      expect(await cache.get('known')).toBe('CN');
      expect(lines.filter((line) => line.level === 40)).toHaveLength(1);
      await cache.close();
      await relay.close();
    });

    it('falls back to memory and warns once when Redis is unreachable', async () => {
      const { logger, lines } = capturingLogger();
      const url = `redis://127.0.0.1:${await closedPort()}`;
      const cache = track(new RedisRouteCache({ url, logger }));
      const started = Date.now();

      for (let i = 0; i < 50; i += 1) await cache.set(`id-${i}`, 'EMEA');
      const read = await Promise.all(
        Array.from({ length: 50 }, (_, i) => cache.get(`id-${i}`)),
      );
      await new Promise((resolve) => setTimeout(resolve, 700));

      expect(read.every((dc) => dc === 'EMEA')).toBe(true);
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(cache.degraded).toBe(true);
      const warnings = lines.filter((line) => line.level === 40);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.msg).toMatch(/in-memory route cache/);
    });
  },
);

/**
 * A TCP relay to Redis that can be frozen: while frozen it forwards
 * nothing, so commands hang the way they do on a stalled Redis.
 */
async function freezableRelay(target: number) {
  let frozen = false;
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    client.on('data', (chunk) => frozen || upstream.write(chunk));
    upstream.on('data', (chunk) => frozen || client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    freeze: () => {
      frozen = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        frozen = true;
      }),
  };
}

/** Redis commands are skipped until the client is ready; wait for that. */
async function waitReady(list: RouteCache[]): Promise<void> {
  await expect
    .poll(() =>
      list.every((cache) => !(cache instanceof RedisRouteCache) || cache.ready),
    )
    .toBe(true);
}
