import { collectSubFields } from '@graphql-tools/utils';
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Caller } from '../../caller.js';
import type { PollResponseData, PollVoteResponseData } from '../../rest/wire/polls.js';
import type { SortParamRequest } from '../../rest/wire/shared.js';
import { builder } from '../../graphql/builder.js';
import { nullWhenNotFound } from '../../graphql/byId.js';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  PollConnectionRef,
  PollOptionRef,
  PollRef,
  PollVoteConnectionRef,
  PollVoteRef,
} from '../../schema/poll/types.js';
import { toSortParams } from '../../graphql/sort.js';
import {
  pageRequest,
  type Connection,
  type ConnectionArgs,
  LAST_NEEDS_BEFORE,
} from '../../graphql/connections/connectionArgs.js';
import { pageCursorConnection, type PageOrigin } from '../../graphql/connections/pageCursorConnection.js';
import { combineFilters, whereToFilter, type WhereInput } from '../../graphql/filters.js';
import {
  POLL_VOTE_WHERE_FIELDS,
  POLL_WHERE_FIELDS,
  PollOrder,
  PollVoteOrder,
  PollVoteWhere,
  PollWhere,
} from '../../schema/poll/where.js';
import { actingUserId } from '../../graphql/actingUser.js';

/** queryPolls and queryPollVotes answer at most 100 items per call. */
const POLL_PAGES = { defaultPageSize: 25, maxPageSize: 100 };

builder.queryField('poll', (t) =>
  t.field({
    type: PollRef,
    nullable: true,
    description: 'A poll by id (getPoll); null when there is none.',
    authScopes: { server: true, user: true },
    args: {
      id: t.arg.id({ required: true, description: 'The poll id.' }),
      userId: t.arg.id({ description: 'Read it as this user (their own votes); user tokens read as themselves.' }),
    },
    resolve: async (_root, { id, userId }, context, info) => {
      const { caller, stream, loaders } = context;
      const viewer = actingUserId(caller, userId);
      const answer = nullWhenNotFound(stream.getPoll({ poll_id: String(id), user_id: viewer }));
      prefetchVotes(String(id), info, context);
      const poll = (await answer)?.poll ?? null;
      loaders.primePoll(poll, viewer);
      return poll;
    },
  }),
);

type QueryPolls = GraphQLContext['stream']['queryPolls'];

interface PollQuery {
  filter: Record<string, unknown>;
  sort?: SortParamRequest[];
  viewer?: string;
  /** How a page is read: queryPolls by default. */
  read?: (input: NonNullable<Parameters<QueryPolls>[0]>) => ReturnType<QueryPolls>;
}

/** A page of polls (queryPolls) as a connection; every poll and its embedded users prime the loaders. */
export function pollConnection(
  args: ConnectionArgs,
  { filter, sort, viewer, read }: PollQuery,
  { stream, loaders }: GraphQLContext,
): Promise<Connection<PollResponseData>> {
  const readPage = read ?? ((input) => stream.queryPolls(input));
  return pageCursorConnection(args, POLL_PAGES, async (origin, limit) => {
    const page = await readPage({ user_id: viewer, filter, sort, limit, ...origin });
    for (const poll of page.polls) loaders.primePoll(poll, viewer);
    return { items: page.polls, next: page.next, prev: page.prev };
  });
}

builder.queryField('polls', (t) =>
  t.connection(
    {
      type: PollRef,
      nullable: true,
      description: `Polls matching a filter (queryPolls), page by page: \`first\`/\`last\` at most 100 (25 by default); newest first unless sorted. ${LAST_NEEDS_BEFORE}`,
      authScopes: { server: true, user: true },
      args: {
        where: t.arg({ type: PollWhere, description: 'Which polls: typed conditions on their fields.' }),
        filter: t.arg({
          type: 'JSONObject',
          description:
            'Escape hatch for power users: Stream\'s own filter language, e.g. `{"voting_visibility": "anonymous"}`, joined with `where` by `$and`. Not checked by the gateway; Stream\'s refusals are BAD_USER_INPUT.',
        }),
        orderBy: t.arg({ type: [PollOrder], description: 'The order, by up to 5 fields; newest first by default.' }),
        userId: t.arg.id({ description: 'Read them as this user (their own votes); user tokens read as themselves.' }),
      },
      resolve: (_root, args, context) =>
        pollConnection(
          args,
          {
            filter: combineFilters(args.filter, [whereToFilter(args.where, POLL_WHERE_FIELDS)]),
            sort: toSortParams(args.orderBy, 'orderBy'),
            viewer: actingUserId(context.caller, args.userId),
          },
          context,
        ),
    },
    PollConnectionRef,
  ),
);
interface VoteQuery {
  pollId: string;
  filter: Record<string, unknown>;
  sort?: SortParamRequest[];
  viewer?: string;
}

/** The queryPollVotes input for one page of votes. */
function votesInput({ pollId, filter, sort, viewer }: VoteQuery, origin: PageOrigin, limit: number) {
  return { poll_id: pollId, user_id: viewer, filter, sort, limit, ...origin };
}

/**
 * A page of a poll's votes (queryPollVotes); the voters it embeds prime the user loader. A call
 * started ahead for the same page (prefetchVotes) is taken instead of calling again.
 */
