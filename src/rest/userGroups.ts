import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { NameSearchParams, Response } from './wire/shared.js';
import {
  UserGroupAnswer,
  ListUserGroupsResponse,
  TeamId,
  UserGroupMembersRequest,
  UserGroupRequest,
} from './wire/userGroups.js';

export const listUserGroups = defineOperation({
  name: 'listUserGroups',
  method: 'GET',
  path: '/api/v2/usergroups',
  query: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    id_gt: Type.Optional(Type.String()),
    created_at_gt: Type.Optional(Type.String()),
    team_id: Type.Optional(TeamId),
  }),
  response: ListUserGroupsResponse,
});

export const createUserGroup = defineOperation({
  name: 'createUserGroup',
  method: 'POST',
  createdId: 'id',
  path: '/api/v2/usergroups',
  body: Type.Composite([
    UserGroupRequest,
    Type.Object({
      id: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
      member_ids: Type.Optional(Type.Array(Type.String(), { maxItems: 100 })),
    }),
  ]),
  response: UserGroupAnswer,
});

export const searchUserGroups = defineOperation({
  name: 'searchUserGroups',
  method: 'GET',
  path: '/api/v2/usergroups/search',
  query: Type.Composite([
    NameSearchParams,
    Type.Object({
      id_gt: Type.Optional(Type.String()),
      team_id: Type.Optional(TeamId),
    }),
  ]),
  response: ListUserGroupsResponse,
});

export const deleteUserGroup = defineOperation({
  name: 'deleteUserGroup',
  method: 'DELETE',
  path: '/api/v2/usergroups/{id}',
  query: Type.Object({
    team_id: Type.Optional(TeamId),
  }),
  response: Response,
});

export const getUserGroup = defineOperation({
  name: 'getUserGroup',
  method: 'GET',
  path: '/api/v2/usergroups/{id}',
  query: Type.Object({
    team_id: Type.Optional(TeamId),
  }),
  response: UserGroupAnswer,
});

export const updateUserGroup = defineOperation({
  name: 'updateUserGroup',
  method: 'PUT',
  path: '/api/v2/usergroups/{id}',
  body: Type.Partial(UserGroupRequest),
  response: UserGroupAnswer,
});

export const addUserGroupMembers = defineOperation({
  name: 'addUserGroupMembers',
  method: 'POST',
  path: '/api/v2/usergroups/{id}/members',
  body: Type.Composite([UserGroupMembersRequest, Type.Object({ as_admin: Type.Optional(Type.Boolean()) })]),
  response: UserGroupAnswer,
});

export const removeUserGroupMembers = defineOperation({
  name: 'removeUserGroupMembers',
  method: 'POST',
  path: '/api/v2/usergroups/{id}/members/delete',
  body: UserGroupMembersRequest,
  response: UserGroupAnswer,
});
