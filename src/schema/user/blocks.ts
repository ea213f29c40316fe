import { BlockUsersResponse, BlockedUserResponse } from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { UserRef } from './types.js';
import { userField } from './userField.js';

export const BlockedUserRef = builder.objectRef<BlockedUserResponse>('BlockedUser').implement({
  description: 'One user blocking another.',
  fields: (t) => ({
    ...wireFields(t, BlockedUserResponse, { userId: { description: 'Who blocks.', type: 'ID' } }),
    user: t.field({ type: UserRef, description: 'Who blocks.', resolve: (block) => block.user }),
    ...wireFields(t, BlockedUserResponse, { blockedUserId: { description: 'Who is blocked.', type: 'ID' } }),
    blockedUser: t.field({ type: UserRef, description: 'Who is blocked.', resolve: (block) => block.blocked_user }),
    ...wireFields(t, BlockedUserResponse, { createdAt: 'When the block began.' }),
  }),
});

export const BlockUsersResultRef = builder.objectRef<BlockUsersResponse>('BlockUsersResult').implement({
  description: 'A block just made.',
  fields: (t) => ({
    ...wireFields(t, BlockUsersResponse, { blockedByUserId: { description: 'Who blocks.', type: 'ID' } }),
    blockedBy: userField(t, 'Who blocks.', (block) => block.blocked_by_user_id),
    ...wireFields(t, BlockUsersResponse, { blockedUserId: { description: 'Who is blocked.', type: 'ID' } }),
    blockedUser: userField(t, 'Who is blocked.', (block) => block.blocked_user_id),
    ...wireFields(t, BlockUsersResponse, { createdAt: 'When the block began.' }),
  }),
});
