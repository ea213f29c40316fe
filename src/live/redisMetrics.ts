import { Counter, Gauge, type Registry } from 'prom-client';

/** Shared-state work done without Redis while it is unreachable, each with its fallback. */
export type DegradedOperation =
  /** An event published to this replica's subscribers only. */
  | 'publish'
  /** A webhook or change deduplicated in this process's memory. */
  | 'deduplicate'
  /** A task polled without the cluster-wide lock. */
  | 'task_lock'
  /** A read answered without the response cache. */
  | 'response_cache'
  /** Stream's headroom neither read nor shared (no quota guard for that call). */
  | 'quota_store';

export interface RedisMetrics {
  degraded(operation: DegradedOperation): void;
}

/**
 * Whether this replica reaches Redis (`redis_connected`, 1 or 0, read at each scrape) and how
 * often it fell back to working alone (`redis_degraded_operations_total` by operation).
 */
export function createRedisMetrics(registry: Registry, connected: () => boolean): RedisMetrics {
  new Gauge({
    name: 'redis_connected',
    help: 'Whether this replica reaches Redis for commands and event subscriptions (1) or not (0)',
    registers: [registry],
    collect() {
      this.set(connected() ? 1 : 0);
    },
  });
  const degraded = new Counter({
    name: 'redis_degraded_operations_total',
    help: 'Operations on shared state done without Redis (it was unreachable), by operation',
    labelNames: ['operation'],
    registers: [registry],
  });
  return { degraded: (operation) => degraded.inc({ operation }) };
}
