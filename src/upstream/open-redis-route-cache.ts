import type {
  RedisRouteCache,
  RedisRouteCacheOptions,
} from './redis-route-cache.js';

/**
 * Loads the Redis route cache only when REDIS_URL asks for it: ioredis costs
 * about 10 MB of every replica's memory, and most runs never use it.
 */
export async function openRedisRouteCache(
  options: RedisRouteCacheOptions,
): Promise<RedisRouteCache> {
  const { RedisRouteCache } = await import('./redis-route-cache.js');
  return new RedisRouteCache(options);
}
