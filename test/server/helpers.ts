/**
 * Helpers for the server tests, which read what the server writes (logs)
 * as well as what it answers.
 */
import { pino } from 'pino';
import { request } from 'undici';
import type {
  EmulatorOptions,
  RunningEmulator,
} from '../../src/emulator/index.js';
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
