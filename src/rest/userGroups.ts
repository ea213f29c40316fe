import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { Response } from './wire/shared.js';
import {
  AddUserGroupMembersResponse,
  CreateUserGroupResponse,
  GetUserGroupResponse,
  ListUserGroupsResponse,
  RemoveUserGroupMembersResponse,
  SearchUserGroupsResponse,
  UpdateUserGroupResponse,
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
    team_id: Type.Optional(Type.String({ maxLength: 255 })),
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
  body: Type.Object({
    name: Type.String({ minLength: 1, maxLength: 255 }),
    description: Type.Optional(Type.String()),
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    member_ids: Type.Optional(Type.Array(Type.String(), { maxItems: 100 })),
    team_id: Type.Optional(Type.String({ maxLength: 255 })),
  }),
  response: CreateUserGroupResponse,
});

export const searchUserGroups = defineOperation({
  name: 'searchUserGroups',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/usergroups/search',
  status: 200,
  params: Type.Object({
    query: Type.String({ minLength: 1, maxLength: 255 }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 25 })),
    name_gt: Type.Optional(Type.String()),
    id_gt: Type.Optional(Type.String()),
    team_id: Type.Optional(Type.String({ maxLength: 255 })),
  }),
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
    team_id: Type.Optional(Type.String({ maxLength: 255 })),
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
    team_id: Type.Optional(Type.String({ maxLength: 255 })),
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
  body: Type.Object({
    description: Type.Optional(Type.String()),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    team_id: Type.Optional(Type.String({ maxLength: 255 })),
  }),
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
  body: Type.Object({
    member_ids: Type.Array(Type.String(), { minItems: 1, maxItems: 100 }),
    as_admin: Type.Optional(Type.Boolean()),
    team_id: Type.Optional(Type.String({ maxLength: 255 })),
  }),
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
  body: Type.Object({
    member_ids: Type.Array(Type.String(), { minItems: 1, maxItems: 100 }),
    team_id: Type.Optional(Type.String({ maxLength: 255 })),
  }),
  response: RemoveUserGroupMembersResponse,
});
