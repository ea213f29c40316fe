import { BUILTIN_PERMISSIONS, type PermissionRecord } from './builtinPermissions.js';
import { BUILTIN_ROLES, type RoleRecord } from './builtinRoles.js';
import type { EmulatorState } from './state.js';

/** The roles and permissions of one emulated app, built-in ones included. */
export interface AccessControl {
  roles: Map<string, RoleRecord>;
  permissions: Map<string, PermissionRecord>;
}

const stores = new WeakMap<EmulatorState, AccessControl>();

/** The app's roles and permissions, shared by the permissions handlers and anything that checks a role name. */
export function accessControlFor(state: EmulatorState): AccessControl {
  let store = stores.get(state);
  if (!store) {
    store = {
      roles: new Map(BUILTIN_ROLES.map((role) => [role.name, structuredClone(role)])),
      permissions: new Map(BUILTIN_PERMISSIONS.map((permission) => [permission.id, structuredClone(permission)])),
    };
    stores.set(state, store);
  }
  return store;
}
