/**
 * A subgraph over an emulator with its log lines captured, for tests that
 * look at what the server writes (logs) as well as what it answers.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { request } from 'undici';
import { readConfig } from '../../src/config.js';
import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { createLogger } from '../../src/server/logger.js';
import {
  startSubgraph,
  type RunningSubgraph,
} from '../../src/server/subgraph.js';

export interface ObservedStack {
  emulator: RunningEmulator;
  subgraph: RunningSubgraph;
  url: string;
  /** Base URL without `/graphql`. */
  origin: string;
  /** Every log line so far, raw. */
  logText(): string;
  /** Every log line so far, parsed. */
  logs(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startObservedStack(
  env: Record<string, string> = {},
  emulatorOptions: EmulatorOptions = {},
  emulator?: RunningEmulator,
): Promise<ObservedStack> {
  const ownEmulator = emulator === undefined;
  const upstream = emulator ?? (await startEmulator(emulatorOptions));
  const config = readConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'debug',
    ...env,
  });
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  const logger = createLogger(config.LOG_LEVEL, sink);
  const subgraph = await startSubgraph(
    config,
    {
      dataCenters: upstream.dataCenters,
      defaultDataCenter: 'US',
      jwksUrl: upstream.jwksUrl,
    },
    logger,
  );
  return {
    emulator: upstream,
    subgraph,
    url: subgraph.url,
    origin: subgraph.url.replace(/\/graphql$/, ''),
    logText: () => text,
    logs: () =>
      text
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await subgraph.close();
      if (ownEmulator) await upstream.close();
    },
  };
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
