import { BUILTIN_PERMISSIONS, type PermissionRecord } from './builtinPermissions.js';
import { BUILTIN_ROLES, type RoleRecord } from './builtinRoles.js';
import { perState } from './state.js';

/** The roles and permissions of one emulated app, built-in ones included. */
export interface AccessControl {
  roles: Map<string, RoleRecord>;
  permissions: Map<string, PermissionRecord>;
}

/** The app's roles and permissions, shared by the permissions handlers and anything that checks a role name. */
export const accessControlFor = perState<AccessControl>(() => ({
  roles: new Map(BUILTIN_ROLES.map((role) => [role.name, structuredClone(role)])),
  permissions: new Map(BUILTIN_PERMISSIONS.map((permission) => [permission.id, structuredClone(permission)])),
}));
