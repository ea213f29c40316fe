import { LAST_NEEDS_BEFORE } from '../../graphql/connections/connectionArgs.js';
import { builder } from '../../graphql/builder.js';
import {
  PollConnectionRef,
  PollOptionRef,
  PollRef,
  PollVoteConnectionRef,
  PollVoteRef,
} from '../../schema/poll/types.js';
import { toSortParams } from '../../graphql/sort.js';
import { POLL_WHERE_FIELDS, PollOrder, PollVoteOrder, PollWhere } from '../../schema/poll/where.js';
import { UserRef } from '../../schema/user/types.js';
import { combineFilters, equals, whereToFilter } from '../../graphql/filters.js';
import { actingUserId } from '../../graphql/actingUser.js';
import { pollConnection, voteConnection, pollVotesQuery, voteFilterArgs } from './queries.js';

builder.objectField(UserRef, 'polls', (t) =>
  t.connection(
    {
      type: PollRef,
      nullable: true,
      description: 'The polls this user created, page by page (one request per distinct user and arguments).',
      args: {
        where: t.arg({ type: PollWhere, description: "Which of the user's polls: typed conditions on their fields." }),
        orderBy: t.arg({ type: [PollOrder], description: 'The order, by up to 5 fields; newest first by default.' }),
      },
      resolve: (user, args, context) =>
        pollConnection(
          args,
          {
            filter: combineFilters(undefined, [
              equals('created_by_id', user.id),
              whereToFilter(args.where, POLL_WHERE_FIELDS),
            ]),
            sort: toSortParams(args.orderBy, 'orderBy'),
            viewer: actingUserId(context.caller, undefined),
            read: (input) => context.loaders.userPolls.load(input),
          },
          context,
        ),
    },
    PollConnectionRef,
  ),
);

builder.objectField(PollRef, 'votes', (t) =>
  t.connection(
    {
      type: PollVoteRef,
      nullable: true,
      description: `The votes and answers of this poll, page by page (one request per poll); newest first by default. ${LAST_NEEDS_BEFORE}`,
      args: voteFilterArgs(),
      resolve: (poll, args, context) => voteConnection(args, pollVotesQuery(poll.id, args, context.caller), context),
    },
    PollVoteConnectionRef,
  ),
);

builder.objectField(PollOptionRef, 'votes', (t) =>
  t.connection(
    {
      type: PollVoteRef,
      nullable: true,
      description: `The votes for this option, page by page (one queryPollVotes per option page); newest first by default. ${LAST_NEEDS_BEFORE}`,
      args: {
        orderBy: t.arg({
          type: [PollVoteOrder],
          description: 'The order, by up to 5 fields; newest first by default.',
        }),
      },
      // Stream pages one query at a time, and a page of one option's votes needs its own
      // `option_id` filter: options cannot share a call without losing their page sizes, so this
      // is one call per option asked for (the N Stream forces). Voters come embedded and prime the
      // user loader, and the option's poll is the one it was read with: no call per vote.
      resolve: ({ pollId, option }, args, context) =>
        voteConnection(
          args,
          pollVotesQuery(pollId, { where: { optionId: { eq: option.id } }, orderBy: args.orderBy }, context.caller),
          context,
        ),
    },
    PollVoteConnectionRef,
  ),
);
