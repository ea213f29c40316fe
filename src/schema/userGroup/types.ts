import { UserGroupMember, UserGroupResponse } from '../../rest/wire/userGroups.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { userField } from '../user/userField.js';

export const UserGroupMemberRef = builder.objectRef<UserGroupMember>('UserGroupMember').implement({
  description: 'A user’s membership of a user group.',
  fields: (t) => ({
    ...wireFields(t, UserGroupMember, { userId: { description: 'The member’s user id.', type: 'ID' } }),
    user: userField(
      t,
      'The member (null if the user no longer exists); all members’ users load in batches.',
      (member) => member.user_id,
    ),
    ...wireFields(t, UserGroupMember, {
      groupId: { description: 'The group.', type: 'ID' },
      isAdmin: 'Whether the member administers the group.',
      appPk: 'The numeric id of the app.',
      createdAt: 'When the user joined the group.',
    }),
  }),
});

export const UserGroupRef = builder.objectRef<UserGroupResponse>('UserGroup').implement({
  description: 'A named group of users, e.g. for @group mentions.',
  fields: (t) => ({
    ...wireFields(t, UserGroupResponse, {
      id: { description: 'The group id.', type: 'ID' },
      name: 'The group name.',
      description: 'What the group is for.',
      teamId: 'The team it belongs to, if any.',
    }),
    createdById: t.exposeID('created_by', { nullable: true, description: 'The id of the user who created it.' }),
    createdBy: userField(
      t,
      'The user who created it, when one did (server-side creations have none).',
      (group) => group.created_by,
    ),
    ...wireFields(t, UserGroupResponse, {
      createdAt: 'When it was created.',
      updatedAt: 'When it last changed.',
    }),
  }),
});

export const UserGroupMemberConnectionRef = builder.connectionObject(
  {
    type: UserGroupMemberRef,
    name: 'UserGroupMemberConnection',
    description: 'A page of a group’s members.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many members the group has.',
        resolve: async ({ totalCount }) => (typeof totalCount === 'function' ? totalCount() : (totalCount ?? 0)),
      }),
    }),
  },
  { name: 'UserGroupMemberEdge', description: 'A member in a page.' },
);

/** What every single-group operation answers: the group as it is now. */
export interface UserGroupAnswer {
  user_group?: UserGroupResponse;
}
