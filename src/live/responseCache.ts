import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { callerKey, type Caller } from '../caller.js';
import type { Live } from './live.js';

export interface ResponseCacheSettings {
  /** How long a read is served from the cache, in ms, unless its types say shorter. */
  ttlMs: number;
}

/**
 * Shorter lives for what changes often or must be fresh: polls move with every vote (their
 * events invalidate them anyway), tasks are followed until they finish and never cached.
 */
const TTL_PER_TYPE_MS: Record<string, number> = {
  Poll: 10_000,
  PollVote: 10_000,
  Task: 0,
  UserExport: 0,
  RateLimitInfo: 0,
};

/**
 * The cache in Redis when the replicas share one (invalidated everywhere at once), else in this
 * process. While Redis is down the cache is bypassed: every read is a miss, nothing is stored.
 */
export function createGatewayCache(
  redis: Redis | undefined,
  log: (message: string) => void,
  degraded: () => void = () => undefined,
): Cache {
  if (!redis) return createInMemoryCache();
  const shared = createRedisCache({ redis }) as unknown as Cache;
  let failing = false;
  const bypass = <T>(work: () => Promise<T> | T, fallback: T): Promise<T> =>
    Promise.resolve()
      .then(work)
      .then((value) => {
        failing = false;
        return value;
      })
      .catch((error: unknown) => {
        if (!failing) log(`response cache bypassed: ${error instanceof Error ? error.message : String(error)}`);
        failing = true;
        degraded();
        return fallback;
      });
  return {
    get: (key) => bypass(() => shared.get(key), undefined),
    set: (key, data, entities, ttl) => bypass(() => shared.set(key, data, entities, ttl), undefined),
    invalidate: (entities) => bypass(() => shared.invalidate(entities), undefined),
  };
}

/** Whose cache entries a caller may see: the server token's, or one user's own. */
/**
 * yoga's response cache, opt-in: reads are cached per caller (server token or user; arguments such
 * as the acting user are part of the key), answers with any error (an upstream RATE_LIMITED among
 * them) are never stored, every answer says whether it was a hit (`extensions.responseCache`),
 * and each event published from this replica (a mutation, a webhook) invalidates its entity.
 */
export function useGatewayResponseCache(options: {
  cache: Cache;
  live: Live;
  settings: ResponseCacheSettings;
  callerOf(request: Request): Caller;
}): Plugin {
  const { cache, live } = options;
  live.onPublish((event) => {
    const entity = event.pollId ? { typename: 'Poll', id: event.pollId } : { typename: 'User', id: event.userId! };
    return Promise.resolve(cache.invalidate([entity])).catch(() => undefined);
  });
  return useResponseCache({
    cache,
    ttl: options.settings.ttlMs,
    ttlPerType: TTL_PER_TYPE_MS,
    includeExtensionMetadata: true,
    // Only HTTP requests: WebSocket operations carry no Request and are never cached.
    enabled: (request) => typeof request?.headers?.get === 'function',
    session: (request) => callerKey(options.callerOf(request)),
    shouldCacheResult: ({ result }) => !result.errors?.length,
  });
}
