/**
 * Automatic persisted queries in memory and in Redis (shared by two
 * replicas), learned data-center routes shared through Redis, and requests
 * that keep working while Redis is down.
 */
import { createHash, randomUUID } from 'node:crypto';
import net from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fixtures,
  startEmulator,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import {
  postRaw,
  redisReachable,
  startObservedStack,
  type ObservedStack,
} from './helpers.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const redisUp = await redisReachable();

async function persisted(
  url: string,
  token: string,
  query: string,
  sendQuery: boolean,
) {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const response = await postRaw(
    url,
    JSON.stringify({
      ...(sendQuery && { query }),
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    }),
    { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  );
  return { status: response.status, body: response.json() };
}

/** A query no earlier run has registered, so its hash starts unknown. */
const freshQuery = () => `query Apq { me { __typename } } # ${randomUUID()}`;

describe('persisted queries in memory', () => {
  let stack: ObservedStack;
  let token: string;
  beforeAll(async () => {
    stack = await startObservedStack({ LOG_LEVEL: 'silent' });
    token = await stack.emulator.mintToken({
      sub: fixtures(stack.emulator.data).demoUser.id,
    });
  });
  afterAll(() => stack.close());

  it('asks for the query once, then answers from its hash alone', async () => {
    const query = freshQuery();
    const unknown = await persisted(stack.url, token, query, false);
    const registered = await persisted(stack.url, token, query, true);
    const known = await persisted(stack.url, token, query, false);

    expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect(registered.body.data).toEqual({ me: { __typename: 'User' } });
    expect(known.body.data).toEqual({ me: { __typename: 'User' } });
  });
});

describe.skipIf(!redisUp)(
  'Redis shared by two replicas (skipped: no Redis on 127.0.0.1:6379)',
  () => {
    let emulator: RunningEmulator;
    let a: ObservedStack;
    let b: ObservedStack;
    let redis: Redis;
    const env = { LOG_LEVEL: 'silent', REDIS_URL };

    beforeAll(async () => {
      emulator = await startEmulator();
      a = await startObservedStack(env, {}, emulator);
      b = await startObservedStack(env, {}, emulator);
      redis = new Redis(REDIS_URL);
      // Both replicas connect in the background; wait until both serve.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    afterAll(async () => {
      redis.disconnect();
      await a.close();
      await b.close();
      await emulator.close();
    });

    it('answers on one replica a query registered on the other', async () => {
      const token = await emulator.mintToken({
        sub: fixtures(emulator.data).demoUser.id,
      });
      const query = freshQuery();
      await persisted(a.url, token, query, true);
      const onB = await persisted(b.url, token, query, false);

      expect(onB.body.errors).toBeUndefined();
      expect(onB.body.data).toEqual({ me: { __typename: 'User' } });
    });

    it('sends a replica straight to the data center another one learned', async () => {
      const picks = fixtures(emulator.data);
      const user = picks.userWithRemoteManager;
      const manager = emulator.data.users.find(
        (u) => u.id === user['com:concur:Employee:1.0']?.managerId,
      )!;
      const company = emulator.data.companies.find(
        (c) => c.id === user.companyId,
      )!;
      // Whichever of the two lives away from the caller's home is found
      // through a redirect the first time.
      const target = [user, manager].find(
        (u) => u.dataCenter !== company.dataCenter,
      )!;
      const token = await emulator.mintToken({ sub: company.id });
      await redis.del(`profile-graph:route:${target.id}`);
      const query = 'query ($id: ID!) { user(id: $id) { id } }';

      emulator.reset();
      await postGraphQL(a.url, { token, query, variables: { id: target.id } });
      const redirectsOnA = emulator
        .stats()
        .requests.filter((r) => r.status === 301);
      emulator.reset();
      const onB = await postGraphQL(b.url, {
        token,
        query,
        variables: { id: target.id },
      });
      const redirectsOnB = emulator
        .stats()
        .requests.filter((r) => r.status === 301);

      expect(onB.body.data).toEqual({ user: { id: target.id } });
      expect(redirectsOnA.length).toBeGreaterThan(0);
      expect(redirectsOnB).toHaveLength(0);
      expect(await redis.get(`profile-graph:route:${target.id}`)).toBe(
        target.dataCenter,
      );
    });
  },
);

describe('Redis down', () => {
  it('keeps answering, with persisted queries asked again', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as net.AddressInfo;
        server.close(() => resolve(free));
      });
    });
    const stack = await startObservedStack({
      LOG_LEVEL: 'silent',
      REDIS_URL: `redis://127.0.0.1:${port}`,
    });
    try {
      const token = await stack.emulator.mintToken({
        sub: fixtures(stack.emulator.data).demoUser.id,
      });
      const query = freshQuery();
      const registered = await persisted(stack.url, token, query, true);
      const plain = await postGraphQL(stack.url, {
        token,
        query: '{ me { ... on User { id } } }',
      });

      expect(registered.status).toBe(200);
      expect(registered.body.data).toEqual({ me: { __typename: 'User' } });
      expect(plain.body.errors).toBeUndefined();
    } finally {
      await stack.close();
    }
  });
});
