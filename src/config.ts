/**
 * Every setting, read from the environment once at start and checked as a
 * whole: a bad start names every bad value in one message, and nothing runs on
 * a half-valid configuration. The README lists the same settings.
 */
import { isIP } from 'node:net';
import { bool, cleanEnv, makeValidator, str } from 'envalid';
import {
  dataCenterTable,
  httpUrl,
  originList,
  redisUrl,
} from './config-urls.js';
import { DEFAULT_DATA_CENTERS } from './emulator/options.js';
import { emulatorOptionsFromEnv } from './emulator/settings.js';

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

function commaListOf(input: string): string[] {
  return input
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const commaList = makeValidator<string[]>(commaListOf);

/**
 * A whole number from `min` to `max`. Every numeric setting has a range, so
 * a value that would silently break the service (a negative tolerance, a
 * zero timeout, a tolerance of years) stops the start instead.
 */
const whole = (min: number, max: number) =>
  makeValidator<number>((input) => {
    // Digits only: Number() would also take 1e3, 0x10 and " 5000".
    const value = /^[0-9]{1,15}$/.test(input) ? Number(input) : NaN;
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(
        `expected a whole number from ${min} to ${max}, got ${JSON.stringify(input)}`,
      );
    }
    return value;
  });

/** A TCP port; 0 asks the system for a free one (tests do). */
const listenPort = whole(0, 65_535);

/**
 * An IP address or host name to listen on. A dotted-number string that is
 * not an IPv4 address (`256.1.1.1`) is refused here rather than by the
 * listener at start.
 */
const listenHost = makeValidator<string>((input) => {
  const host = input.trim();
  const name =
    /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
  const dotted = /^[0-9.]+$/.test(host);
  if (isIP(host) !== 0 || (!dotted && name.test(host))) return host;
  throw new Error(
    `expected an IP address (127.0.0.1, 0.0.0.0, ::) or a host name, got ${JSON.stringify(input)}`,
  );
});

/** JWS algorithms with a public key; the only kind a key set can verify. */
const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** App UUIDs (OAuth client ids), lower-cased. */
const appIdList = makeValidator<string[]>((input) => {
  const list = commaListOf(input).map((id) => id.toLowerCase());
  const bad = list.filter(
    (id) =>
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(
        id,
      ),
  );
  if (bad.length > 0) {
    throw new Error(`expected app UUIDs, got ${bad.length} that are not`);
  }
  return list;
});

const algorithmList = makeValidator<string[]>((input) => {
  const list = commaListOf(input);
  const refused = list.filter((alg) => !ASYMMETRIC_ALGORITHMS.includes(alg));
  if (list.length > 0 && refused.length === 0) return list;
  throw new Error(
    `${refused.length > 0 ? `${refused.join(', ')} refused` : 'no algorithm given'}: tokens are checked against a published key set, so only asymmetric algorithms are accepted (${ASYMMETRIC_ALGORITHMS.join(', ')}). "none" would accept unsigned tokens, and a shared-secret algorithm (HS256/384/512) would let anyone who reads the public key's bytes sign tokens with them.`,
  );
});

