import { builder } from '../../graphql/builder.js';
import { PollConnectionRef, PollRef, PollVoteConnectionRef, PollVoteRef } from '../../schema/poll/types.js';
import { SortInput, toSortParams } from '../../graphql/sort.js';
import { UserRef } from '../../schema/user/types.js';
import { combineFilters, equals } from '../../graphql/filters.js';
import { actingUserId } from '../../graphql/actingUser.js';
import { pollConnection, voteConnection, pollVotesQuery, voteFilterArgs } from './queries.js';

builder.objectField(UserRef, 'polls', (t) =>
  t.connection(
    {
      type: PollRef,
      nullable: true,
      description: 'The polls this user created, page by page (one request per distinct user and arguments).',
      args: {
        isClosed: t.arg.boolean({ description: 'Only closed (true) or only open (false) polls.' }),
        sort: t.arg({ type: [SortInput], description: 'The order, by up to 5 fields; newest first by default.' }),
      },
      resolve: (user, args, context) =>
        pollConnection(
          args,
          {
            filter: combineFilters(undefined, [equals('created_by_id', user.id), equals('is_closed', args.isClosed)]),
            sort: toSortParams(args.sort),
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
      description: 'The votes and answers of this poll, page by page (one request per poll); newest first by default.',
      args: voteFilterArgs(),
      resolve: (poll, args, context) => voteConnection(args, pollVotesQuery(poll.id, args, context.caller), context),
    },
    PollVoteConnectionRef,
  ),
);
