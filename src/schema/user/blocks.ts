import type { BlockUsersResponse, BlockedUserResponse } from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import { UserRef } from './types.js';

export const BlockedUserRef = builder.objectRef<BlockedUserResponse>('BlockedUser').implement({
  description: 'One user blocking another.',
  fields: (t) => ({
    userId: t.exposeID('user_id', { description: 'Who blocks.' }),
    user: t.field({ type: UserRef, description: 'Who blocks.', resolve: (block) => block.user }),
    blockedUserId: t.exposeID('blocked_user_id', { description: 'Who is blocked.' }),
    blockedUser: t.field({ type: UserRef, description: 'Who is blocked.', resolve: (block) => block.blocked_user }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the block began.' }),
  }),
});

export const BlockUsersResultRef = builder.objectRef<BlockUsersResponse>('BlockUsersResult').implement({
  description: 'A block just made.',
  fields: (t) => ({
    blockedByUserId: t.exposeID('blocked_by_user_id', { description: 'Who blocks.' }),
    blockedBy: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who blocks.',
      resolve: (block, _args, { loaders }) => loaders.users.load(block.blocked_by_user_id),
    }),
    blockedUserId: t.exposeID('blocked_user_id', { description: 'Who is blocked.' }),
    blockedUser: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who is blocked.',
      resolve: (block, _args, { loaders }) => loaders.users.load(block.blocked_user_id),
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the block began.' }),
  }),
});
