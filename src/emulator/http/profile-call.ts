import type { Caller } from '../auth.js';
import type { RouteContext } from '../routes/context.js';
import type { EmulatorCore } from './core.js';
import type { Exchange } from './exchange.js';

export function routeContext(
  core: EmulatorCore,
  exchange: Exchange,
  caller: Caller,
  params: string[],
): RouteContext {
  return {
    exchange,
    caller,
    store: core.store,
    dataCenter: exchange.deps.dataCenter,
    baseUrls: core.baseUrls,
    params,
  };
}
