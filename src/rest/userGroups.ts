import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { NameSearchParams, Response } from './wire/shared.js';
import {
  AddUserGroupMembersResponse,
  CreateUserGroupResponse,
  GetUserGroupResponse,
  ListUserGroupsResponse,
  RemoveUserGroupMembersResponse,
  SearchUserGroupsResponse,
  TeamId,
  UpdateUserGroupResponse,
  UserGroupMembersRequest,
  UserGroupRequest,
} from './wire/userGroups.js';

export const listUserGroups = defineOperation({
  name: 'listUserGroups',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/usergroups',
  status: 200,
  params: Type.Object({
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
  idempotent: false,
  createdId: 'id',
  path: '/api/v2/usergroups',
  status: 201,
  params: Type.Object({}),
  body: Type.Composite([
    UserGroupRequest,
    Type.Object({
      id: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
      member_ids: Type.Optional(Type.Array(Type.String(), { maxItems: 100 })),
    }),
  ]),
  response: CreateUserGroupResponse,
});

export const searchUserGroups = defineOperation({
  name: 'searchUserGroups',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/usergroups/search',
  status: 200,
  params: Type.Composite([
    NameSearchParams,
    Type.Object({
      id_gt: Type.Optional(Type.String()),
      team_id: Type.Optional(TeamId),
    }),
  ]),
  response: SearchUserGroupsResponse,
});

export const deleteUserGroup = defineOperation({
  name: 'deleteUserGroup',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/usergroups/{id}',
  status: 200,
  params: Type.Object({
    id: Type.String(),
    team_id: Type.Optional(TeamId),
  }),
  response: Response,
});

export const getUserGroup = defineOperation({
  name: 'getUserGroup',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/usergroups/{id}',
  status: 200,
  params: Type.Object({
    id: Type.String(),
    team_id: Type.Optional(TeamId),
  }),
  response: GetUserGroupResponse,
});

export const updateUserGroup = defineOperation({
  name: 'updateUserGroup',
  method: 'PUT',
  idempotent: true,
  path: '/api/v2/usergroups/{id}',
  status: 201,
  params: Type.Object({
    id: Type.String(),
  }),
  body: Type.Partial(UserGroupRequest),
  response: UpdateUserGroupResponse,
});

export const addUserGroupMembers = defineOperation({
  name: 'addUserGroupMembers',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/usergroups/{id}/members',
  status: 201,
  params: Type.Object({
    id: Type.String(),
  }),
  body: Type.Composite([UserGroupMembersRequest, Type.Object({ as_admin: Type.Optional(Type.Boolean()) })]),
  response: AddUserGroupMembersResponse,
});

export const removeUserGroupMembers = defineOperation({
  name: 'removeUserGroupMembers',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/usergroups/{id}/members/delete',
  status: 201,
  params: Type.Object({
    id: Type.String(),
  }),
  body: UserGroupMembersRequest,
  response: RemoveUserGroupMembersResponse,
});
