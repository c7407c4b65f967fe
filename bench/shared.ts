/** Types and settings the runner and its child processes share. */
import type { DataSize } from '../src/emulator/index.js';

/**
 * As many users as the `bench` size (10,000), shaped as 20 companies of 500.
 * A token sees only its own company's users, so S3's 500 distinct entity
 * representations need one company that large; `bench` (100 x 100) would
 * cap a caller at 100 distinct users.
 */
export const BENCH_DATA_SIZE: DataSize = {
  companies: 20,
  usersPerCompany: 500,
  apps: 2,
};

/** User or company UUID to the name of the data center it lives in. */
export type Homes = Record<string, string>;

/** What the emulator process prints once it listens. */
export interface EmulatorInfo {
  pid: number;
  dataCenters: Record<string, string>;
  jwksUrl: string;
  /** A JSON file holding `Homes`, deleted by the runner at the end. */
  homesFile: string;
  /** The company every scenario reads, living in US. */
  companyId: string;
  /** That company's users, in the emulator's order (500). */
  userIds: string[];
  /** A company token for `companyId`. */
  token: string;
}

/** Asked of the emulator process over IPC; it answers with a number. */
export type EmulatorRequest = 'total' | 'reset';

/** Environment a contender process is started with. */
export interface ContenderEnv {
  PORT: string;
  /** JSON of `EmulatorInfo.dataCenters`. */
  BENCH_DATA_CENTERS: string;
  BENCH_JWKS_URL: string;
  BENCH_HOMES_FILE: string;
  /** `true` or `false`; the subgraph contender only. */
  BENCH_BULK: string;
}

export function readContenderEnv(env = process.env): ContenderEnv {
  const names = [
    'PORT',
    'BENCH_DATA_CENTERS',
    'BENCH_JWKS_URL',
    'BENCH_HOMES_FILE',
    'BENCH_BULK',
  ] as const;
  const missing = names.filter((name) => env[name] === undefined);
  if (missing.length > 0) {
    throw new TypeError(`contender started without ${missing.join(', ')}`);
  }
  const pick = (name: (typeof names)[number]) => env[name] as string;
  return {
    PORT: pick('PORT'),
    BENCH_DATA_CENTERS: pick('BENCH_DATA_CENTERS'),
    BENCH_JWKS_URL: pick('BENCH_JWKS_URL'),
    BENCH_HOMES_FILE: pick('BENCH_HOMES_FILE'),
    BENCH_BULK: pick('BENCH_BULK'),
  };
}

/**
 * Children get an IPC channel from the runner; when the runner dies (Ctrl-C,
 * a crash) the channel closes and the child follows instead of lingering
 * on a port.
 */
export function exitWithRunner(): void {
  process.once('disconnect', () => process.exit(0));
}
