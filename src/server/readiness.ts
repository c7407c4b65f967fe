/**
 * Whether this replica can serve. It cannot without a usable token key set
 * (no caller could be verified) or without any data center that answers;
 * it still can when only some data centers fail, since their users fail
 * but everyone else's queries work. Those partial failures make the answer
 * `degraded` rather than `not ready`: every replica sees the same data
 * centers, so taking replicas out of service would not bring one back, it
 * would only turn an outage in one region into an outage everywhere.
 *
 * Probes are cheap (one GET with a short timeout, any status counts as
 * reachable for a data center) and their result is kept for a few seconds,
 * so a probing orchestrator never turns into load.
 */
import { request, type Dispatcher } from 'undici';
import { judgeKeySet } from '../auth/key-set.js';
import type { DataCenterTable } from '../upstream/index.js';

export interface ReadinessOptions {
  jwksUrl: string;
  dataCenters: DataCenterTable;
  /** Per probe, in ms. */
  probeTimeoutMs: number;
  /** How long a verdict is reused, in ms. */
  cacheMs: number;
  /** How long fetched token keys stay usable, in ms (the verifier's). */
  jwksCacheMaxAgeMs: number;
  /** Accepted token `alg` values (the verifier's). */
  algorithms: readonly string[];
}

export interface CheckResult {
  ok: boolean;
  detail?: string;
}

/**
 * - `ready`: every check passed.
 * - `degraded`: some check failed, but this replica can still serve: some
 *   data center answers and the token keys are usable.
 * - `not ready`: it cannot serve; send it no traffic.
 */
export type ReadinessStatus = 'ready' | 'degraded' | 'not ready';

export interface Readiness {
  status: ReadinessStatus;
  checks: Record<string, CheckResult>;
}

export type ReadinessCheck = () => Promise<Readiness>;

export function readinessCheck(options: ReadinessOptions): ReadinessCheck {
  let cached: { at: number; verdict: Promise<Readiness> } | undefined;
  const probeKeys = keySetProbe(options);

  const evaluate = async (): Promise<Readiness> => {
    const names = options.dataCenters.names();
    const [keys, centers] = await Promise.all([
      probeKeys(),
      Promise.all(names.map((name) => probeDataCenter(options, name))),
    ]);
    // The configuration was checked before the server started listening (a
    // bad one never gets this far), so this check passes whenever it runs;
    // it is listed, and gates, so the body names every condition of serving.
    const config: CheckResult = { ok: true };
    const checks: Readiness['checks'] = { config, tokenKeys: keys.check };
    names.forEach((name, i) => (checks[`dataCenter:${name}`] = centers[i]!));
    const canServe = config.ok && keys.usable && centers.some((c) => c.ok);
    return { status: statusOf(canServe, checks), checks };
  };

  return () => {
    const now = Date.now();
    if (!cached || now - cached.at >= options.cacheMs) {
      cached = { at: now, verdict: evaluate() };
    }
    return cached.verdict;
  };
}

function statusOf(
  canServe: boolean,
  checks: Readiness['checks'],
): ReadinessStatus {
  if (!canServe) return 'not ready';
  return Object.values(checks).every((c) => c.ok) ? 'ready' : 'degraded';
}

/**
 * Any HTTP answer will do (the root path needs no token and may well be a
 * 404): the question is whether the host is reachable, not whether it
 * likes us.
 */
function probeDataCenter(options: ReadinessOptions, name: string) {
  const { baseUrl } = options.dataCenters.get(name)!;
  return probe(baseUrl + '/', options.probeTimeoutMs, async (response) => {
    await response.body.dump();
    return { ok: true };
  });
}

/**
 * The key-set check, and whether the keys are usable despite its verdict.
 *
 * A failed probe fails the check (so `failing` names it and alerts fire
 * while there is still time to act), but it stops the replica from serving
 * only once no key set fetched within the verifier's cache age remains:
 * until then the verifier checks signatures with the copy it holds and
 * refetches only when that copy is too old, so the replica serves as
 * before. Gating at once would take every replica out of service on a blip
 * of the key endpoint, which they all share, for no caller's benefit.
 *
 * The verifier's own copy is not visible from here, so the age is that of
 * this check's last successful fetch: the nearest honest stand-in. That
 * fetch can be more recent than the verifier's, so near the end of the
 * cache age this may still call usable keys the verifier must refetch.
 */
function keySetProbe(
  options: ReadinessOptions,
): () => Promise<{ check: CheckResult; usable: boolean }> {
  let fetchedAt: number | undefined;
  return async () => {
    const check = await probe(options.jwksUrl, options.probeTimeoutMs, (r) =>
      keySetAnswer(r, options.algorithms),
    );
    if (check.ok) {
      fetchedAt = Date.now();
      return { check, usable: true };
    }
    const stillCached =
      fetchedAt !== undefined &&
      Date.now() - fetchedAt < options.jwksCacheMaxAgeMs;
    if (!stillCached) return { check, usable: false };
    return {
      check: { ok: false, detail: `cached; ${check.detail}` },
      usable: true,
    };
  };
}

/**
 * The key set's answer as the verifier would take it: jose accepts only a
 * 200 whose body is JSON, and then needs a key for an accepted algorithm
 * (a 200 of `{"keys":[]}` verifies nobody). The detail names what is wrong,
 * never the body: the endpoint answers anyone.
 */
async function keySetAnswer(
  response: Dispatcher.ResponseData,
  algorithms: readonly string[],
): Promise<CheckResult> {
  if (response.statusCode !== 200) {
    await response.body.dump();
    return { ok: false, detail: `HTTP ${response.statusCode}` };
  }
  const text = await response.body.text();
  let jwks: unknown;
  try {
    jwks = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'not a key set' };
  }
  const verdict = await judgeKeySet(jwks, algorithms);
  return verdict === 'usable' ? { ok: true } : { ok: false, detail: verdict };
}

/** One GET, whose answer `judge` reads; a failure to get one is a word. */
async function probe(
  url: string,
  timeoutMs: number,
  judge: (response: Dispatcher.ResponseData) => Promise<CheckResult>,
): Promise<CheckResult> {
  try {
    const response = await request(url, {
      method: 'GET',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'concur-correlationid': 'profile-graph-readiness' },
    });
    return await judge(response);
  } catch (err) {
    // The endpoint answers anyone who can reach it, so the reason stays a
    // word: the error's own message names internal addresses.
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    return { ok: false, detail: timedOut ? 'timeout' : 'unreachable' };
  }
}
