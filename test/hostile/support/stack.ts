/**
 * The whole stack (emulator + subgraph on loopback) with every log line the
 * subgraph writes kept in memory, so hostile tests can check that nothing
 * secret reaches a log. Data centers can be swapped for stand-ins (a counting
 * TCP proxy in front of one of them) before the subgraph learns the table.
 */
import { Writable } from 'node:stream';
import { readConfig } from '../../../src/config.js';
import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../../src/emulator/index.js';
import { createLogger } from '../../../src/server/logger.js';
import {
  startSubgraph,
  type RunningSubgraph,
} from '../../../src/server/subgraph.js';

export interface HostileStack {
  emulator: RunningEmulator;
  subgraph: RunningSubgraph;
  url: string;
  /** Every log line written so far, raw JSON lines. */
  logText(): string;
  /** Profile API calls the emulator saw (token key fetches left out). */
  profileCalls(): number;
  close(): Promise<void>;
}

export interface HostileStackOptions {
  /**
   * Settings as environment variables, over loopback test defaults; a
   * function when they name the emulator's addresses.
   */
  env?:
    | Record<string, string>
    | ((emulator: RunningEmulator) => Record<string, string>);
  emulator?: EmulatorOptions;
  /** The data-center table the subgraph uses; the emulator's by default. */
  dataCenters?: (
    emulator: RunningEmulator,
  ) => Promise<Record<string, string>> | Record<string, string>;
}

export async function startHostileStack(
  options: HostileStackOptions = {},
): Promise<HostileStack> {
  const emulator = await startEmulator(options.emulator);
  const config = readConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'debug',
    ...(typeof options.env === 'function'
      ? options.env(emulator)
      : options.env),
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
    logText: () => text,
    profileCalls: () =>
      emulator
        .stats()
        .requests.filter((call) => call.route.startsWith('/profile/')).length,
    async close() {
      await subgraph.close();
      await emulator.close();
    },
  };
}

/** The signature part of a JWT: enough of it in a log would replay it. */
export function tokenSecrets(token: string): string[] {
  const [, payload = '', signature = ''] = token.split('.');
  return [token, payload, signature].filter((part) => part.length >= 16);
}
