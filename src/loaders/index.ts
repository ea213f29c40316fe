import type DataLoader from 'dataloader';
import type { Caller } from '../caller.js';
import type { StreamClient } from '../rest/client.js';
import type { PollResponseData } from '../rest/wire/polls.js';
import type { UserResponse } from '../rest/wire/shared.js';
import { createPollLoader } from './polls.js';
import { createUserLoader } from './users.js';

export interface Loaders {
  users: DataLoader<string, UserResponse | null>;
  /** Polls as the given acting user sees them (own votes differ per user). */
  polls(actingUserId: string | undefined): DataLoader<string, PollResponseData | null>;
  /** Remembers a user seen embedded in any answer, so it is never fetched again in this request. */
  primeUser(user: UserResponse | null | undefined): void;
  primePoll(poll: PollResponseData | null | undefined, actingUserId: string | undefined): void;
}

/** Loaders for one GraphQL request; nothing is shared between requests. */
export function createLoaders(stream: StreamClient, caller: Caller): Loaders {
  const users = createUserLoader(stream);
  const pollLoaders = new Map<string, DataLoader<string, PollResponseData | null>>();
  const defaultUser = caller.kind === 'user' ? caller.userId : undefined;
  const polls = (actingUserId: string | undefined) => {
    const key = actingUserId ?? defaultUser ?? '';
    let loader = pollLoaders.get(key);
    if (!loader) {
      loader = createPollLoader(stream, actingUserId ?? defaultUser);
      pollLoaders.set(key, loader);
    }
    return loader;
  };
  return {
    users,
    polls,
    primeUser(user) {
      if (user?.id) users.prime(user.id, user);
    },
    primePoll(poll, actingUserId) {
      if (!poll?.id) return;
      polls(actingUserId).prime(poll.id, poll);
      if (poll.created_by) users.prime(poll.created_by.id, poll.created_by);
    },
  };
}
