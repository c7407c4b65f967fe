import { Router } from 'express';
import type { ReadinessCheck } from '../readiness.js';

/**
 * `/health/live`: the process answers (restart it when it does not).
 * `/health/ready`: it can serve (send it traffic); 503 with a body naming
 * each failed check, and 503 as soon as shutdown begins, so a load balancer
 * stops sending requests before the listener closes.
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
    const { ready: ok, checks } = await ready();
    const failing = Object.entries(checks)
      .filter(([, check]) => !check.ok)
      .map(([name]) => name);
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ready' : 'not ready', failing, checks });
  });
  return router;
}
