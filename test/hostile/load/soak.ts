/**
 * `npm run load`: 200 connections for 60 s against the subgraph (its own
 * process) over a healthy emulator. Passes when no request fails and the
 * subgraph's resident memory at the end is within 20% of what it was after
 * the warm-up; prints the figures either way and exits 1 on a failure.
 *
 *   npm run load -- --duration 10 --warmup 3 --connections 200
 *
 * Keep the warm-up near its 10 s default: after only 3 s V8's heap is still
 * growing into its working size, and a short run then reads that growth as
 * a leak (a 10 s run after 3 s grew 22%; 60 s after 10 s grew 2%).
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { fixtures, startEmulator } from '../../../src/emulator/index.js';
import { startSubgraphProcess } from './subgraph-process.js';

/** The slice of autocannon 9 used here; it ships no types of its own. */
interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}
interface Result {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const MAX_RSS_GROWTH = 0.2;

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '10' },
      connections: { type: 'string', default: '200' },
    },
  });
  const read = (name: keyof typeof values) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value <= 0) {
      throw new TypeError(
        `--${name} must be a positive whole number, got ${values[name]}`,
      );
    }
    return value;
  };
  return {
    durationSec: read('duration'),
    warmupSec: read('warmup'),
    connections: read('connections'),
  };
}

/** A mix of the front end's usual questions, sent in turn. */
function bodies(data: ReturnType<typeof fixtures>, ids: string[]): string[] {
  return [
    '{ me { ... on User { id displayName company { name } manager { displayName } } } }',
    `{ user(id: "${data.homeCompanyRemoteUser.id}") { id displayName company { id name } } }`,
    `{ users(ids: ${JSON.stringify(ids.slice(0, 10))}) { id displayName } }`,
    `{ company(id: "${data.homeCompany.id}") { name users(first: 10) { edges { node { id displayName } } } } }`,
  ].map((query) => JSON.stringify({ query }));
}

function load(url: string, token: string, body: string[], o: LoadOptions) {
  return autocannon({
    url,
    method: 'POST',
    connections: o.connections,
    duration: o.seconds,
    timeout: 30,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    requests: body.map((b) => ({ body: b })),
    // A 200 that carries GraphQL errors is a failed request too.
    verifyBody: (text: string) => !text.includes('"errors"'),
  });
}
interface LoadOptions {
  connections: number;
  seconds: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function report(
  result: Result,
  warmRss: number,
  endRss: number,
  o: ReturnType<typeof options>,
) {
  const failures =
    result.errors + result.timeouts + result.non2xx + result.mismatches;
  const growth = (endRss - warmRss) / warmRss;
  const lines = [
    `load: ${o.connections} connections, ${o.durationSec} s after a ${o.warmupSec} s warm-up`,
    `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s average)`,
    `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
    `failures: ${failures} (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${result.mismatches})`,
    `subgraph RSS: ${mb(warmRss)} after warm-up, ${mb(endRss)} at the end (${(growth * 100).toFixed(1)}%, limit ${MAX_RSS_GROWTH * 100}%)`,
  ];
  const ok =
    failures === 0 && growth <= MAX_RSS_GROWTH && result.requests.total > 0;
  lines.push(ok ? 'result: pass' : 'result: FAIL');
  process.stdout.write(`${lines.join('\n')}\n`);
  return ok;
}

async function main() {
  const o = options();
  const emulator = await startEmulator();
  const subgraph = await startSubgraphProcess({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    UPSTREAM_DATA_CENTERS: Object.entries(emulator.dataCenters)
      .map(([name, url]) => `${name}=${url}`)
      .join(','),
    JWKS_URL: emulator.jwksUrl,
  });
  try {
    const picks = fixtures(emulator.data);
    const token = await emulator.mintToken({
      sub: picks.demoUser.id,
      expiresInSeconds: 3600 + o.durationSec + o.warmupSec,
    });
    const body = bodies(
      picks,
      emulator.data.users.map((u) => u.id),
    );
    await load(subgraph.url, token, body, {
      connections: o.connections,
      seconds: o.warmupSec,
    });
    const warmRss = await subgraph.rss();
    const result = await load(subgraph.url, token, body, {
      connections: o.connections,
      seconds: o.durationSec,
    });
    const endRss = await subgraph.rss();
    process.exitCode = report(result, warmRss, endRss, o) ? 0 : 1;
  } finally {
    await subgraph.stop();
    await emulator.close();
  }
}

await main();