const SPEC = {
  NODE_ENV: str({
    choices: ['development', 'production', 'test'],
    default: 'development',
  }),
  // Unset means loopback in sandbox mode, every interface otherwise; see
  // listenHostFor().
  HOST: listenHost({ default: undefined }),
  PORT: listenPort({ default: 4000 }),
  LOG_LEVEL: str({
    choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
  }),
  UPSTREAM_DATA_CENTERS: dataCenterTable({ default: undefined }),
  UPSTREAM_DEFAULT_DATA_CENTER: str({ default: 'US' }),
  UPSTREAM_CALL_TIMEOUT_MS: whole(100, 120_000)({ default: 5_000 }),
  UPSTREAM_CONNECT_TIMEOUT_MS: whole(100, 60_000)({ default: 2_000 }),
  UPSTREAM_MAX_ATTEMPTS: whole(1, 10)({ default: 3 }),
  UPSTREAM_MAX_REDIRECTS: whole(0, 5)({ default: 2 }),
  // Sized for about 100 GraphQL requests in flight per replica, each
  // needing a call: at 32 a profile showed the process idle 40% of the time,
  // queued behind its own bound while the upstream had room.
  UPSTREAM_CONNECTIONS_PER_DATA_CENTER: whole(1, 1_024)({ default: 128 }),
  UPSTREAM_CONCURRENCY_PER_DATA_CENTER: whole(1, 1_024)({ default: 128 }),
  UPSTREAM_BULK_LOOKUP: bool({ default: true }),
  UPSTREAM_BULK_MAX_IDS: whole(1, 200)({ default: 50 }),
  UPSTREAM_MAX_BODY_BYTES: whole(1_024, 67_108_864)({ default: 1_048_576 }),
  REQUEST_DEADLINE_MS: whole(100, 300_000)({ default: 10_000 }),
  LOADER_MAX_BATCH_SIZE: whole(1, 1_000)({ default: 100 }),
  JWKS_URL: httpUrl({ default: undefined }),
  JWT_ISSUERS: commaList({ default: [] }),
  JWT_AUDIENCE: str({ default: undefined }),
  JWT_ALLOWED_APPS: appIdList({ default: [] }),
  JWT_ALGORITHMS: algorithmList({ default: ['RS256'] }),
  // Above 5 minutes a tolerance stops being skew and starts disabling `exp`.
  JWT_CLOCK_TOLERANCE_SECONDS: whole(0, 300)({ default: 30 }),
  REDIS_URL: redisUrl({ default: undefined }),
  PUBLISH_SCOPE_DIRECTIVES: bool({ default: true }),
  JWKS_CACHE_MAX_AGE_MS: whole(1_000, 86_400_000)({ default: 600_000 }),
  JWKS_TIMEOUT_MS: whole(100, 60_000)({ default: 5_000 }),
  // Unset means "on outside production"; see introspectionEnabled().
  INTROSPECTION: bool({ default: undefined }),
  CORS_ORIGINS: originList({ default: [] }),
  MAX_REQUEST_BODY_BYTES: whole(1_024, 16_777_216)({ default: 262_144 }),
  BATCHED_REQUESTS: bool({ default: false }),
  // Every other limit is per operation, so a batch multiplies them all.
  MAX_BATCHED_OPERATIONS: whole(1, 1_000)({ default: 10 }),
  MAX_QUERY_DEPTH: whole(1, 100)({ default: 12 }),
  MAX_QUERY_ALIASES: whole(1, 10_000)({ default: 30 }),
  MAX_QUERY_DIRECTIVES: whole(1, 10_000)({ default: 50 }),
  MAX_QUERY_TOKENS: whole(100, 1_000_000)({ default: 2_000 }),
  // armor's cost is a shape score (no list sizes) that grows 1.5x per level;
  // a 100-user page with each user's company and manager scores about 7 500.
  MAX_QUERY_COST: whole(1, 100_000_000)({ default: 50_000 }),
  MAX_IDS_PER_REQUEST: whole(1, 1_000_000)({ default: 1_000 }),
  // Weighed in resources asked for (see estimateResources). 2 000 lets 20
  // pages of 100 users, or 4 _entities calls of 500, run at once; the bench
  // (bench/README.md) shows what that does to memory and deadlines at 100
  // connections. 0 turns admission control off.
  ADMISSION_CAPACITY: whole(0, 1_000_000)({ default: 2_000 }),
  ADMISSION_MAX_WAIT_MS: whole(1, 300_000)({ default: 5_000 }),
  ADMISSION_MAX_WAITING: whole(0, 1_000_000)({ default: 1_000 }),
  PERSISTED_QUERIES: bool({ default: true }),
  PERSISTED_QUERIES_TTL_SECONDS: whole(1, 31_536_000)({ default: 86_400 }),
  SHUTDOWN_GRACE_MS: whole(0, 600_000)({ default: 10_000 }),
  HEALTH_PROBE_TIMEOUT_MS: whole(50, 60_000)({ default: 1_000 }),
  HEALTH_CACHE_MS: whole(0, 300_000)({ default: 5_000 }),
  METRICS: bool({ default: true }),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl({ default: undefined }),
  OTEL_SERVICE_NAME: str({ default: 'profile-graph' }),
};

