import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';
import { createMemoryDeduplicator, type Deduplicator } from './deduplicator.js';
import type { LiveEventTarget } from './pubsub.js';
import type { DegradedOperation } from './redisMetrics.js';
import type { TaskPollerLock } from './taskPollers.js';

/** Lua: extends the lock only if this process holds it (KEYS[1] lock, ARGV[1] holder, ARGV[2] ttl). */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
/** Lua: deletes the lock only if this process holds it. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

const KEY_PREFIX = 'stream-gateway:';

export interface RedisShared {
  eventTarget: LiveEventTarget;
  deduplicator: Deduplicator;
  taskLock: TaskPollerLock;
  /** The client for commands, for other shared state (cache, rate limits). */
  commands: Redis;
  /** Whether both connections (commands, event subscriptions) are up now. */
  connected(): boolean;
  /** Resolves once both connections are up (true), or after `timeoutMs` without them (false). */
  whenConnected(timeoutMs: number): Promise<boolean>;
  /** Counts work done without Redis (redisMetrics.ts); the cache and quota store report theirs here. */
  degraded(operation: DegradedOperation): void;
  close(): Promise<void>;
}

/**
 * State the replicas share through Redis: events (pub/sub), webhook and change deduplication
 * (SET NX with a TTL) and task-poller locks (SET NX PX, renewed by their holder). While Redis is
 * down, commands fail at once rather than queue (the gateway keeps answering queries), the
 * deduplicator falls back to this process's memory, events stay in this process, and ioredis
 * reconnects by itself.
 */
export function connectRedis(
  url: string,
  log: (message: string) => void,
  degraded: (operation: DegradedOperation) => void = () => undefined,
): RedisShared {
  // Required here rather than imported: a gateway without REDIS_URL never loads ioredis (about
  // 10 MB of RSS and 0.15 s of start-up CPU), and this function stays synchronous.
  const require = createRequire(import.meta.url);
  const { Redis } = require('ioredis') as typeof import('ioredis');
  const { createRedisEventTarget } =
    require('@graphql-yoga/redis-event-target') as typeof import('@graphql-yoga/redis-event-target');
  const commands = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  // Subscriptions wait for the connection and are renewed by ioredis after a reconnect.
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  let down = false;
  const report = (which: string) => (error: Error) => {
    if (!down) log(`redis ${which}: ${error.message}; subscriptions only see this replica's events until it is back`);
    down = true;
  };
  commands.on('error', report('commands'));
  subscriber.on('error', report('subscriber'));
  commands.on('ready', () => {
    if (down) log('redis: connected again');
    down = false;
  });

  const publisher = {
    publish: (channel: string, message: string) =>
      commands.publish(channel, message).catch((error: Error) => {
        report('publish')(error);
        degraded('publish');
        // Subscribers in this process still hear of it.
        localEcho(channel, message);
        return 0;
      }),
  };
  const eventTarget = createRedisEventTarget({
    publishClient: publisher as unknown as Redis,
    subscribeClient: subscriber,
  });
  // When Redis cannot carry an event, it is handed to this process's own listeners directly.
  const localEcho = (channel: string, message: string) => subscriber.emit('message', channel, message);

  const fallback = createMemoryDeduplicator();
  const deduplicator: Deduplicator = {
    async firstTime(key, ttlMs) {
      try {
        return (await commands.set(`${KEY_PREFIX}seen:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
      } catch {
        degraded('deduplicate');
        return fallback.firstTime(key, ttlMs);
      }
    },
  };

  const connected = () => commands.status === 'ready' && subscriber.status === 'ready';

  const holder = randomUUID();
  const lockKey = (taskId: string) => `${KEY_PREFIX}task-poller:${taskId}`;
  const taskLock: TaskPollerLock = {
    async acquire(taskId, ttlMs) {
      try {
        if ((await commands.set(lockKey(taskId), holder, 'PX', ttlMs, 'NX')) === 'OK') return true;
        return (await commands.eval(RENEW, 1, lockKey(taskId), holder, ttlMs)) === 1;
      } catch {
        // Without Redis each replica polls for its own subscribers.
        degraded('task_lock');
        return true;
      }
    },
    async release(taskId) {
      await commands.eval(RELEASE, 1, lockKey(taskId), holder).catch(() => undefined);
    },
  };

  return {
    eventTarget: eventTarget as unknown as LiveEventTarget,
    deduplicator,
    taskLock,
    commands,
    connected,
    whenConnected(timeoutMs) {
      if (connected()) return Promise.resolve(true);
      return new Promise((resolve) => {
        const settle = () => {
          if (!connected()) return;
          finish(true);
        };
        const finish = (up: boolean) => {
          clearTimeout(timer);
          commands.off('ready', settle);
          subscriber.off('ready', settle);
          resolve(up);
        };
        const timer = setTimeout(() => finish(false), timeoutMs);
        commands.on('ready', settle);
        subscriber.on('ready', settle);
      });
    },
    degraded,
    async close() {
      subscriber.disconnect();
      commands.disconnect();
      await Promise.resolve();
    },
  };
}
