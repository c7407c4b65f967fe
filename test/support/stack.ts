/**
 * A running emulator and a running subgraph on free loopback ports, for
 * tests that talk HTTP to the real thing. The one way every suite starts
 * the stack; the log-reading suites (server, hostile) wrap it.
 */
import { Writable } from 'node:stream';
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

export interface Stack {
  emulator: RunningEmulator;
  subgraph: RunningSubgraph;
  url: string;
  /** Base URL without `/graphql`. */
  origin: string;
  /** Every log line the subgraph wrote so far, raw JSON lines. */
  logText(): string;
  /** The same lines, parsed. */
  logs(): Array<Record<string, unknown>>;
  /** Profile API calls the emulator saw (token-key fetches left out). */
  profileCalls(): number;
  close(): Promise<void>;
}

export interface StackOptions {
  /** An emulator to use instead of starting one; left running on close. */
  emulator?: RunningEmulator;
  /** The subgraph's data-center table; the emulator's by default. */
  dataCenters?: (
    emulator: RunningEmulator,
  ) => Promise<Record<string, string>> | Record<string, string>;
}

/**
 * @param env settings for the subgraph, as environment variables, on top of
 * test defaults (loopback, free port, silent logs); a function when they
 * name the emulator's addresses.
 */
export async function startStack(
  env:
    | Record<string, string>
    | ((emulator: RunningEmulator) => Record<string, string>) = {},
  emulatorOptions: EmulatorOptions = {},
  options: StackOptions = {},
): Promise<Stack> {
  const emulator = options.emulator ?? (await startEmulator(emulatorOptions));
  const config = readConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...(typeof env === 'function' ? env(emulator) : env),
  });
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  const subgraph = await startSubgraph(
    config,
    {
      dataCenters:
        (await options.dataCenters?.(emulator)) ?? emulator.dataCenters,
      defaultDataCenter: 'US',
      jwksUrl: emulator.jwksUrl,
    },
    createLogger(config.LOG_LEVEL, sink),
  );
  return {
    emulator,
    subgraph,
    url: subgraph.url,
    origin: subgraph.url.replace(/\/graphql$/, ''),
    logText: () => text,
    logs: () =>
      text
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    profileCalls: () =>
      emulator
        .stats()
        .requests.filter((call) => call.route.startsWith('/profile/')).length,
    async close() {
      await subgraph.close();
      if (!options.emulator) await emulator.close();
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
