import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import {
  CreateRoleResponse,
  GetCustomPermissionResponse,
  ListPermissionsResponse,
  ListRolesResponse,
  PermissionRequest,
  RoleType,
} from './wire/permissions.js';
import { NameSearchParams, Response } from './wire/shared.js';

export const listPermissions = defineOperation({
  name: 'listPermissions',
  method: 'GET',
  path: '/api/v2/permissions',
  response: ListPermissionsResponse,
});

export const createPermission = defineOperation({
  name: 'createPermission',
  method: 'POST',
  createdId: 'id',
  path: '/api/v2/permissions',
  body: Type.Composite([Type.Object({ id: Type.String({ minLength: 1, maxLength: 255 }) }), PermissionRequest]),
  response: Response,
});

export const deletePermission = defineOperation({
  name: 'deletePermission',
  method: 'DELETE',
  path: '/api/v2/permissions/{id}',
  response: Response,
});

export const getPermission = defineOperation({
  name: 'getPermission',
  method: 'GET',
  path: '/api/v2/permissions/{id}',
  response: GetCustomPermissionResponse,
});

export const updatePermission = defineOperation({
  name: 'updatePermission',
  method: 'PUT',
  path: '/api/v2/permissions/{id}',
  body: PermissionRequest,
  response: Response,
});

export const listRoles = defineOperation({
  name: 'listRoles',
  method: 'GET',
  path: '/api/v2/roles',
  response: ListRolesResponse,
});

export const createRole = defineOperation({
  name: 'createRole',
  method: 'POST',
  path: '/api/v2/roles',
  body: Type.Object({
    name: Type.String({ minLength: 1, maxLength: 64 }),
  }),
  response: CreateRoleResponse,
});

export const searchRoles = defineOperation({
  name: 'searchRoles',
  method: 'GET',
  path: '/api/v2/roles/search',
  query: Type.Composite([
    NameSearchParams,
    Type.Object({
      role_type: Type.Optional(RoleType),
      include_global_roles: Type.Optional(Type.Boolean()),
    }),
  ]),
  response: ListRolesResponse,
});

export const deleteRole = defineOperation({
  name: 'deleteRole',
  method: 'DELETE',
  path: '/api/v2/roles/{name}',
  response: Response,
});
