import type { StreamClient } from '../rest/client.js';
import type { PollResponse } from '../rest/wire/polls.js';
import type { UserLifecycleResponse, UpdateUsersResponse } from '../rest/wire/users.js';
import { pollEvent, userEvent, type LiveEvent } from './events.js';
import type { Live } from './live.js';

type Input = Readonly<Record<string, unknown>>;

const closes = (set: unknown) => (set as { is_closed?: unknown } | undefined)?.is_closed === true;

/**
 * The events each write reports, from its input and answer; the emulator and Stream report the
 * same changes by webhook, with the same event keys, and the later report is dropped.
 * Writes that finish in a background task (deactivateUsers, deleteUsers...) are left to the webhook.
 */
type EventsOf = (input: Input, result: unknown) => LiveEvent[];

const EVENTS_OF_WRITES: Partial<Record<keyof StreamClient, EventsOf>> = {
  updatePoll: (input, result) => {
    const { poll } = result as PollResponse;
    return [pollEvent(input.is_closed === true ? 'poll.closed' : 'poll.updated', poll.id, poll.updated_at)];
  },
  updatePollPartial: (input, result) => {
    const { poll } = result as PollResponse;
    return [pollEvent(closes(input.set) ? 'poll.closed' : 'poll.updated', poll.id, poll.updated_at)];
  },
  deletePoll: (input) => [pollEvent('poll.deleted', String(input.poll_id))],
  updateUsers: (_input, result) =>
    Object.values((result as UpdateUsersResponse).users).map((user) =>
      userEvent('user.updated', user.id, user.updated_at),
    ),
  updateUsersPartial: (_input, result) =>
    Object.values((result as UpdateUsersResponse).users).map((user) =>
      userEvent('user.updated', user.id, user.updated_at),
    ),
  deactivateUser: (input, result) => {
    const { user } = result as UserLifecycleResponse;
    return [userEvent('user.deactivated', String(input.user_id), user?.updated_at)];
  },
  reactivateUser: (input, result) => {
    const { user } = result as UserLifecycleResponse;
    return [userEvent('user.reactivated', String(input.user_id), user?.updated_at)];
  },
};

/**
 * The REST client, publishing an event after every successful write that Stream reports by
 * webhook: subscribers hear of changes made through the gateway at once, without waiting for it.
 */
export function publishingClient(client: StreamClient, live: Live): StreamClient {
  return client.withStep((operation, input, send) => {
    const events = EVENTS_OF_WRITES[operation.name as keyof StreamClient];
    return events ? sendAndPublish(input, send, events) : send();
  });

  async function sendAndPublish<T>(input: Input, send: () => Promise<T>, events: EventsOf): Promise<T> {
    const result = await send();
    // Awaited, so that caches are invalidated before the mutation answers (read-your-writes).
    await Promise.all(
      events(input, result).map((event) =>
        live.publish(event).catch((error: unknown) => live.log(`publishing ${event.type}: ${String(error)}`)),
      ),
    );
    return result;
  }
}
