/**
 * Every setting, read from the environment once at start and checked as a
 * whole: a bad start names every bad value in one message, and nothing runs on
 * a half-valid configuration. The README lists the same settings.
 */
import { bool, cleanEnv, makeValidator, num, str, url } from 'envalid';

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** `NAME=URL,NAME=URL`, for example `US=https://us.example,EMEA=https://…`. */
const dataCenterTable = makeValidator<Record<string, string>>((input) => {
  const table: Record<string, string> = {};
  for (const entry of input.split(',').map((part) => part.trim())) {
    const match = /^([A-Za-z0-9_-]+)=(https?:\/\/\S+)$/.exec(entry);
    if (!match) {
      throw new Error(`expected NAME=URL pairs, got ${JSON.stringify(entry)}`);
    }
    table[match[1]!] = match[2]!;
  }
  return table;
});

const commaList = makeValidator<string[]>((input) =>
  input
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0),
);

const positive = makeValidator<number>((input) => {
  const value = Number(input);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`expected a positive whole number, got ${input}`);
  }
  return value;
});

/** A TCP port; 0 asks the system for a free one (tests do). */
const listenPort = makeValidator<number>((input) => {
  const value = Number(input);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`expected a port from 0 to 65535, got ${input}`);
  }
  return value;
});

const SPEC = {
  NODE_ENV: str({
    choices: ['development', 'production', 'test'],
    default: 'development',
  }),
  HOST: str({ default: '0.0.0.0' }),
  PORT: listenPort({ default: 4000 }),
  LOG_LEVEL: str({
    choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
  }),
  UPSTREAM_DATA_CENTERS: dataCenterTable({ default: undefined }),
  UPSTREAM_DEFAULT_DATA_CENTER: str({ default: 'US' }),
  UPSTREAM_CALL_TIMEOUT_MS: positive({ default: 5_000 }),
  UPSTREAM_CONNECT_TIMEOUT_MS: positive({ default: 2_000 }),
  UPSTREAM_MAX_ATTEMPTS: positive({ default: 3 }),
  UPSTREAM_MAX_REDIRECTS: num({ default: 2 }),
  UPSTREAM_CONNECTIONS_PER_DATA_CENTER: positive({ default: 32 }),
  UPSTREAM_CONCURRENCY_PER_DATA_CENTER: positive({ default: 32 }),
  UPSTREAM_BULK_LOOKUP: bool({ default: true }),
  UPSTREAM_BULK_MAX_IDS: positive({ default: 50 }),
  UPSTREAM_MAX_BODY_BYTES: positive({ default: 1_048_576 }),
  REQUEST_DEADLINE_MS: positive({ default: 10_000 }),
  LOADER_MAX_BATCH_SIZE: positive({ default: 100 }),
  JWKS_URL: url({ default: undefined }),
  JWT_ISSUERS: commaList({ default: [] }),
  JWT_AUDIENCE: str({ default: undefined }),
  JWT_ALGORITHMS: commaList({ default: ['RS256'] }),
  JWT_CLOCK_TOLERANCE_SECONDS: num({ default: 30 }),
  REDIS_URL: url({ default: undefined }),
  PUBLISH_SCOPE_DIRECTIVES: bool({ default: true }),
  JWKS_CACHE_MAX_AGE_MS: positive({ default: 600_000 }),
  JWKS_TIMEOUT_MS: positive({ default: 5_000 }),
  // Unset means "on outside production"; see introspectionEnabled().
  INTROSPECTION: bool({ default: undefined }),
  CORS_ORIGINS: commaList({ default: [] }),
  MAX_REQUEST_BODY_BYTES: positive({ default: 262_144 }),
  BATCHED_REQUESTS: bool({ default: false }),
  MAX_QUERY_DEPTH: positive({ default: 12 }),
  MAX_QUERY_ALIASES: positive({ default: 30 }),
  MAX_QUERY_DIRECTIVES: positive({ default: 50 }),
  MAX_QUERY_TOKENS: positive({ default: 2_000 }),
  // armor's cost is a shape score (no list sizes) that grows 1.5x per level;
  // a 100-user page with each user's company and manager scores about 7 500.
  MAX_QUERY_COST: positive({ default: 50_000 }),
  MAX_IDS_PER_REQUEST: positive({ default: 1_000 }),
  PERSISTED_QUERIES: bool({ default: true }),
  PERSISTED_QUERIES_TTL_SECONDS: positive({ default: 86_400 }),
  SHUTDOWN_GRACE_MS: positive({ default: 10_000 }),
  HEALTH_PROBE_TIMEOUT_MS: positive({ default: 1_000 }),
  HEALTH_CACHE_MS: positive({ default: 5_000 }),
  METRICS: bool({ default: true }),
  OTEL_EXPORTER_OTLP_ENDPOINT: url({ default: undefined }),
  OTEL_SERVICE_NAME: str({ default: 'profile-graph' }),
};

export type Config = ReturnType<typeof readConfig>;

/** Reads and checks the environment; throws one ConfigError naming all faults. */
export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = cleanEnv(env, SPEC, {
    reporter: ({ errors }) => {
      const problems = Object.entries(errors).map(
        ([name, error]) => `${name}: ${error?.message ?? 'is invalid'}`,
      );
      if (problems.length > 0) throw new ConfigError(problems);
    },
  });
  const problems = crossChecks(config);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Introspection as set, else on everywhere but production. */
export function introspectionEnabled(config: Config): boolean {
  return config.INTROSPECTION ?? config.NODE_ENV !== 'production';
}

/** Rules between settings, all collected so one message names them all. */
function crossChecks(config: ReturnType<typeof cleanEnv<typeof SPEC>>) {
  const problems: string[] = [];
  const dataCenters = config.UPSTREAM_DATA_CENTERS;
  if (dataCenters && !(config.UPSTREAM_DEFAULT_DATA_CENTER in dataCenters)) {
    problems.push(
      `UPSTREAM_DEFAULT_DATA_CENTER: ${config.UPSTREAM_DEFAULT_DATA_CENTER} is not one of UPSTREAM_DATA_CENTERS (${Object.keys(dataCenters).join(', ')})`,
    );
  }
  if (!dataCenters && config.NODE_ENV === 'production') {
    // Without an upstream the process would serve the bundled emulator's
    // made-up data; in production that is a misconfiguration, not a default.
    problems.push(
      'UPSTREAM_DATA_CENTERS: required when NODE_ENV is production (for Concur: US=https://us.api.concursolutions.com,EMEA=https://emea.api.concursolutions.com)',
    );
  }
  if (dataCenters && !config.JWKS_URL) {
    problems.push(
      'JWKS_URL: required when UPSTREAM_DATA_CENTERS is set (for Concur: https://www-us.api.concursolutions.com/oauth2/v0/jwks)',
    );
  }
  return problems;
}
