import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import type { StreamClient } from '../rest/client.js';
import type { RateLimit, ResponseMetadata } from '../rest/errors.js';
import { StreamApiError } from '../rest/errors.js';

/** The last headroom Stream reported for one endpoint: requests left until the window resets. */
interface Headroom {
  remaining: number;
  resetMs: number;
}

/** Where the replicas keep each endpoint's headroom: Redis when shared, else this process. */
export interface HeadroomStore {
  get(operation: string): Promise<Headroom | undefined>;
  set(operation: string, headroom: Headroom): Promise<void>;
}

export function createMemoryHeadroomStore(): HeadroomStore {
  const byOperation = new Map<string, Headroom>();
  return {
    get: (operation) => Promise.resolve(byOperation.get(operation)),
    set: (operation, headroom) => Promise.resolve(void byOperation.set(operation, headroom)),
  };
}

/** In Redis, each endpoint's headroom lives until its window resets; Redis down means no guard, never an error. */
export function createRedisHeadroomStore(redis: Redis, degraded: () => void = () => undefined): HeadroomStore {
  const key = (operation: string) => `stream-gateway:quota:${operation}`;
  return {
    async get(operation) {
      const value = await redis.get(key(operation)).catch(() => void degraded());
      return value ? (JSON.parse(value) as Headroom) : undefined;
    },
    async set(operation, headroom) {
      const ttl = Math.max(1, headroom.resetMs - Date.now());
      await redis.set(key(operation), JSON.stringify(headroom), 'PX', ttl).catch(() => void degraded());
    },
  };
}

function quotaGuarded(operation: string, headroom: Headroom, floor: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil((headroom.resetMs - Date.now()) / 1000));
  return new GraphQLError(
    `Stream's rate limit for ${operation} is down to ${headroom.remaining} requests (the floor is ${floor}) until ${new Date(headroom.resetMs).toISOString()}`,
    { extensions: { code: 'RATE_LIMITED', retryAfter, rateLimitReset: new Date(headroom.resetMs).toISOString() } },
  );
}

const rateLimitOf = (value: unknown): RateLimit | undefined =>
  value instanceof StreamApiError ? value.rateLimit : (value as { metadata?: ResponseMetadata }).metadata?.rateLimit;

/**
 * The REST client, sparing the app's last requests: an answer whose X-RateLimit-* headers show the
 * endpoint at or below `floor` records it (shared by the replicas through the store); while it is at or below
 * `floor`, calls to that endpoint are answered RATE_LIMITED (with the reset time) without
 * calling Stream.
 */
export function quotaGuardedClient(client: StreamClient, store: HeadroomStore, floor: number): StreamClient {
  // Only headroom at the floor is stored: within one window it only shrinks, and the stored entry
  // lapses when the window resets, so answers above the floor need no write (one Redis call per
  // Stream call, the read, rather than two).
  const record = (operation: string, value: unknown) => {
    const rate = rateLimitOf(value);
    if (rate && rate.remaining <= floor)
      void store.set(operation, { remaining: rate.remaining, resetMs: rate.reset.getTime() });
  };
  return client.withStep(async ({ name }, _input, send) => {
    const headroom = await store.get(name);
    if (headroom && headroom.remaining <= floor && headroom.resetMs > Date.now()) {
      throw quotaGuarded(name, headroom, floor);
    }
    try {
      const result = await send();
      record(name, result);
      return result;
    } catch (error) {
      record(name, error);
      throw error;
    }
  });
}
