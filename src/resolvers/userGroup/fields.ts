import { getUserGroup, listUserGroups, searchUserGroups } from '../../rest/userGroups.js';
import { toWireInput } from '../../rest/wireInput.js';
import type { UserGroupResponse } from '../../rest/wire/userGroups.js';
import { builder } from '../../graphql/builder.js';
import { nullWhenNotFound } from '../../graphql/byId.js';
import {
  AddUserGroupMembersInput,
  CreateUserGroupInput,
  DeleteUserGroupInput,
  RemoveUserGroupMembersInput,
  UpdateUserGroupInput,
} from '../../schema/userGroup/inputs.js';
import {
  AddUserGroupMembersPayloadRef,
  CreateUserGroupPayloadRef,
  DeleteUserGroupPayloadRef,
  RemoveUserGroupMembersPayloadRef,
  UpdateUserGroupPayloadRef,
} from '../../schema/userGroup/payloads.js';
import { UserGroupRef } from '../../schema/userGroup/types.js';
import { keysetConnection } from '../../graphql/connections/keysetConnection.js';
import { pageSizeExtensions } from '../../graphql/connections/connectionArgs.js';
import { forwardConnectionArgs } from '../../graphql/connections/forwardConnection.js';
import { streamMutation } from '../../graphql/streamMutation.js';

/** listUserGroups answers at most 100 per call, searchUserGroups 25. */
const USER_GROUPS_PER_PAGE = { maxPageSize: 100, defaultPageSize: 25 };
const USER_GROUPS_PER_SEARCH = { maxPageSize: 25, defaultPageSize: 25 };

/** Search results resume after a (name, id) pair: names may repeat, ids break the tie. */
type SearchKey = [name: string, id: string];

const isString = (value: unknown): value is string => typeof value === 'string';
const isSearchKey = (value: unknown): value is SearchKey =>
  Array.isArray(value) && value.length === 2 && value.every(isString);

builder.queryField('userGroup', (t) =>
  t.field({
    type: UserGroupRef,
    nullable: true,
    description: 'A user group by id, with its members (getUserGroup); null when there is none.',
    authScopes: { server: true },
    args: {
      id: t.arg.id({ required: true, description: 'The group id.' }),
      teamId: t.arg.string({ description: 'Look only in this team.' }),
    },
    resolve: (_root, { id, teamId }, { stream }) =>
      nullWhenNotFound(
        stream.getUserGroup(toWireInput(getUserGroup, { id, teamId })).then((answer) => answer.user_group),
      ),
  }),
);

const UserGroupConnectionRef = builder.connectionObject(
  { type: UserGroupRef, name: 'UserGroupConnection', description: 'A page of user groups.' },
  { name: 'UserGroupEdge', description: 'A user group in a page.' },
);

const UserGroupSearchConnectionRef = builder.connectionObject(
  { type: UserGroupRef, name: 'UserGroupSearchConnection', description: 'A page of user groups found by name.' },
  { name: 'UserGroupSearchEdge', description: 'A user group found by name.' },
);

builder.queryField('userGroups', (t) =>
  t.field({
    type: UserGroupConnectionRef,
    nullable: true,
    description: 'The user groups, by id (listUserGroups), forwards only (Stream pages them by id).',
    authScopes: { server: true },
    extensions: pageSizeExtensions(USER_GROUPS_PER_PAGE),
    args: {
      ...forwardConnectionArgs(),
      teamId: t.arg.string({ description: 'Only this team’s groups.' }),
      createdAtGt: t.arg({ type: 'DateTime', description: 'Only groups created after then.' }),
    },
    resolve: (_root, args, { stream }) =>
      keysetConnection(args, {
        sizes: USER_GROUPS_PER_PAGE,
        keyOf: (group: UserGroupResponse) => group.id,
        isKey: isString,
        fetchPage: async (limit, idGt) =>
          (
            await stream.listUserGroups(
              toWireInput(listUserGroups, {
                limit,
                idGt,
                teamId: args.teamId,
                createdAtGt: args.createdAtGt?.toString(),
              }),
            )
          ).user_groups,
      }),
  }),
);

builder.queryField('searchUserGroups', (t) =>
  t.field({
    type: UserGroupSearchConnectionRef,
    nullable: true,
    description:
      'User groups whose name starts with the query, by name (searchUserGroups), forwards only (Stream pages them by name).',
    authScopes: { server: true },
    extensions: pageSizeExtensions(USER_GROUPS_PER_SEARCH),
    args: {
      ...forwardConnectionArgs(),
      query: t.arg.string({ required: true, description: 'The start of the group name.' }),
      teamId: t.arg.string({ description: 'Only this team’s groups.' }),
    },
    resolve: (_root, args, { stream }) =>
      keysetConnection(args, {
        sizes: USER_GROUPS_PER_SEARCH,
        keyOf: (group: UserGroupResponse): SearchKey => [group.name, group.id],
        isKey: isSearchKey,
        fetchPage: async (limit, after) =>
          (
            await stream.searchUserGroups(
              toWireInput(searchUserGroups, {
                query: args.query,
                teamId: args.teamId,
                limit,
                nameGt: after?.[0],
                idGt: after?.[1],
              }),
            )
          ).user_groups,
      }),
  }),
);

streamMutation('createUserGroup', {
  type: CreateUserGroupPayloadRef,
  description: 'Creates a user group (createUserGroup).',
  input: CreateUserGroupInput,
});

streamMutation('updateUserGroup', {
  type: UpdateUserGroupPayloadRef,
  description: 'Renames or redescribes a user group (updateUserGroup).',
  input: UpdateUserGroupInput,
});

streamMutation('deleteUserGroup', {
  type: DeleteUserGroupPayloadRef,
  description: 'Removes a user group (deleteUserGroup).',
  input: DeleteUserGroupInput,
  answer: (input) => ({ id: input.id }),
});

streamMutation('addUserGroupMembers', {
  type: AddUserGroupMembersPayloadRef,
  description: 'Adds users to a group (addUserGroupMembers).',
  input: AddUserGroupMembersInput,
});

streamMutation('removeUserGroupMembers', {
  type: RemoveUserGroupMembersPayloadRef,
  description: 'Removes users from a group (removeUserGroupMembers).',
  input: RemoveUserGroupMembersInput,
});
