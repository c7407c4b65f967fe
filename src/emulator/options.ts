/** Emulator options, resolved once into a complete, checked object. */
import pino, { type Logger } from 'pino';
import type { DataSize, EmulatorOptions } from './types.js';

export const DEFAULT_DATA_CENTERS = ['US', 'EMEA', 'CN'] as const;

export interface ResolvedOptions {
  host: string;
  dataCenters: Array<{ name: string; port: number }>;
  seed: number;
  size: DataSize;
  latency: { ms: number; jitterMs: number };
  keepAliveTimeoutMs: number;
  logger: Logger;
}

export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const given: Array<{ name: string; port?: number }> =
    options.dataCenters ?? DEFAULT_DATA_CENTERS.map((name) => ({ name }));
  const dataCenters = given.map(({ name, port }) => ({
    name,
    port: port ?? 0,
  }));
  if (dataCenters.length === 0) {
    throw new TypeError('dataCenters must name at least one data center');
  }
  const names = new Set(dataCenters.map((dc) => dc.name));
  if (names.size !== dataCenters.length) {
    throw new TypeError(
      `dataCenters has duplicate names: ${dataCenters.map((dc) => dc.name).join(', ')}`,
    );
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) {
    throw new TypeError(`seed must be an integer, got ${seed}`);
  }
  const latency = options.latency ?? { ms: 0 };
  if (!(latency.ms >= 0) || !((latency.jitterMs ?? 0) >= 0)) {
    throw new TypeError(
      `latency.ms and latency.jitterMs must be >= 0, got ${JSON.stringify(latency)}`,
    );
  }
  return {
    host: options.host ?? '127.0.0.1',
    dataCenters,
    seed,
    size: options.size ?? 'demo',
    latency: { ms: latency.ms, jitterMs: latency.jitterMs ?? 0 },
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? 5000,
    logger: options.logger ?? pino({ level: 'silent' }),
  };
}
