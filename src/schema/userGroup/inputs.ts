import { UserGroupMembersRequest, UserGroupRequest } from '../../rest/wire/userGroups.js';
import { builder } from '../../graphql/builder.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';

export const CreateUserGroupInput = builder.inputType('CreateUserGroupInput', {
  description: 'A new user group.',
  fields: (t) => ({
    ...wireInputFields(t, UserGroupRequest, {
      name: 'The group name (1 to 255 characters).',
    }),
    id: t.id({
      description:
        'Its id; the gateway makes up a UUIDv7 when left out, and names it in an UPSTREAM_OUTCOME_UNKNOWN error.',
    }),
    ...wireInputFields(t, UserGroupRequest, {
      description: 'What the group is for.',
      teamId: 'The team it belongs to.',
    }),
    memberIds: t.idList({ description: 'Its first members (at most 100; add more with addUserGroupMembers).' }),
  }),
});

export const UpdateUserGroupInput = builder.inputType('UpdateUserGroupInput', {
  description: 'Changes to a user group; fields left out keep their value.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The group to change.' }),
    name: t.string({ description: 'The new name.' }),
    ...wireInputFields(t, UserGroupRequest, {
      description: 'The new description.',
      teamId: 'The group’s team, when it belongs to one.',
    }),
  }),
});

export const DeleteUserGroupInput = builder.inputType('DeleteUserGroupInput', {
  description: 'The user group to remove.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Its id.' }),
    teamId: t.string({ description: 'Its team, when it belongs to one.' }),
  }),
});

export const AddUserGroupMembersInput = builder.inputType('AddUserGroupMembersInput', {
  description: 'Users to add to a group.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The group.' }),
    ...wireInputFields(t, UserGroupMembersRequest, {
      memberIds: { description: 'The users to add (1 to 100).', type: 'ID' },
    }),
    asAdmin: t.boolean({ description: 'Make them group admins (members already in it change too).' }),
    ...wireInputFields(t, UserGroupMembersRequest, {
      teamId: 'The group’s team, when it belongs to one.',
    }),
  }),
});

export const RemoveUserGroupMembersInput = builder.inputType('RemoveUserGroupMembersInput', {
  description: 'Users to remove from a group.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The group.' }),
    ...wireInputFields(t, UserGroupMembersRequest, {
      memberIds: { description: 'The users to remove (1 to 100).', type: 'ID' },
      teamId: 'The group’s team, when it belongs to one.',
    }),
  }),
});
