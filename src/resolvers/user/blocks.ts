import type { BlockedUserResponse } from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { ownUserData } from '../../graphql/ownUserData.js';
import { BlockedUserRef } from '../../schema/user/blocks.js';
import { UserRef } from '../../schema/user/types.js';
import { requiredActingUserId } from '../../graphql/actingUser.js';
import { BlockUserInput, UnblockUserInput } from '../../schema/user/inputs.js';
import { BlockUserPayload, UnblockUserPayload } from '../../schema/user/payloads.js';

/** The blocks of one user (getBlockedUsers); the users both sides embed prime the loader. */
async function blocksOf(
  userId: string,
  { stream, loaders }: GraphQLContext,
  read: (input: { user_id: string }) => ReturnType<typeof stream.getBlockedUsers> = (input) =>
    stream.getBlockedUsers(input),
): Promise<BlockedUserResponse[]> {
  const { blocks } = await read({ user_id: userId });
  for (const block of blocks) {
    loaders.primeUser(block.user);
    loaders.primeUser(block.blocked_user);
  }
  return blocks;
}

builder.queryField('blockedUsers', (t) =>
  t.field({
    type: [BlockedUserRef],
    nullable: true,
    description: 'The blocks a user made, oldest first (getBlockedUsers). User tokens read their own.',
    authScopes: { server: true, user: true },
    args: { userId: t.arg.id({ description: 'Whose blocks; required for server tokens.' }) },
    resolve: (_root, { userId }, context) => blocksOf(requiredActingUserId(context.caller, userId, 'userId'), context),
  }),
);

builder.objectField(UserRef, 'blocks', (t) =>
  t.field({
    type: [BlockedUserRef],
    nullable: true,
    description:
      'The blocks this user made, with when each began (one request per distinct user). User tokens see only their own.',
    resolve: ownUserData('blocks', (user, context) =>
      blocksOf(user.id, context, (input) => context.loaders.userBlocks.load(input)),
    ),
  }),
);

builder.mutationField('blockUser', (t) =>
  t.field({
    type: BlockUserPayload,
    description: 'Blocks a user: their messages and calls no longer reach the blocker (blockUsers).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: BlockUserInput, required: true }) },
    resolve: (_root, { input }, { caller, stream }) =>
      stream.blockUsers({
        user_id: requiredActingUserId(caller, input.userId, 'input.userId'),
        blocked_user_id: String(input.blockedUserId),
      }),
  }),
);

builder.mutationField('unblockUser', (t) =>
  t.field({
    type: UnblockUserPayload,
    description: 'Removes a block (unblockUsers); NOT_FOUND when there was none.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UnblockUserInput, required: true }) },
    resolve: async (_root, { input }, { caller, stream }) => {
      const userId = requiredActingUserId(caller, input.userId, 'input.userId');
      const blockedUserId = String(input.blockedUserId);
      await stream.unblockUsers({ user_id: userId, blocked_user_id: blockedUserId });
      return { userId, blockedUserId };
    },
  }),
);
