import { Router } from 'express';
import type { ReadinessCheck } from '../readiness.js';

/**
 * `/health/live`: the process answers (restart it when it does not).
 * `/health/ready`: it can serve (send it traffic). 200 `ready`, or 200
 * `degraded` when some checks fail but it still serves (a data center down,
 * see readiness.ts); 503 `not ready` when it cannot. Every body names each
 * failed check in `failing`. 503 `stopping` as soon as shutdown begins, so a
 * load balancer stops sending requests before the listener closes.
 */
export function healthRoutes(
  ready: ReadinessCheck,
  isStopping: () => boolean,
): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  router.get('/health/ready', async (_req, res) => {
    if (isStopping()) {
      res.status(503).json({ status: 'stopping', failing: ['shutdown'] });
      return;
    }
    const { status, checks } = await ready();
    const failing = Object.entries(checks)
      .filter(([, check]) => !check.ok)
      .map(([name]) => name);
    res
      .status(status === 'not ready' ? 503 : 200)
      .json({ status, failing, checks });
  });
  return router;
}
