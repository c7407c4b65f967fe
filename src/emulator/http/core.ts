/** State shared by every data-center listener of one emulator. */
import type { Logger } from 'pino';
import type { DataStore } from '../data/store.js';
import type { FaultBook } from '../faults.js';
import type { StatsBook } from '../stats.js';
import type { Timers } from '../timers.js';

export interface EmulatorCore {
  store: DataStore;
  stats: StatsBook;
  faults: FaultBook;
  timers: Timers;
  logger: Logger;
  /** Added to every Profile call. */
  latency: { ms: number; jitterMs: number };
  /** Draws jitter; seeded so runs repeat. */
  random: () => number;
  /** Name to base URL; filled in once every listener has its port. */
  baseUrls: Record<string, string>;
  /** Clears stats and faults. */
  reset(): void;
}

export function jitteredMs(
  random: () => number,
  ms: number,
  jitterMs = 0,
): number {
  return ms + Math.floor(random() * jitterMs);
}
