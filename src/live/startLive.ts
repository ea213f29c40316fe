import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { GatewayConfig } from '../config.js';
import type { Logger } from '../observability/logger.js';
import type { StreamClient } from '../rest/client.js';
import { createCallerLimiter, type BudgetUnit } from '../security/callerRateLimit.js';
import type { GraphQLContext } from '../graphql/context.js';
import { createLive, type Live } from './live.js';
import { createMemoryHeadroomStore, createRedisHeadroomStore, type HeadroomStore } from './quotaGuard.js';
import { connectRedis, type RedisShared } from './redis.js';
import { createRedisMetrics } from './redisMetrics.js';
import { createGatewayCache, type ResponseCacheSettings } from './responseCache.js';
import { WEBHOOK_PATH } from './webhookReceiver.js';
import { attachWebSocketTransport } from './webSocket.js';

/**
 * How long start-up waits for Redis. Without the wait, the first requests of a new replica would
 * spend budgets in its own memory (the insurance while Redis is down) rather than the shared ones.
 */
const REDIS_START_WAIT_MS = 5000;

type Gateway = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

/** The live side as `src/server.ts` runs it: the hub from the settings, then the WebSocket transport on the server. */
export function startLive(
  config: GatewayConfig,
  client: StreamClient,
  stream: { apiSecret: string; emulator?: unknown },
  logger: Logger,
  /** Where the Redis gauges and counters go (redisMetrics.ts), when Redis is configured. */
  registry?: Registry,
): {
  hub: Live;
  responseCache?: { cache: Cache; settings: ResponseCacheSettings };
  callerLimiter?: RateLimiterAbstract;
  callerCostLimiter?: RateLimiterAbstract;
  quotaGuard?: { store: HeadroomStore; floor: number };
  /** Before listening: waits a moment for Redis, so that the first requests already share budgets. */
  connected(): Promise<void>;
  attach(server: Server, gateway: Gateway): Promise<void>;
  close(): Promise<void>;
} {
  const log = (message: string) => logger.warn(message);
  let redis: RedisShared | undefined;
  if (config.redisUrl) {
    const metrics = registry ? createRedisMetrics(registry, () => redis?.connected() ?? false) : undefined;
    redis = connectRedis(config.redisUrl, log, metrics?.degraded);
  }
  const hub = createLive({
    client,
    caps: { perConnection: config.maxSubscriptionsPerConnection, perCaller: config.maxSubscriptionsPerCaller },
    shared: redis,
    log,
  });
  const responseCache = config.responseCache
    ? {
        cache: createGatewayCache(redis?.commands, log, () => redis?.degraded('response_cache')),
        settings: { ttlMs: config.responseCacheTtlMs },
      }
    : undefined;
  const callerLimiter = (points: number, windowSeconds: number, unit: BudgetUnit) =>
    points > 0 ? createCallerLimiter({ points, windowSeconds }, unit, redis?.commands) : undefined;
  const quotaGuard =
    config.streamQuotaFloor > 0
      ? {
          store: redis
            ? createRedisHeadroomStore(redis.commands, () => redis?.degraded('quota_store'))
            : createMemoryHeadroomStore(),
          floor: config.streamQuotaFloor,
        }
      : undefined;
  let webSockets: { close(): Promise<void> } | undefined;
  return {
    hub,
    responseCache,
    callerLimiter: callerLimiter(config.rateLimitRequests, config.rateLimitWindowSeconds, 'requests'),
    callerCostLimiter: callerLimiter(config.rateLimitCost, config.rateLimitCostWindowSeconds, 'cost'),
    quotaGuard,
    async connected() {
      if (!redis || (await redis.whenConnected(REDIS_START_WAIT_MS))) return;
      log(`redis: not connected after ${REDIS_START_WAIT_MS} ms; serving with this replica's own state until it is`);
    },
    async attach(server, gateway) {
      webSockets = attachWebSocketTransport(server, gateway, {
        apiSecret: stream.apiSecret,
        persistedDocuments: config.persistedDocuments,
      });
      // Demo mode: the emulator sends its webhooks here, as Stream would once the app names this URL.
      if (stream.emulator) await client.updateApp({ webhook_url: webhookUrlOf(server) });
    },
    async close() {
      await webSockets?.close();
      await hub.close();
      await redis?.close();
    },
  };
}

/** Where the listening server receives Stream webhooks, over loopback when it listens on every interface. */
function webhookUrlOf(server: Server): string {
  const { address, family, port } = server.address() as AddressInfo;
  const wildcard = address === '0.0.0.0' || address === '::';
  const host = wildcard ? '127.0.0.1' : family === 'IPv6' ? `[${address}]` : address;
  return `http://${host}:${port}${WEBHOOK_PATH}`;
}
