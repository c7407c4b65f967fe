import type {
  RedisRouteCache,
  RedisRouteCacheOptions,
} from './redis-route-cache.js';

/**
 * Loads the Redis route cache only when REDIS_URL asks for it: importing ioredis
 * added about 25 MB to a replica's resident memory, for nothing when no
 * REDIS_URL is set.
 */
export async function openRedisRouteCache(
  options: RedisRouteCacheOptions,
): Promise<RedisRouteCache> {
  const { RedisRouteCache } = await import('./redis-route-cache.js');
  return new RedisRouteCache(options);
}