export type Config = ReturnType<typeof readConfig>;
type CheckedEnv = ReturnType<typeof cleanEnv<typeof SPEC>>;

/** Reads and checks the environment; throws one ConfigError naming all faults. */
export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  // Every fault is collected before anything throws, so one message names
  // bad values, broken rules between settings and bad emulator settings.
  const problems: string[] = [];
  const failed = new Set<string>();
  const config = cleanEnv(env, SPEC, {
    reporter: ({ errors }) => {
      for (const [name, error] of Object.entries(errors)) {
        failed.add(name);
        problems.push(`${name}: ${error?.message ?? 'is invalid'}`);
      }
    },
  });
  problems.push(...crossChecks(config, failed));
  const sandbox = !failed.has('UPSTREAM_DATA_CENTERS');
  if (sandbox && !config.UPSTREAM_DATA_CENTERS) {
    problems.push(...emulatorProblems(env));
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...config, HOST: listenHostFor(config) };
}

/** Introspection as set, else on everywhere but production. */
export function introspectionEnabled(config: Config): boolean {
  return config.INTROSPECTION ?? config.NODE_ENV !== 'production';
}

/**
 * HOST as set, else loopback in sandbox mode (its emulator data, stack
 * traces and open /metrics are for the person at this machine) and every
 * interface with an upstream (a container, where the port is published).
 */
function listenHostFor(config: CheckedEnv): string {
  if (config.HOST) return config.HOST;
  return config.UPSTREAM_DATA_CENTERS ? '0.0.0.0' : '127.0.0.1';
}

/**
 * Rules between settings, all collected so one message names them all. A
 * rule is skipped when a setting it reads is itself bad (already named, and
 * not readable from the checked object).
 */
function crossChecks(config: CheckedEnv, failed: ReadonlySet<string>) {
  const problems: string[] = [];
  if (['UPSTREAM_DATA_CENTERS', 'NODE_ENV'].some((name) => failed.has(name))) {
    return problems;
  }
  const dataCenters = config.UPSTREAM_DATA_CENTERS;
  const known = dataCenters
    ? Object.keys(dataCenters)
    : [...DEFAULT_DATA_CENTERS];
  if (!known.includes(config.UPSTREAM_DEFAULT_DATA_CENTER)) {
    problems.push(
      `UPSTREAM_DEFAULT_DATA_CENTER: ${config.UPSTREAM_DEFAULT_DATA_CENTER} is not one of ${dataCenters ? 'UPSTREAM_DATA_CENTERS' : "the sandbox emulator's data centers"} (${known.join(', ')})`,
    );
  }
  if (!dataCenters && config.NODE_ENV === 'production') {
    // Without an upstream the process would serve the bundled emulator's
    // made-up data; in production that is a misconfiguration, not a default.
    problems.push(
      'UPSTREAM_DATA_CENTERS: required when NODE_ENV is production (for Concur: US=https://us.api.concursolutions.com,EMEA=https://emea.api.concursolutions.com)',
    );
  }
  if (dataCenters && !failed.has('JWKS_URL') && !config.JWKS_URL) {
    problems.push(
      'JWKS_URL: required when UPSTREAM_DATA_CENTERS is set (for Concur: https://www-us.api.concursolutions.com/oauth2/v0/jwks)',
    );
  }
  return problems;
}

const EMULATOR_SETTINGS = [
  'EMULATOR_PORTS',
  ...DEFAULT_DATA_CENTERS.map((name) => `EMULATOR_PORT_${name}`),
  'EMULATOR_SEED',
  'EMULATOR_SIZE',
  'EMULATOR_LATENCY_MS',
];

/**
 * The sandbox's emulator settings, read by the emulator's own parser one
 * variable at a time: it stops at the first bad value, and each must be
 * named.
 */
function emulatorProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const name of EMULATOR_SETTINGS) {
    if (env[name] === undefined) continue;
    try {
      emulatorOptionsFromEnv({ [name]: env[name] });
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems;
}
