/** Shared test helpers: one emulator per file, plain HTTP calls to it. */
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import {
  fixtures,
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../src/emulator/index.js';

export async function startTestEmulator(options: EmulatorOptions = {}) {
  const emulator = await startEmulator({
    keepAliveTimeoutMs: 1000,
    ...options,
  });
  return { emulator, fx: fixtures(emulator.data) };
}

export interface CallOptions {
  token?: string | null;
  correlationId?: string | null;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT';
  body?: string;
}

export interface CallResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // Tests probe arbitrary response JSON; typing each probe adds nothing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: () => any;
}

/** Calls one data center; never follows redirects. */
export async function call(
  emulator: RunningEmulator,
  dataCenter: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  const correlationId =
    options.correlationId === undefined ? randomUUID() : options.correlationId;
  if (correlationId !== null) headers['concur-correlationid'] = correlationId;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await request(`${emulator.dataCenters[dataCenter]}${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    text,
    json: () => JSON.parse(text),
  };
}

export function idFilter(ids: string[]): string {
  return encodeURIComponent(ids.map((id) => `id eq "${id}"`).join(' or '));
}
