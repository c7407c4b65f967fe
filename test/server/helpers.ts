/**
 * Helpers for the server tests, which read what the server writes (logs)
 * as well as what it answers.
 */
import net from 'node:net';
import { pino } from 'pino';
import { request } from 'undici';
import { readConfig } from '../../src/config.js';
import type {
  EmulatorOptions,
  RunningEmulator,
} from '../../src/emulator/index.js';
import {
  startSubgraph,
  type UpstreamTarget,
} from '../../src/server/subgraph.js';
import { startStack, type Stack } from '../support/stack.js';

export type ObservedStack = Stack;

/** The shared stack, logging at debug unless `env` says otherwise. */
export function startObservedStack(
  env: Record<string, string> = {},
  emulatorOptions: EmulatorOptions = {},
  emulator?: RunningEmulator,
): Promise<ObservedStack> {
  return startStack({ LOG_LEVEL: 'debug', ...env }, emulatorOptions, {
    ...(emulator && { emulator }),
  });
}

/** A silent logger for tests that do not read logs. */
export const silent = pino({ level: 'silent' });

/** GET a path; the body as text. */
export async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  const response = await request(url, { headers });
  return {
    status: response.statusCode,
    headers: response.headers,
    text: await response.body.text(),
  };
}

/** POST a raw body with the given headers. */
export async function postRaw(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await request(url, { method: 'POST', headers, body });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    text,
    json: () =>
      JSON.parse(text) as {
        data?: unknown;
        errors?: Array<{
          message: string;
          extensions?: Record<string, unknown>;
        }>;
      },
  };
}

/** Whether Redis answers on 127.0.0.1:6379, within a short wait. */
export async function redisReachable(): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const client = new Redis('redis://127.0.0.1:6379', {
    lazyConnect: true,
    connectTimeout: 500,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** A loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ReadyBody {
  status: string;
  failing: string[];
  checks: Record<string, { ok: boolean; detail?: string }>;
}

/**
 * A subgraph of its own over `upstream`, with short probes and no verdict
 * reuse, so each `ready()` probes again.
 */
export async function startProbedSubgraph(
  upstream: UpstreamTarget,
  env: Record<string, string> = {},
) {
  const subgraph = await startSubgraph(
    readConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      HEALTH_PROBE_TIMEOUT_MS: '300',
      HEALTH_CACHE_MS: '0',
      ...env,
    }),
    upstream,
    silent,
  );
  const origin = subgraph.url.replace(/\/graphql$/, '');
  return {
    url: subgraph.url,
    async ready() {
      const { status, text } = await get(`${origin}/health/ready`);
      return { status, text, body: JSON.parse(text) as ReadyBody };
    },
    close: () => subgraph.close(),
  };
}
