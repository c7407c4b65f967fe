/**
 * Whether this replica can serve: its token keys are reachable (or this
 * check fetched them within the verifier's cache age, so the verifier's
 * copy is still trusted; the verifier's own cache is not visible from
 * here, so this is the nearest honest stand-in) and every
 * upstream data center answers HTTP at all. Probes are cheap (one GET with a
 * short timeout, any status counts as reachable) and their result is kept
 * for a few seconds, so a probing orchestrator never turns into load.
 */
import { request } from 'undici';
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
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

export type ReadinessCheck = () => Promise<Readiness>;

export function readinessCheck(options: ReadinessOptions): ReadinessCheck {
  let cached: { at: number; verdict: Promise<Readiness> } | undefined;
  let keysFetchedAt: number | undefined;

  const probeKeys = async () => {
    const result = await probe(options.jwksUrl, options.probeTimeoutMs, true);
    if (result.ok) keysFetchedAt = Date.now();
    const stillCached =
      keysFetchedAt !== undefined &&
      Date.now() - keysFetchedAt < options.jwksCacheMaxAgeMs;
    return result.ok || !stillCached
      ? result
      : { ok: true, detail: `cached; ${result.detail}` };
  };

  const evaluate = async (): Promise<Readiness> => {
    const names = options.dataCenters.names();
    const [keys, ...centers] = await Promise.all([
      probeKeys(),
      ...names.map((name) =>
        probe(
          options.dataCenters.get(name)!.baseUrl + '/',
          options.probeTimeoutMs,
          false,
        ),
      ),
    ]);
    const checks: Readiness['checks'] = {
      config: { ok: true },
      tokenKeys: keys,
    };
    names.forEach((name, i) => (checks[`dataCenter:${name}`] = centers[i]!));
    return { ready: Object.values(checks).every((c) => c.ok), checks };
  };

  return () => {
    const now = Date.now();
    if (!cached || now - cached.at >= options.cacheMs) {
      cached = { at: now, verdict: evaluate() };
    }
    return cached.verdict;
  };
}

/**
 * One GET. For the key set, only a 2xx counts; for a data center any HTTP
 * answer does (the root path needs no token and may well be a 404): the
 * question is whether the host is reachable, not whether it likes us.
 */
async function probe(url: string, timeoutMs: number, needOk: boolean) {
  try {
    const response = await request(url, {
      method: 'GET',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'concur-correlationid': 'profile-graph-readiness' },
    });
    await response.body.dump();
    if (needOk && response.statusCode >= 300) {
      return { ok: false, detail: `HTTP ${response.statusCode}` };
    }
    return { ok: true };
  } catch (err) {
    // The endpoint answers anyone who can reach it, so the reason stays a
    // word: the error's own message names internal addresses.
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    return { ok: false, detail: timedOut ? 'timeout' : 'unreachable' };
  }
}
