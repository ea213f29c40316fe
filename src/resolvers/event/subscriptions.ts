import { GraphQLError } from 'graphql';
import { listenNow, liveStream, type LiveStreamOptions } from '../../live/liveStream.js';
import { renewLoaders, type LiveSession } from '../../live/session.js';
import type { LiveEvent } from '../../live/events.js';
import { isFinished, taskStateKey } from '../../live/taskPollers.js';
import type { GetTaskResponse } from '../../rest/wire/tasks.js';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { PollRef } from '../../schema/poll/types.js';
import { PollEventRef, StreamEventRef, StreamEventTypeRef, UserEventRef } from '../../schema/event/types.js';
import { TaskRef } from '../../schema/task/types.js';
import { UserRef } from '../../schema/user/types.js';

function liveSessionOf(context: GraphQLContext): LiveSession {
  if (!context.live) {
    throw new GraphQLError('subscriptions are not served here', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return context.live;
}

/**
 * A subscription's stream, counted against the caller's and the connection's caps (refused past
 * them) and ended when the caller's token expires. `prepare` runs once the source listens: what
 * it reads first cannot miss an event.
 */
async function openStream<E, T>(
  context: GraphQLContext,
  source: AsyncIterable<E>,
  options: Omit<LiveStreamOptions<E, T>, 'onEnd' | 'expiresAtMs'> & {
    prepare?: () => Promise<T | undefined>;
    onEnd?: () => void;
  },
): Promise<AsyncIterable<T>> {
  const session = liveSessionOf(context);
  const release = session.live.caps.admit(context.caller, session.connection);
  const listening = listenNow(source);
  const onEnd = () => {
    release();
    options.onEnd?.();
  };
  try {
    const initial = options.prepare ? await options.prepare() : undefined;
    return liveStream(listening, { ...options, initial, expiresAtMs: session.expiresAtMs, onEnd });
  } catch (error) {
    void listening.return?.();
    onEnd();
    throw error;
  }
}

/**
 * The changes of one poll or user, each read afresh as the subscriber may see it; an event whose
 * entity cannot be read (gone, or refused) is skipped.
 */
function entityChanges<T>(
  context: GraphQLContext,
  topic: 'poll:changed' | 'user:changed',
  id: string,
  load: (context: GraphQLContext) => Promise<T | null>,
): Promise<AsyncIterable<T>> {
  return openStream(context, liveSessionOf(context).live.pubSub.subscribe(topic, id), {
    read: async () => {
      renewLoaders(context);
      try {
        return (await load(context)) ?? undefined;
      } catch {
        return undefined;
      }
    },
  });
}

builder.subscriptionField('pollUpdated', (t) =>
  t.field({
    type: PollRef,
    description:
      'The poll, read afresh (tallies, latest votes, own votes) after each vote cast, changed or removed, and after each update or closing.',
    authScopes: { server: true, user: true },
    args: { id: t.arg.id({ required: true, description: 'The poll id.' }) },
    subscribe: (_root, { id }, context) =>
      entityChanges(context, 'poll:changed', String(id), ({ loaders }) => loaders.polls(undefined).load(String(id))),
    resolve: (poll) => poll,
  }),
);

builder.subscriptionField('pollDeleted', (t) =>
  t.field({
    type: 'ID',
    description: 'The poll id, once, when the poll is deleted; the stream ends then.',
    authScopes: { server: true, user: true },
    args: { id: t.arg.id({ required: true, description: 'The poll id.' }) },
    subscribe: (_root, { id }, context) =>
      openStream(context, liveSessionOf(context).live.pubSub.subscribe('poll:deleted', String(id)), {
        read: (event: LiveEvent) => Promise.resolve(event.pollId),
        endsAfter: () => true,
      }),
    resolve: (pollId) => pollId,
  }),
);

builder.subscriptionField('userUpdated', (t) =>
  t.field({
    type: UserRef,
    description:
      'The user, read afresh after each update, partial update, deactivation, reactivation, deletion or restore.',
    authScopes: { server: true, user: true },
    args: { id: t.arg.id({ required: true, description: 'The user id.' }) },
    subscribe: (_root, { id }, context) =>
      entityChanges(context, 'user:changed', String(id), ({ loaders }) => loaders.users.load(String(id))),
    resolve: (user) => user,
  }),
);

/** The task's states as the subscriber sees them: each one once, in order, up to completed or failed. */
async function taskStates(context: GraphQLContext, taskId: string): Promise<AsyncIterable<GetTaskResponse>> {
  const { live } = liveSessionOf(context);
  let last: string | undefined;
  const changed = (task: GetTaskResponse) => {
    const state = taskStateKey(task);
    if (state === last) return undefined;
    last = state;
    return task;
  };
  let leave: (() => void) | undefined;
  return openStream(context, live.pubSub.subscribe('task:changed', taskId), {
    prepare: async () => {
      const first = await context.stream.getTask({ id: taskId });
      if (!isFinished(first)) leave = live.tasks.watch(taskId);
      return changed(first);
    },
    read: (task: GetTaskResponse) => Promise.resolve(changed(task)),
    endsAfter: isFinished,
    onEnd: () => leave?.(),
  });
}

builder.subscriptionField('taskUpdated', (t) =>
  t.field({
    type: TaskRef,
    description:
      'An asynchronous task (an import, a deletion...) at each change of state, from its current one until it is completed or failed; the stream ends then.',
    authScopes: { server: true },
    args: { id: t.arg.id({ required: true, description: 'The task id a mutation returned.' }) },
    subscribe: (_root, { id }, context) => taskStates(context, String(id)),
    resolve: (task) => task,
  }),
);

builder.subscriptionField('events', (t) =>
  t.field({
    type: StreamEventRef,
    description: 'Every poll and user event, or only those of the given types, for dashboards.',
    authScopes: { server: true, user: true },
    args: {
      types: t.arg({ type: [StreamEventTypeRef], description: 'Only these event types; all when left out.' }),
    },
    subscribe: (_root, { types }, context) => {
      const wanted = types?.length ? new Set<string>(types) : undefined;
      return openStream(context, liveSessionOf(context).live.pubSub.subscribe('event'), {
        read: (event: LiveEvent) => {
          if (wanted && !wanted.has(event.type)) return Promise.resolve(undefined);
          renewLoaders(context);
          return Promise.resolve(event);
        },
      });
    },
    resolve: (event) => event,
  }),
);

PollEventRef.implement({
  description: 'An event about a poll: updated, closed, deleted, or a vote cast, changed or removed.',
  interfaces: [StreamEventRef],
  isTypeOf: (event) => (event as LiveEvent).pollId !== undefined,
  fields: (t) => ({
    pollId: t.id({ description: 'The poll the event is about.', resolve: (event) => event.pollId! }),
    poll: t.field({
      type: PollRef,
      nullable: true,
      description: 'The poll as it is now, as the caller reads it; null once deleted.',
      resolve: (event, _args, context) =>
        event.type === 'poll.deleted' ? null : context.loaders.polls(undefined).load(event.pollId!),
    }),
  }),
});

UserEventRef.implement({
  description: 'An event about a user: updated, deactivated, reactivated or deleted.',
  interfaces: [StreamEventRef],
  isTypeOf: (event) => (event as LiveEvent).userId !== undefined,
  fields: (t) => ({
    userId: t.id({ description: 'The user the event is about.', resolve: (event) => event.userId! }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'The user as they are now; null when they cannot be read.',
      resolve: (event, _args, context) => context.loaders.users.load(event.userId!),
    }),
  }),
});
