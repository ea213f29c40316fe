import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { callerKey, type Caller } from '../caller.js';
import type { CostCharge } from './queryLimits.js';

export interface CallerBudget {
  /** Points one caller may spend per window: requests, or the cost of its operations. */
  points: number;
  windowSeconds: number;
}

/** What a budget counts: each request as one point, or each operation's cost (src/graphql/complexity.ts). */
export type BudgetUnit = 'requests' | 'cost';

const KEY_PREFIXES: Record<BudgetUnit, string> = { requests: 'stream-gateway:rate', cost: 'stream-gateway:cost' };

/**
 * A per-caller budget: in Redis when the replicas share one (so the limit holds across them),
 * with this process's memory as the insurance while Redis is down; in memory otherwise.
 */
export function createCallerLimiter(budget: CallerBudget, unit: BudgetUnit, redis?: Redis): RateLimiterAbstract {
  const options = { points: budget.points, duration: budget.windowSeconds, keyPrefix: KEY_PREFIXES[unit] };
  const memory = new RateLimiterMemory(options);
  if (!redis) return memory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

function rateLimited(unit: BudgetUnit, retryAfterSeconds: number): GraphQLError {
  const spent = unit === 'requests' ? 'too many requests' : 'query cost budget spent';
  return new GraphQLError(`${spent} for this caller: retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}

/** Spends `points` of the caller's budget; the refusal when it is spent (rate-limiter-flexible rejects with its state). */
async function spend(
  limiter: RateLimiterAbstract,
  unit: BudgetUnit,
  caller: Caller,
  points: number,
): Promise<GraphQLError | undefined> {
  try {
    await limiter.consume(callerKey(caller), points);
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return rateLimited(unit, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    throw rejection;
  }
}

/**
 * Each authenticated caller (the server token, or one user) spends one point per request, before
 * its body is parsed; over budget, the request is refused with HTTP 429, RATE_LIMITED and
 * `retryAfter` (seconds), and reaches nothing else.
 */
export function useCallerRateLimit(limiter: RateLimiterAbstract, callerOf: (request: Request) => Caller): Plugin {
  return {
    async onRequestParse({ request }) {
      const refused = await spend(limiter, 'requests', callerOf(request), 1);
      if (refused) throw refused;
    },
  };
}

/**
 * Each operation spends its cost, as the query limits measured it, from its caller's cost budget
 * before it runs (subscriptions once, when they start); over budget, it is refused like an
 * excess of requests and calls nothing upstream.
 */
export function callerCostCharge(limiter: RateLimiterAbstract): CostCharge {
  return (cost, context) => spend(limiter, 'cost', (context as { caller: Caller }).caller, cost);
}
