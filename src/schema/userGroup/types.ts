import type { UserGroupMember, UserGroupResponse } from '../../rest/wire/userGroups.js';
import { builder } from '../../graphql/builder.js';
import { UserRef } from '../user/types.js';

export const UserGroupMemberRef = builder.objectRef<UserGroupMember>('UserGroupMember').implement({
  description: 'A user’s membership of a user group.',
  fields: (t) => ({
    userId: t.exposeID('user_id', { description: 'The member’s user id.' }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'The member (null if the user no longer exists); all members’ users load in batches.',
      resolve: (member, _args, { loaders }) => loaders.users.load(member.user_id),
    }),
    groupId: t.exposeID('group_id', { description: 'The group.' }),
    isAdmin: t.exposeBoolean('is_admin', { description: 'Whether the member administers the group.' }),
    appPk: t.exposeInt('app_pk', { description: 'The numeric id of the app.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the user joined the group.' }),
  }),
});

export const UserGroupRef = builder.objectRef<UserGroupResponse>('UserGroup').implement({
  description: 'A named group of users, e.g. for @group mentions.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The group id.' }),
    name: t.exposeString('name', { description: 'The group name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the group is for.' }),
    teamId: t.exposeString('team_id', { nullable: true, description: 'The team it belongs to, if any.' }),
    createdById: t.exposeID('created_by', { nullable: true, description: 'The id of the user who created it.' }),
    createdBy: t.field({
      type: UserRef,
      nullable: true,
      description: 'The user who created it, when one did (server-side creations have none).',
      resolve: (group, _args, { loaders }) => (group.created_by ? loaders.users.load(group.created_by) : null),
    }),
    members: t.field({
      type: [UserGroupMemberRef],
      nullable: true,
      description:
        'Its members, when the answer carries them: a group read by id (userGroup) or returned by a mutation does; lists and searches do not (null).',
      resolve: (group) => group.members,
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

/** What every single-group operation answers: the group as it is now. */
interface UserGroupAnswer {
  user_group?: UserGroupResponse;
}

function userGroupPayload(name: string, description: string) {
  return builder.objectRef<UserGroupAnswer>(name).implement({
    description,
    fields: (t) => ({
      userGroup: t.field({
        type: UserGroupRef,
        nullable: true,
        description: 'The group, with its members.',
        resolve: (answer) => answer.user_group,
      }),
    }),
  });
}

export const CreateUserGroupPayloadRef = userGroupPayload('CreateUserGroupPayload', 'The group as created.');
export const UpdateUserGroupPayloadRef = userGroupPayload('UpdateUserGroupPayload', 'The group as changed.');
export const AddUserGroupMembersPayloadRef = userGroupPayload(
  'AddUserGroupMembersPayload',
  'The group with its new members.',
);
export const RemoveUserGroupMembersPayloadRef = userGroupPayload(
  'RemoveUserGroupMembersPayload',
  'The group without the removed members.',
);

export const CreateUserGroupInput = builder.inputType('CreateUserGroupInput', {
  description: 'A new user group.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The group name (1 to 255 characters).' }),
    id: t.id({
      description:
        'Its id; the gateway makes up a UUIDv7 when left out, and names it in an UPSTREAM_OUTCOME_UNKNOWN error.',
    }),
    description: t.string({ description: 'What the group is for.' }),
    teamId: t.string({ description: 'The team it belongs to.' }),
    memberIds: t.idList({ description: 'Its first members (at most 100; add more with addUserGroupMembers).' }),
  }),
});

export const UpdateUserGroupInput = builder.inputType('UpdateUserGroupInput', {
  description: 'Changes to a user group; fields left out keep their value.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The group to change.' }),
    name: t.string({ description: 'The new name.' }),
    description: t.string({ description: 'The new description.' }),
    teamId: t.string({ description: 'The group’s team, when it belongs to one.' }),
  }),
});

export const DeleteUserGroupInput = builder.inputType('DeleteUserGroupInput', {
  description: 'The user group to remove.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Its id.' }),
    teamId: t.string({ description: 'Its team, when it belongs to one.' }),
  }),
});

export const DeleteUserGroupPayloadRef = builder.objectRef<{ id: string }>('DeleteUserGroupPayload').implement({
  description: 'The user group that was removed.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
  }),
});

export const AddUserGroupMembersInput = builder.inputType('AddUserGroupMembersInput', {
  description: 'Users to add to a group.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The group.' }),
    memberIds: t.idList({ required: true, description: 'The users to add (1 to 100).' }),
    asAdmin: t.boolean({ description: 'Make them group admins (members already in it change too).' }),
    teamId: t.string({ description: 'The group’s team, when it belongs to one.' }),
  }),
});

export const RemoveUserGroupMembersInput = builder.inputType('RemoveUserGroupMembersInput', {
  description: 'Users to remove from a group.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The group.' }),
    memberIds: t.idList({ required: true, description: 'The users to remove (1 to 100).' }),
    teamId: t.string({ description: 'The group’s team, when it belongs to one.' }),
  }),
});
