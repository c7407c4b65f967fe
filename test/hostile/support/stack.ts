/**
 * The shared stack for hostile tests, logging at debug so they can check
 * that nothing secret reaches a log line. Data centers can be swapped for
 * stand-ins (a counting TCP proxy in front of one of them) before the
 * subgraph learns the table.
 */
import type {
  EmulatorOptions,
  RunningEmulator,
} from '../../../src/emulator/index.js';
import {
  startStack,
  type Stack,
  type StackOptions,
} from '../../support/stack.js';

export type HostileStack = Stack;

export interface HostileStackOptions {
  /**
   * Settings as environment variables, over loopback test defaults; a
   * function when they name the emulator's addresses.
   */
  env?:
    | Record<string, string>
    | ((emulator: RunningEmulator) => Record<string, string>);
  emulator?: EmulatorOptions;
  dataCenters?: StackOptions['dataCenters'];
}

export function startHostileStack(
  options: HostileStackOptions = {},
): Promise<HostileStack> {
  const env = options.env ?? {};
  return startStack(
    (emulator) => ({
      LOG_LEVEL: 'debug',
      ...(typeof env === 'function' ? env(emulator) : env),
    }),
    options.emulator,
    { ...(options.dataCenters && { dataCenters: options.dataCenters }) },
  );
}

/** The signature part of a JWT: enough of it in a log would replay it. */
export function tokenSecrets(token: string): string[] {
  const [, payload = '', signature = ''] = token.split('.');
  return [token, payload, signature].filter((part) => part.length >= 16);
}
