/**
 * A running emulator and a running subgraph on free loopback ports, for
 * tests that talk HTTP to the real thing.
 */
import { pino } from 'pino';
import { request } from 'undici';
import { readConfig } from '../../src/config.js';
import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import {
  startSubgraph,
  type RunningSubgraph,
} from '../../src/server/subgraph.js';

export interface Stack {
  emulator: RunningEmulator;
  subgraph: RunningSubgraph;
  url: string;
  close(): Promise<void>;
}

/**
 * @param env settings for the subgraph, as environment variables, on top of
 * test defaults (loopback, free port, silent logs).
 */
export async function startStack(
  env: Record<string, string> = {},
  emulatorOptions: EmulatorOptions = {},
): Promise<Stack> {
  const emulator = await startEmulator(emulatorOptions);
  const config = readConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const subgraph = await startSubgraph(
    config,
    {
      dataCenters: emulator.dataCenters,
      defaultDataCenter: 'US',
      jwksUrl: emulator.jwksUrl,
    },
    pino({ level: 'silent' }),
  );
  return {
    emulator,
    subgraph,
    url: subgraph.url,
    async close() {
      await subgraph.close();
      await emulator.close();
    },
  };
}

export interface GraphQLResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{
      message: string;
      path?: Array<string | number>;
      extensions?: Record<string, unknown>;
    }>;
  };
}

/** POSTs one GraphQL operation, as a front end would. */
export async function postGraphQL(
  url: string,
  options: {
    query: string;
    variables?: Record<string, unknown>;
    token?: string;
    headers?: Record<string, string>;
  },
): Promise<GraphQLResponse> {
  const response = await request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token && { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    body: JSON.stringify({
      query: options.query,
      variables: options.variables,
    }),
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (await response.body.json()) as GraphQLResponse['body'],
  };
}
