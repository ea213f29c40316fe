import { Type, type StaticDecode } from '@sinclair/typebox';
import { JsonObject, StringEnum } from './primitives.js';
import { Answer, Timestamps } from './shared.js';

/** Where a role applies: app-wide (held by users) or in channels (held by members). */
export const ROLE_TYPES = ['user', 'channel'] as const;
export const RoleType = StringEnum(ROLE_TYPES);

export const Role = Type.Composite([
  Timestamps,
  Type.Object({
    custom: Type.Boolean(),
    name: Type.String(),
    scopes: Type.Array(Type.String()),
  }),
]);
export type Role = StaticDecode<typeof Role>;

export const CreateRoleResponse = Answer({
  role: Role,
});
export type CreateRoleResponse = StaticDecode<typeof CreateRoleResponse>;

export const Permission = Type.Object({
  action: Type.String(),
  condition: Type.Optional(JsonObject),
  custom: Type.Boolean(),
  description: Type.String(),
  id: Type.String(),
  level: Type.String(),
  name: Type.String(),
  owner: Type.Boolean(),
  /** Required in the spec, but the product doc's answers lack it: kept optional. */
  owner_resource: Type.Optional(Type.String()),
  same_team: Type.Boolean(),
  tags: Type.Array(Type.String()),
});
export type Permission = StaticDecode<typeof Permission>;

/** A custom permission as createPermission and updatePermission send it. */
export const PermissionRequest = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  action: Type.String(),
  condition: JsonObject,
  owner: Type.Optional(Type.Boolean()),
  same_team: Type.Optional(Type.Boolean()),
});
export type PermissionRequest = StaticDecode<typeof PermissionRequest>;

export const GetCustomPermissionResponse = Answer({
  permission: Permission,
});
export type GetCustomPermissionResponse = StaticDecode<typeof GetCustomPermissionResponse>;

export const ListPermissionsResponse = Answer({
  permissions: Type.Array(Permission),
});
export type ListPermissionsResponse = StaticDecode<typeof ListPermissionsResponse>;

export const ListRolesResponse = Answer({
  roles: Type.Array(Role),
});
export type ListRolesResponse = StaticDecode<typeof ListRolesResponse>;
