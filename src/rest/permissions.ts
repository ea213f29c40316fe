import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import {
  CreateRoleResponse,
  GetCustomPermissionResponse,
  ListPermissionsResponse,
  ListRolesResponse,
  PermissionRequest,
  RoleType,
  SearchRolesResponse,
} from './wire/permissions.js';
import { NameSearchParams, Response } from './wire/shared.js';

export const listPermissions = defineOperation({
  name: 'listPermissions',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/permissions',
  status: 200,
  params: Type.Object({}),
  response: ListPermissionsResponse,
});

export const createPermission = defineOperation({
  name: 'createPermission',
  method: 'POST',
  idempotent: false,
  createdId: 'id',
  path: '/api/v2/permissions',
  status: 201,
  params: Type.Object({}),
  body: Type.Composite([Type.Object({ id: Type.String({ minLength: 1, maxLength: 255 }) }), PermissionRequest]),
  response: Response,
});

export const deletePermission = defineOperation({
  name: 'deletePermission',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/permissions/{id}',
  status: 200,
  params: Type.Object({
    id: Type.String(),
  }),
  response: Response,
});

export const getPermission = defineOperation({
  name: 'getPermission',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/permissions/{id}',
  status: 200,
  params: Type.Object({
    id: Type.String(),
  }),
  response: GetCustomPermissionResponse,
});

export const updatePermission = defineOperation({
  name: 'updatePermission',
  method: 'PUT',
  idempotent: true,
  path: '/api/v2/permissions/{id}',
  status: 201,
  params: Type.Object({
    id: Type.String(),
  }),
  body: PermissionRequest,
  response: Response,
});

export const listRoles = defineOperation({
  name: 'listRoles',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/roles',
  status: 200,
  params: Type.Object({}),
  response: ListRolesResponse,
});

export const createRole = defineOperation({
  name: 'createRole',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/roles',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    name: Type.String({ minLength: 1, maxLength: 64 }),
  }),
  response: CreateRoleResponse,
});

export const searchRoles = defineOperation({
  name: 'searchRoles',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/roles/search',
  status: 200,
  params: Type.Composite([
    NameSearchParams,
    Type.Object({
      role_type: Type.Optional(RoleType),
      include_global_roles: Type.Optional(Type.Boolean()),
    }),
  ]),
  response: SearchRolesResponse,
});

export const deleteRole = defineOperation({
  name: 'deleteRole',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/roles/{name}',
  status: 200,
  params: Type.Object({
    name: Type.String(),
  }),
  response: Response,
});
