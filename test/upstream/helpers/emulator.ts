/** The emulator with the picks and a backend the connector tests share. */
import {
  fixtures,
  startEmulator,
  type EmulatorFixtures,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../../src/emulator/index.js';
import {
  createProfileV1Backend,
  type ProfileV1Backend,
  type ProfileV1BackendOptions,
} from '../../../src/upstream/index.js';
import type { CallContext } from '../../../src/upstream/backend.js';

export interface EmulatorSetup {
  emulator: RunningEmulator;
  picks: EmulatorFixtures;
  /** A company token of the first company (home US): T-A. */
  token: string;
  ctx(overrides?: Partial<CallContext>): CallContext;
  backend(options?: ProfileV1BackendOptions): ProfileV1Backend;
  close(): Promise<void>;
}

export async function setupEmulator(
  options: EmulatorOptions = {},
): Promise<EmulatorSetup> {
  const emulator = await startEmulator({ size: 'demo', ...options });
  const picks = fixtures(emulator.data);
  const token = await emulator.mintToken({ sub: picks.homeCompany.id });
  const backends: ProfileV1Backend[] = [];
  return {
    emulator,
    picks,
    token,
    ctx: (overrides = {}) => ({
      token,
      correlationId: crypto.randomUUID(),
      homeDataCenter: 'US',
      deadlineAt: Date.now() + 10_000,
      ...overrides,
    }),
    backend: (backendOptions = {}) => {
      const created = createProfileV1Backend({
        dataCenters: emulator.dataCenters,
        defaultDataCenter: 'US',
        backoffBaseMs: 20,
        ...backendOptions,
      });
      backends.push(created);
      return created;
    },
    close: async () => {
      await Promise.all(backends.map((b) => b.close()));
      await emulator.close();
    },
  };
}

/** Emulator requests that carried `correlationId`, oldest first. */
export function requestsOf(emulator: RunningEmulator, correlationId: string) {
  return emulator
    .stats()
    .requests.filter((request) => request.correlationId === correlationId);
}
