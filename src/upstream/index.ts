/**
 * The upstream connector's public surface. Layers above import from here
 * (or from `backend.ts` for the interface alone), never from inner files.
 */
export type { BatchResult, CallContext, ProfileBackend } from './backend.js';
export * from './errors.js';
export {
  DataCenterTable,
  PRODUCTION_DATA_CENTERS,
  PRODUCTION_DEFAULT_DATA_CENTER,
  type DataCenter,
} from './data-centers.js';
export {
  UpstreamCounters,
  type DataCenterCounts,
  type UpstreamCallEvent,
} from './counters.js';
export {
  MemoryRouteCache,
  type MemoryRouteCacheOptions,
  type RouteCache,
} from './route-cache.js';
export type {
  RedisRouteCache,
  RedisRouteCacheOptions,
} from './redis-route-cache.js';
export { openRedisRouteCache } from './open-redis-route-cache.js';
export type { UpstreamClientOptions } from './options.js';
export {
  createProfileV1Backend,
  type ProfileV1Backend,
  type ProfileV1BackendOptions,
} from './profile-v1/backend.js';
