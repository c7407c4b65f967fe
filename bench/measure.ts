/**
 * One measured run: a fresh contender process, its start-up time, one
 * checked answer, a warm-up, then the load run and what it cost upstream.
 */
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Contender } from './contenders.js';
import { runLoad } from './load.js';
import {
  cpuTimeMs,
  freePort,
  peakRssBytes,
  spawnBuiltSubgraph,
  spawnScript,
  stopProcess,
  type EmulatorHandle,
} from './processes.js';
import type { Scenario } from './scenarios.js';
import type { EmulatorInfo } from './shared.js';

export interface RunSettings {
  durationSec: number;
  warmupSec: number;
  connections: number;
}

export interface RunResult {
  readyMs: number;
  rps: number;
  p50: number;
  p99: number;
  /** Emulator calls during the load run / GraphQL requests sent. */
  callsPerQuery: number;
  /** Emulator calls for one request alone, after the warm-up. */
  callsAlone: number;
  peakRssBytes: number | null;
  /**
   * The contender's own CPU time during the load run over the error-free
   * answers it gave: what one query costs this process, whatever the
   * emulator and the load generator took of the shared cores.
   */
  cpuMsPerQuery: number | null;
  /** Transport errors, timeouts, non-2xx and answers with errors. */
  failures: number;
  /**
   * The machine's 1-minute load average as the run ended: other people's
   * work on a shared machine shows here, and every figure moves with it.
   */
  loadAverage: number;
  /** The `data` of the checked answer, compared across contenders. */
  answer: unknown;
  answerErrors: number;
}

/** Production settings, as deployed: no introspection, no error details. */
function subgraphSettings(
  port: number,
  info: EmulatorInfo,
  bulk: boolean,
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    UPSTREAM_DATA_CENTERS: Object.entries(info.dataCenters)
      .map(([name, url]) => `${name}=${url}`)
      .join(','),
    UPSTREAM_DEFAULT_DATA_CENTER: 'US',
    JWKS_URL: info.jwksUrl,
    UPSTREAM_BULK_LOOKUP: String(bulk),
  };
}

export async function measureRun(
  contender: Contender,
  scenario: Scenario,
  emulator: EmulatorHandle,
  settings: RunSettings,
): Promise<RunResult> {
  const { info } = emulator;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${contender.baseline ? '/' : '/graphql'}`;
  const started = performance.now();
  const child = contender.baseline
    ? spawnScript(contender.script, [], {
        PORT: String(port),
        BENCH_DATA_CENTERS: JSON.stringify(info.dataCenters),
        BENCH_JWKS_URL: info.jwksUrl,
        BENCH_HOMES_FILE: info.homesFile,
        BENCH_BULK: String(contender.bulk),
      })
    : spawnBuiltSubgraph(subgraphSettings(port, info, contender.bulk));
  let exit: string | null = null;
  child.once('exit', (code, signal) => (exit = `${code ?? signal}`));
  const alive = () => {
    if (exit !== null) throw new Error(`the process exited (${exit})`);
  };
  try {
    const bodies = scenario.bodies(info);
    const readyMs = await untilAnswering(url, info, bodies[0]!, started, alive);
    const checked = await post(url, info.token, bodies[0]!);
    const target = { url, token: info.token, bodies };
    await runLoad(target, settings.warmupSec, settings.connections);
    await settle(emulator);
    const callsAlone = await callsForOne(url, emulator, bodies[0]!);
    await emulator.reset();
    const cpuBefore = await cpuTimeMs(child.pid!);
    const load = await runLoad(
      target,
      settings.durationSec,
      settings.connections,
    );
    // Requests cut off at the end still finish server-side; wait for them
    // so their upstream calls and their requests are both counted.
    const calls = await settle(emulator);
    const cpuAfter = await cpuTimeMs(child.pid!);
    alive();
    const answered = load.served;
    return {
      readyMs,
      rps: answered / load.duration,
      p50: load.latency.p50,
      p99: load.latency.p99,
      callsPerQuery: calls / Math.max(1, load.requests.sent),
      callsAlone,
      peakRssBytes: child.pid ? await peakRssBytes(child.pid) : null,
      cpuMsPerQuery:
        cpuBefore === null || cpuAfter === null || answered === 0
          ? null
          : (cpuAfter - cpuBefore) / answered,
      failures: load.errors + load.non2xx + (load['2xx'] - load.served),
      loadAverage: loadavg()[0] ?? 0,
      answer: checked.data,
      answerErrors: checked.errors?.length ?? 0,
    };
  } finally {
    await stopProcess(child);
  }
}

interface Answer {
  data?: unknown;
  errors?: unknown[];
}

/**
 * One request on a fresh look: a pooled connection the server closed while
 * it was busy surfaces as a reset, so a network error is retried twice.
 */
async function post(url: string, token: string, body: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await postOnce(url, token, body);
    } catch (error) {
      if (attempt >= 3 || error instanceof SyntaxError) throw error;
      await sleep(200);
    }
  }
}

async function postOnce(url: string, token: string, body: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body,
  });
  const answer = (await response.json()) as Answer;
  return { status: response.status, ...answer };
}

/** Milliseconds from spawn to the first answer without errors. */
async function untilAnswering(
  url: string,
  info: EmulatorInfo,
  body: string,
  started: number,
  alive: () => void,
): Promise<number> {
  const deadline = started + 60_000;
  while (performance.now() < deadline) {
    alive();
    try {
      const answer = await postOnce(url, info.token, body);
      if (answer.status === 200 && !answer.errors) {
        return performance.now() - started;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(10);
  }
  throw new Error(`${url} did not answer within 60 s`);
}

async function callsForOne(
  url: string,
  emulator: EmulatorHandle,
  body: string,
) {
  await emulator.reset();
  await post(url, emulator.info.token, body);
  return emulator.total();
}

/** Waits until the emulator has seen no call for 300 ms; returns the total. */
async function settle(emulator: EmulatorHandle): Promise<number> {
  let last = -1;
  for (let round = 0; round < 100; round++) {
    const total = await emulator.total();
    if (total === last) return total;
    last = total;
    await sleep(300);
  }
  return last;
}
