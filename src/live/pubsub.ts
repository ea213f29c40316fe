import { createPubSub, type PubSub, type PubSubEventTarget } from 'graphql-yoga';
import type { GetTaskResponse } from '../rest/wire/tasks.js';
import type { LiveEvent } from './events.js';

/**
 * The topics subscriptions listen on. Every Stream event goes to `event` (the `events` field) and
 * to the topic of its entity; task states go to the topic of their task.
 */
export type LiveTopics = {
  event: [LiveEvent];
  'poll:changed': [pollId: string, event: LiveEvent];
  'poll:deleted': [pollId: string, event: LiveEvent];
  'user:changed': [userId: string, event: LiveEvent];
  'task:changed': [taskId: string, task: GetTaskResponse];
};

export type LivePubSub = PubSub<LiveTopics>;
export type LiveEventTarget = PubSubEventTarget<LiveTopics>;

/** In one process by default; across replicas with a Redis event target. */
export function createLivePubSub(eventTarget?: LiveEventTarget): LivePubSub {
  return createPubSub<LiveTopics>(eventTarget ? { eventTarget } : {});
}