export function voteConnection(
  args: ConnectionArgs,
  query: VoteQuery,
  { loaders }: GraphQLContext,
): Promise<Connection<PollVoteResponseData> & { totalCount?: () => Promise<number> }> {
  const connection = pageCursorConnection(args, POLL_PAGES, async (origin, limit) => {
    const page = await loaders.pollVotes.run(votesInput(query, origin, limit));
    loaders.primeVotes(page.votes);
    return { items: page.votes, next: page.next, prev: page.prev };
  });
  if (Object.keys(query.filter).length > 0) return connection;
  // Unfiltered, the list is every vote and answer, which the poll counts.
  const totalCount = async () => {
    const poll = await loaders.pollSeenByAnyone(query.pollId);
    return poll ? poll.vote_count + poll.answers_count : 0;
  };
  return connection.then((page) => ({ ...page, totalCount }));
}

interface VoteFilterArgs {
  where?: WhereInput | null;
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: 1 | -1 }[] | null;
}

/**
 * What Poll.votes (whether the resolver or prefetchVotes works it out) and Query.pollVotes ask
 * for a poll's votes; `userId` is the user to read them as, when the field takes one.
 */
export function pollVotesQuery(
  pollId: string,
  args: VoteFilterArgs,
  caller: Caller,
  userId?: string | number | null,
): VoteQuery {
  return {
    pollId,
    filter: combineFilters(args.filter, [whereToFilter(args.where, POLL_VOTE_WHERE_FIELDS)]),
    sort: toSortParams(args.orderBy, 'orderBy'),
    viewer: actingUserId(caller, userId),
  };
}

/** The arguments Poll.votes and Query.pollVotes share, made anew for each field. */
export const voteFilterArgs = () =>
  builder.args((t) => ({
    where: t.field({ type: PollVoteWhere, description: 'Which votes: typed conditions on their fields.' }),
    filter: t.field({
      type: 'JSONObject',
      description:
        "Escape hatch for power users: Stream's own filter language over votes, joined with `where` by `$and`. Not checked by the gateway; Stream's refusals are BAD_USER_INPUT.",
    }),
    orderBy: t.field({ type: [PollVoteOrder], description: 'The order, by up to 5 fields; newest first by default.' }),
  }));

/**
 * The arguments of the `votes` field selected under a poll field, when exactly one response key
 * asks for it, deferred or not; undefined otherwise (none, or several), and then nothing is
 * started ahead. collectSubFields expands fragments and applies `@skip`/`@include` on the poll's
 * own level only (a walk of the whole subtree cost about 2.5% of the gateway's CPU in bench S2);
 * getArgumentValues coerces the arguments as execution will.
 */
function singleVotesArgs(info: GraphQLResolveInfo, pollType: GraphQLObjectType): Record<string, unknown> | undefined {
  const votesField = pollType.getFields().votes;
  if (!votesField) return undefined;
  const { fields, patches } = collectSubFields(
    info.schema,
    info.fragments,
    info.variableValues,
    pollType,
    info.fieldNodes as FieldNode[],
  );
  const votes = [fields, ...patches.map((patch) => patch.fields)]
    .flatMap((byKey) => [...byKey.values()])
    .filter(([node]) => node!.name.value === 'votes');
  return votes.length === 1 ? getArgumentValues(votesField, votes[0]![0]!, info.variableValues) : undefined;
}

/**
 * When Query.poll's selection asks for the poll's first page of votes, starts that
 * queryPollVotes alongside getPoll: Poll.votes then takes its answer rather than calling once
 * getPoll has answered, so the two cost one round trip, not two, and the request makes the same
 * calls as before. If the poll is not found or getPoll fails, the votes answer is dropped (the
 * call was made all the same). Arguments Poll.votes would refuse start nothing: it refuses them.
 */
function prefetchVotes(pollId: string, info: GraphQLResolveInfo, context: GraphQLContext): void {
  const pollType = getNamedType(info.returnType);
  if (!isObjectType(pollType)) return;
  try {
    const args = singleVotesArgs(info, pollType) as (VoteFilterArgs & ConnectionArgs) | undefined;
    if (!args) return;
    const request = pageRequest(args, POLL_PAGES);
    if (!request.forward || request.after !== undefined) return;
    context.loaders.pollVotes.start(votesInput(pollVotesQuery(pollId, args, context.caller), {}, request.size));
  } catch {
    return;
  }
}
builder.queryField('pollVotes', (t) =>
  t.connection(
    {
      type: PollVoteRef,
      nullable: true,
      description: `A poll's votes and answers (queryPollVotes), page by page, without reading the poll; newest first by default. ${LAST_NEEDS_BEFORE}`,
      authScopes: { server: true, user: true },
      args: {
        pollId: t.arg.id({ required: true, description: 'The poll.' }),
        ...voteFilterArgs(),
        userId: t.arg.id({
          description: 'Read them as this user (anonymous polls show them their own); user tokens read as themselves.',
        }),
      },
      resolve: (_root, args, context) =>
        voteConnection(args, pollVotesQuery(String(args.pollId), args, context.caller, args.userId), context),
    },
    PollVoteConnectionRef,
  ),
);

builder.queryField('pollOption', (t) =>
  t.field({
    type: PollOptionRef,
    nullable: true,
    description: 'One option of a poll (getPollOption); null when the poll or the option does not exist.',
    authScopes: { server: true, user: true },
    args: {
      pollId: t.arg.id({ required: true, description: 'The poll.' }),
      optionId: t.arg.id({ required: true, description: 'The option.' }),
    },
    resolve: async (_root, { pollId, optionId }, { stream }) => {
      const option = await nullWhenNotFound(
        stream
          .getPollOption({ poll_id: String(pollId), option_id: String(optionId) })
          .then((answer) => answer.poll_option),
      );
      return option ? { pollId: String(pollId), option } : null;
    },
  }),
);
