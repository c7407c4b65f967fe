/**
 * The life of one call on one data-center listener. Order matters and is
 * part of the emulator's contract:
 *   admin routes (never counted, never faulted)
 *   -> faults (any upstream behaviour can be scripted; latency continues)
 *   -> correlation id (400, Profile paths) -> route (404, 405) -> token (401)
 *   -> the route: location (301), scope (403), tenant (404), answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../auth.js';
import { routeContext } from './profile-call.js';
import { handleAdmin } from './admin.js';
import { CORRELATION_HEADER, correlationOf } from './correlation.js';
import { jitteredMs, type EmulatorCore } from './core.js';
import { Exchange } from './exchange.js';
import { performFault } from './fault-actions.js';
import { matchRoute, safeDecode } from '../routes/table.js';
import { sandboxJwks } from '../tokens.js';

const JWKS_PATH = '/oauth2/v0/jwks';
const PROFILE_PREFIX = '/profile/v1/';

export function createHandler(core: EmulatorCore, dataCenter: string) {
  const deps = { dataCenter, stats: core.stats, timers: core.timers };
  return (req: IncomingMessage, res: ServerResponse): void => {
    const exchange = new Exchange(req, res, deps);
    handle(core, exchange).catch((error: unknown) => {
      core.logger.error({ err: error, dataCenter }, 'emulator call failed');
      exchange.error(500, 'the emulator failed');
    });
  };
}

async function handle(core: EmulatorCore, exchange: Exchange) {
  const { pathname } = exchange.url;
  if (pathname.startsWith('/_emulator/')) {
    exchange.counted = false;
    return handleAdmin(core, exchange);
  }
  const correlation = correlationOf(exchange.req.headers[CORRELATION_HEADER]);
  exchange.correlationId = correlation.id;
  exchange.res.setHeader(CORRELATION_HEADER, correlation.id);
  const matched = matchRoute(pathname);
  const isProfile =
    pathname.startsWith(PROFILE_PREFIX) || pathname === '/profile/v1';
  exchange.route =
    matched?.route.template ?? (pathname === JWKS_PATH ? JWKS_PATH : '*');

  if (await applyFaults(core, exchange, isProfile)) return;
  if (pathname === JWKS_PATH && exchange.method === 'GET') {
    return exchange.json(200, sandboxJwks());
  }
  if (!isProfile) return exchange.error(404, `no route for ${pathname}`);
  await serveProfile(core, exchange, correlation.valid, matched);
}

async function serveProfile(
  core: EmulatorCore,
  exchange: Exchange,
  correlationValid: boolean,
  matched: ReturnType<typeof matchRoute>,
) {
  if (!correlationValid) {
    return exchange.error(
      400,
      `${CORRELATION_HEADER} must be at least 6 printable ASCII characters`,
      'invalidValue',
    );
  }
  if (matched === undefined) {
    return exchange.error(404, `no route for ${exchange.url.pathname}`);
  }
  if (exchange.method !== 'GET') {
    exchange.res.setHeader('allow', 'GET');
    return exchange.error(405, `${exchange.method} is not supported here`);
  }
  const auth = await authenticate(
    core.store,
    exchange.req.headers.authorization,
  );
  if (!auth.ok) {
    exchange.res.setHeader('www-authenticate', 'Bearer');
    return exchange.error(401, auth.detail);
  }
  exchange.subject = auth.caller.subject;
  exchange.companyId = auth.caller.companyId;
  matched.route.handle(
    routeContext(core, exchange, auth.caller, matched.params),
  );
}

/** True when a fault has answered the call. */
async function applyFaults(
  core: EmulatorCore,
  exchange: Exchange,
  isProfile: boolean,
): Promise<boolean> {
  const decision = core.faults.decide({
    dataCenter: exchange.deps.dataCenter,
    method: exchange.method,
    target: safeDecode(exchange.url.pathname + exchange.url.search),
  });
  let delay = isProfile
    ? jitteredMs(core.random, core.latency.ms, core.latency.jitterMs)
    : 0;
  for (const latency of decision.latencies) {
    delay += jitteredMs(core.random, latency.ms, latency.jitterMs);
  }
  await core.timers.sleep(delay);
  return (
    decision.terminal !== undefined && performFault(exchange, decision.terminal)
  );
}
