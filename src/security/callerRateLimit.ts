import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Caller } from '../caller.js';

export interface CallerRateLimitSettings {
  /** Requests one caller may make per window; 0 turns the limit off. */
  requests: number;
  windowSeconds: number;
}

/**
 * The per-caller budget: in Redis when the replicas share one (so the limit holds across them),
 * with this process's memory as the insurance while Redis is down; in memory otherwise.
 */
export function createCallerLimiter(settings: CallerRateLimitSettings, redis?: Redis): RateLimiterAbstract {
  const options = { points: settings.requests, duration: settings.windowSeconds, keyPrefix: 'stream-gateway:rate' };
  const memory = new RateLimiterMemory(options);
  if (!redis) return memory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

const callerKey = (caller: Caller) => (caller.kind === 'user' ? `user:${caller.userId}` : caller.kind);

function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`too many requests from this caller: retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}

/**
 * Each authenticated caller (the server token, or one user) spends one point per request, before
 * its body is parsed; over budget, the request is refused with HTTP 429, RATE_LIMITED and
 * `retryAfter` (seconds), and reaches nothing else.
 */
export function useCallerRateLimit(limiter: RateLimiterAbstract, callerOf: (request: Request) => Caller): Plugin {
  return {
    async onRequestParse({ request }) {
      try {
        await limiter.consume(callerKey(callerOf(request)));
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        throw rejection;
      }
    },
  };
}
