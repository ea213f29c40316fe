import type DataLoader from 'dataloader';
import type { Caller } from '../caller.js';
import type { StreamClient } from '../rest/client.js';
import type { BlockListResponse } from '../rest/wire/blocklists.js';
import type { Role } from '../rest/wire/permissions.js';
import type { PollResponseData, PollVoteResponseData } from '../rest/wire/polls.js';
import type { FullUserResponse } from '../rest/wire/users.js';
import type { UserGroupResponse } from '../rest/wire/userGroups.js';
import { createBlockListLoader, type BlockListKey } from './blockLists.js';
import type { InFlightCalls } from './inFlight.js';
import { createPollLoader } from './polls.js';
import { PrefetchedCalls } from './prefetch.js';
import { createRoleLoader } from './roles.js';
import { createUserGroupLoader } from './userGroups.js';
import { oncePerInput } from './oncePerInput.js';
import { createUserLoader, isFullUser, type UserData } from './users.js';

type QueryPollVotes = StreamClient['queryPollVotes'];

/** A REST read as a loader that calls once per distinct input in the request. */
type OncePerInput<Name extends keyof StreamClient> = StreamClient[Name] extends (
  input: infer Input,
) => Promise<infer Output>
  ? DataLoader<NonNullable<Input>, Output, string>
  : never;

export interface Loaders {
  /** Users by id: as any answer of the request brought them, else read together (queryUsers). */
  users: DataLoader<string, UserData | null>;
  /** Users with their mutes and unread counts, which only queryUsers answers: read together for the request. */
  fullUsers: DataLoader<string, FullUserResponse | null>;
  /** Polls as the given acting user sees them (own votes differ per user). */
  polls(actingUserId: string | undefined): DataLoader<string, PollResponseData | null>;
  /**
   * A poll as any acting user saw it in this request, for what does not depend on the viewer
   * (options, settings, counts); loaded as the caller when nobody has seen it yet.
   */
  pollSeenByAnyone(pollId: string): Promise<PollResponseData | null>;
  /** Remembers a user seen in any answer, so it is not fetched again in this request; the latest answer wins. */
  primeUser(user: UserData | null | undefined): void;
  /** Remembers a poll and every user and vote embedded in it, replacing what the request saw of it before. */
  primePoll(poll: PollResponseData | null | undefined, actingUserId: string | undefined): void;
  /** Forgets a poll that a write changed without answering it, so that it is read again. */
  forgetPoll(pollId: string): void;
  /** Remembers the voters embedded in votes. */
  primeVotes(votes: readonly PollVoteResponseData[]): void;
  /** queryPollVotes, which a parent field may start ahead of the resolver that needs it (PrefetchedCalls). */
  pollVotes: PrefetchedCalls<Parameters<QueryPollVotes>[0], Awaited<ReturnType<QueryPollVotes>>>;
  // Reads Stream answers for one user at a time, made once per distinct user and arguments.
  readonly userPolls: OncePerInput<'queryPolls'>;
  readonly userDevices: OncePerInput<'listDevices'>;
  readonly userBlocks: OncePerInput<'getBlockedUsers'>;
  readonly userLiveLocations: OncePerInput<'getUserLiveLocations'>;
  // Federation's reference resolvers load these; each is made the first time it is used.
  readonly blockLists: DataLoader<BlockListKey, BlockListResponse | null, string>;
  readonly roles: DataLoader<string, Role | null>;
  readonly userGroups: DataLoader<string, UserGroupResponse | null>;
}

/**
 * Loaders for one GraphQL request; nothing is shared between requests. With `inFlight` (the
 * request's calls, counted), batches wait until no call is in flight, and users that answers
 * embed meanwhile are not fetched.
 */
export function createLoaders(stream: StreamClient, caller: Caller, inFlight?: InFlightCalls): Loaders {
  const seenUsers = new Map<string, UserData>();
  const seenFullUsers = new Map<string, FullUserResponse>();
  const schedule = inFlight?.schedule;
  const rememberFull = (user: FullUserResponse) => {
    seenFullUsers.set(user.id, user);
    fullUsers.clear(user.id).prime(user.id, user);
  };
  const users = createUserLoader<UserData>(stream, {
    schedule,
    known: (id) => seenUsers.get(id),
    onLoaded: rememberFull,
  });
  const fullUsers = createUserLoader<FullUserResponse>(stream, {
    schedule,
    known: (id) => seenFullUsers.get(id),
    onLoaded: (user) => primeUser(user),
  });
  const pollLoaders = new Map<string, DataLoader<string, PollResponseData | null>>();
  const seenPolls = new Map<string, PollResponseData>();
  const defaultUser = caller.kind === 'user' ? caller.userId : undefined;
  let blockLists: Loaders['blockLists'] | undefined;
  let roles: Loaders['roles'] | undefined;
  let userGroups: Loaders['userGroups'] | undefined;
  let userPolls: Loaders['userPolls'] | undefined;
  let userDevices: Loaders['userDevices'] | undefined;
  let userBlocks: Loaders['userBlocks'] | undefined;
  let userLiveLocations: Loaders['userLiveLocations'] | undefined;

  const polls = (actingUserId: string | undefined) => {
    const key = actingUserId ?? defaultUser ?? '';
    let loader = pollLoaders.get(key);
    if (!loader) {
      loader = createPollLoader(stream, actingUserId ?? defaultUser, { schedule, onLoaded: (poll) => remember(poll) });
      pollLoaders.set(key, loader);
    }
    return loader;
  };

  // The latest answer wins: a write's answer replaces what an earlier read of the request saw.
  function primeUser(user: UserData | null | undefined) {
    if (!user?.id) return;
    users.clear(user.id).prime(user.id, user);
    seenUsers.set(user.id, user);
    if (isFullUser(user)) rememberFull(user);
  }
  const primeVotes = (votes: readonly PollVoteResponseData[]) => {
    for (const vote of votes) primeUser(vote.user);
  };
  const remember = (poll: PollResponseData) => {
    seenPolls.set(poll.id, poll);
    primeUser(poll.created_by);
    primeVotes(poll.own_votes);
    primeVotes(poll.latest_answers);
    for (const votes of Object.values(poll.latest_votes_by_option)) primeVotes(votes);
  };

  return {
    users,
    fullUsers,
    polls,
    async pollSeenByAnyone(pollId) {
      return seenPolls.get(pollId) ?? polls(undefined).load(pollId);
    },
    primeUser,
    primeVotes,
    primePoll(poll, actingUserId) {
      if (!poll?.id) return;
      polls(actingUserId).clear(poll.id).prime(poll.id, poll);
      remember(poll);
    },
    forgetPoll(pollId) {
      for (const loader of pollLoaders.values()) loader.clear(pollId);
      seenPolls.delete(pollId);
    },
    pollVotes: new PrefetchedCalls((input) => stream.queryPollVotes(input)),
    get blockLists() {
      return (blockLists ??= createBlockListLoader(stream));
    },
    get roles() {
      return (roles ??= createRoleLoader(stream));
    },
    get userGroups() {
      return (userGroups ??= createUserGroupLoader(stream));
    },
    get userPolls() {
      return (userPolls ??= oncePerInput((input) => stream.queryPolls(input)));
    },
    get userDevices() {
      return (userDevices ??= oncePerInput((input) => stream.listDevices(input)));
    },
    get userBlocks() {
      return (userBlocks ??= oncePerInput((input) => stream.getBlockedUsers(input)));
    },
    get userLiveLocations() {
      return (userLiveLocations ??= oncePerInput((input) => stream.getUserLiveLocations(input)));
    },
  };
}
