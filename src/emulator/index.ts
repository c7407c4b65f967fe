/**
 * The Profile API v1 emulator: a stand-in for SAP Concur's Profile API with
 * one HTTP listener per data center, a seeded data set, sandbox tokens,
 * stats and fault injection. For sandboxes, tests and benchmarks only.
 */
import { generateData } from './data/generate.js';
import { DataStore } from './data/store.js';
import { FaultBook } from './faults.js';
import type { EmulatorCore } from './http/core.js';
import { closeListener, listen, type Listener } from './http/listener.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { StatsBook } from './stats.js';
import { Timers, seededRandom } from './timers.js';
import { mintSandboxToken } from './tokens.js';
import type { EmulatorOptions, RunningEmulator } from './types.js';

export type * from './types.js';
export { fixtures, type EmulatorFixtures } from './data/fixtures.js';
export { generateData } from './data/generate.js';
export { emulatorOptionsFromEnv, DEMO_PORTS } from './settings.js';
export { sandboxJwks } from './tokens.js';
export { SANDBOX_KEY_ID, SANDBOX_PUBLIC_JWK } from './sandbox-key.js';

export async function startEmulator(
  options?: EmulatorOptions,
): Promise<RunningEmulator> {
  const resolved = resolveOptions(options);
  const core = createCore(resolved);
  const listeners: Listener[] = [];
  try {
    for (const dc of resolved.dataCenters) {
      const listener = await listen(
        core,
        dc.name,
        resolved.host,
        dc.port,
        resolved.keepAliveTimeoutMs,
      );
      listeners.push(listener);
      core.baseUrls[dc.name] =
        `http://${urlHost(resolved.host)}:${listener.port}`;
    }
  } catch (error) {
    await Promise.all(listeners.map(closeListener));
    throw error;
  }
  resolved.logger.info({ dataCenters: core.baseUrls }, 'emulator listening');
  return running(core, listeners);
}

function running(core: EmulatorCore, listeners: Listener[]): RunningEmulator {
  const first = Object.values(core.baseUrls)[0] as string;
  const usBase = core.baseUrls['US'] ?? first;
  return {
    dataCenters: { ...core.baseUrls },
    jwksUrl: `${usBase}/oauth2/v0/jwks`,
    data: core.store.data,
    mintToken: (mint) => mintSandboxToken(core.store, core.baseUrls, mint),
    faults: {
      add: (rule) => core.faults.add(rule),
      clear: () => core.faults.clear(),
      list: () => core.faults.list(),
    },
    stats: () => core.stats.snapshot(),
    reset: () => core.reset(),
    close: async () => {
      core.timers.clearAll();
      await Promise.all(listeners.map(closeListener));
    },
  };
}

/** IPv6 literals need brackets inside a URL. */
function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function createCore(resolved: ResolvedOptions): EmulatorCore {
  const names = resolved.dataCenters.map((dc) => dc.name);
  const store = new DataStore(
    generateData(resolved.seed, resolved.size, names),
  );
  const core: EmulatorCore = {
    store,
    stats: new StatsBook(),
    faults: new FaultBook(resolved.seed),
    timers: new Timers(),
    logger: resolved.logger,
    latency: resolved.latency,
    random: seededRandom(resolved.seed ^ 0x5eed),
    baseUrls: {},
    reset() {
      core.stats.reset();
      core.faults.clear();
    },
  };
  return core;
}
