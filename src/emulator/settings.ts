/**
 * Emulator settings from the environment, for `npm run emulator`,
 * `npm run token` and the in-process sandbox of `npm start`:
 *
 *   EMULATOR_HOST        interface to bind; default 127.0.0.1
 *   EMULATOR_PORTS       "4010,4011,4012": US, EMEA, CN in that order
 *   EMULATOR_PORT_US     per data center, overrides EMULATOR_PORTS
 *   EMULATOR_PORT_EMEA, EMULATOR_PORT_CN
 *   EMULATOR_SEED        integer; default 1
 *   EMULATOR_SIZE        demo | bench | N (about N users: N/100 companies,
 *                        at least 3, sharing N users); default demo
 *   EMULATOR_LATENCY_MS  added to every Profile call; default 0
 */
import { DEFAULT_DATA_CENTERS } from './options.js';
import type { DataSize, EmulatorOptions } from './types.js';

/** Fixed so printed tokens and curl lines keep working across restarts. */
export const DEMO_PORTS: Record<string, number> = {
  US: 4010,
  EMEA: 4011,
  CN: 4012,
};

type Env = Record<string, string | undefined>;

/** Throws `TypeError` naming the variable and the bad value. */
export function emulatorOptionsFromEnv(
  env: Env = process.env,
): EmulatorOptions {
  const listed = listedPorts(env.EMULATOR_PORTS);
  const dataCenters = DEFAULT_DATA_CENTERS.map((name, index) => {
    const own = env[`EMULATOR_PORT_${name}`];
    const raw = own ?? listed[index];
    const variable =
      own === undefined ? 'EMULATOR_PORTS' : `EMULATOR_PORT_${name}`;
    const port =
      raw === undefined ? DEMO_PORTS[name] : integer(variable, raw, 65_535);
    return { name, port };
  });
  refuseSharedPorts(dataCenters);
  const latencyMs = env.EMULATOR_LATENCY_MS;
  return {
    host: env.EMULATOR_HOST || '127.0.0.1',
    dataCenters,
    seed: env.EMULATOR_SEED ? integer('EMULATOR_SEED', env.EMULATOR_SEED) : 1,
    size: parseSize(env.EMULATOR_SIZE),
    ...(latencyMs
      ? { latency: { ms: integer('EMULATOR_LATENCY_MS', latencyMs) } }
      : {}),
  };
}

/**
 * EMULATOR_PORTS entries, one per data center in order. A list of another
 * length, or with an empty entry, would silently leave a data center on its
 * default port or shift one port into another's place.
 */
function listedPorts(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const listed = raw.split(',').map((entry) => entry.trim());
  const expected = DEFAULT_DATA_CENTERS.length;
  if (listed.length !== expected || listed.includes('')) {
    throw new TypeError(
      `EMULATOR_PORTS: expected ${expected} ports (${DEFAULT_DATA_CENTERS.join(', ')}, in that order), got ${JSON.stringify(raw)}`,
    );
  }
  return listed;
}

/** Two data centers on one port would fail later as "port in use". */
function refuseSharedPorts(dataCenters: { name: string; port?: number }[]) {
  const seen = new Map<number, string>();
  for (const { name, port } of dataCenters) {
    // Port 0 is any free port: many data centers may ask for it.
    if (!port) continue;
    const other = seen.get(port);
    if (other !== undefined) {
      throw new TypeError(
        `EMULATOR_PORTS: ${other} and ${name} are both given port ${port}; each data center needs its own (0 = any free port)`,
      );
    }
    seen.set(port, name);
  }
}

/**
 * Most users a generated data set may hold: 10,000 take about a second and
 * a few tens of MB, so this bounds start-up to tens of seconds, not an
 * exhausted heap.
 */
const MAX_USERS = 200_000;

function parseSize(raw: string | undefined): DataSize {
  if (raw === undefined || raw === '' || raw === 'demo') return 'demo';
  if (raw === 'bench') return 'bench';
  const users = Number(raw.trim());
  if (!Number.isInteger(users) || users < 1 || users > MAX_USERS) {
    throw new TypeError(
      `EMULATOR_SIZE: expected demo, bench or a number of users from 1 to ${MAX_USERS}, got ${JSON.stringify(raw)}`,
    );
  }
  const companies = Math.max(3, Math.ceil(users / 100));
  return {
    companies,
    usersPerCompany: Math.max(1, Math.ceil(users / companies)),
  };
}

/** Messages read `NAME: expected …, got …`, like the subgraph's settings. */
function integer(
  variable: string,
  raw: string,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = Number(raw.trim());
  if (
    raw.trim() === '' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > max
  ) {
    const range =
      max === Number.MAX_SAFE_INTEGER
        ? 'a whole number from 0'
        : `a whole number from 0 to ${max}`;
    throw new TypeError(
      `${variable}: expected ${range}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/**
 * Base URLs (token `iss` values) the options will listen on, known before
 * the emulator starts because the ports are fixed. A port of 0 has no URL
 * until the listener exists, so it is refused here.
 */
export function sandboxTokenIssuers(
  options: EmulatorOptions,
): Record<string, string> {
  const host = options.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const issuers: Record<string, string> = {};
  for (const { name, port } of options.dataCenters ?? []) {
    if (!port) {
      throw new TypeError(
        `data center ${name} has no fixed port, so its token issuer is unknown`,
      );
    }
    issuers[name] = `http://${urlHost}:${port}`;
  }
  return issuers;
}

/**
 * The `npm run -s token` line that mints tokens for this running emulator:
 * the token CLI derives issuers and the data set from the same EMULATOR_*
 * settings, so any that differ from the defaults are repeated in front of
 * it, with the ports actually bound (a port of 0 has none until then).
 */
export function tokenCommandFor(
  dataCenters: Record<string, string>,
  env: Env = process.env,
): string {
  const prefix: string[] = [];
  const ports = DEFAULT_DATA_CENTERS.map((name) =>
    Number(new URL(dataCenters[name] ?? 'http://invalid').port),
  );
  if (ports.some((port, i) => port !== DEMO_PORTS[DEFAULT_DATA_CENTERS[i]!])) {
    prefix.push(`EMULATOR_PORTS=${ports.join(',')}`);
  }
  for (const name of ['EMULATOR_HOST', 'EMULATOR_SEED', 'EMULATOR_SIZE']) {
    const value = env[name];
    if (value) prefix.push(`${name}=${value}`);
  }
  return [...prefix, 'npm run -s token'].join(' ');
}
