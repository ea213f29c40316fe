import type { StreamClient } from '../rest/client.js';
import { createMemoryDeduplicator, type Deduplicator } from './deduplicator.js';
import { POLL_CHANGE_TYPES, USER_CHANGE_TYPES, type LiveEvent } from './events.js';
import { emptyWebhookStats, type WebhookStats } from './webhookReceiver.js';
import { createLivePubSub, type LiveEventTarget, type LivePubSub } from './pubsub.js';
import { DEFAULT_SUBSCRIPTION_CAPS, SubscriptionCaps, type SubscriptionCapSettings } from './subscriptionCaps.js';
import {
  DEFAULT_TASK_POLLING,
  localTaskPollerLock,
  TaskPollers,
  type TaskPollerLock,
  type TaskPollingTiming,
} from './taskPollers.js';

/** How long a change is remembered, so that its second report (webhook after mutation, a retry) is dropped. */
export const EVENT_DEDUPE_TTL_MS = 10 * 60_000;

export interface LiveOptions {
  /** The gateway's REST client (server credentials): task pollers call getTask with it. */
  client: StreamClient;
  caps?: SubscriptionCapSettings;
  taskPolling?: TaskPollingTiming;
  /** Shared state across replicas (Redis); one process's memory by default. */
  shared?: { eventTarget: LiveEventTarget; deduplicator: Deduplicator; taskLock: TaskPollerLock };
  /** Where failures that reach no caller are reported. */
  log?: (message: string) => void;
}

/** The gateway's live side: events in, subscriptions out. */
export interface Live {
  pubSub: LivePubSub;
  caps: SubscriptionCaps;
  tasks: TaskPollers;
  deduplicator: Deduplicator;
  /** What the webhook receiver saw (src/live/webhookReceiver.ts). */
  webhookStats: WebhookStats;
  /** Publishes a Stream event to its subscribers unless the same change was published already; true if it was new. */
  publish(event: LiveEvent): Promise<boolean>;
  /** Called with every event published from this process (cache invalidation hooks here); publish waits for it. */
  onPublish(listener: (event: LiveEvent) => void | Promise<void>): void;
  log(message: string): void;
  close(): Promise<void>;
}

export function createLive(options: LiveOptions): Live {
  const log = options.log ?? ((message: string) => console.warn(message));
  const pubSub = createLivePubSub(options.shared?.eventTarget);
  const deduplicator = options.shared?.deduplicator ?? createMemoryDeduplicator();
  const listeners: ((event: LiveEvent) => void | Promise<void>)[] = [];
  const tasks = new TaskPollers(
    options.client,
    (taskId, task) => pubSub.publish('task:changed', taskId, task),
    options.shared?.taskLock ?? localTaskPollerLock,
    options.taskPolling ?? DEFAULT_TASK_POLLING,
    (taskId, error) => log(`task poller ${taskId}: ${error instanceof Error ? error.message : String(error)}`),
  );
  return {
    pubSub,
    caps: new SubscriptionCaps(options.caps ?? DEFAULT_SUBSCRIPTION_CAPS),
    tasks,
    deduplicator,
    webhookStats: emptyWebhookStats(),
    async publish(event) {
      if (!(await deduplicator.firstTime(`event:${event.key}`, EVENT_DEDUPE_TTL_MS))) return false;
      pubSub.publish('event', event);
      if (event.pollId && POLL_CHANGE_TYPES.has(event.type)) pubSub.publish('poll:changed', event.pollId, event);
      if (event.pollId && event.type === 'poll.deleted') pubSub.publish('poll:deleted', event.pollId, event);
      if (event.userId && USER_CHANGE_TYPES.has(event.type)) pubSub.publish('user:changed', event.userId, event);
      await Promise.all(listeners.map((listener) => listener(event)));
      return true;
    },
    onPublish: (listener) => void listeners.push(listener),
    log,
    close() {
      tasks.close();
      return Promise.resolve();
    },
  };
}
