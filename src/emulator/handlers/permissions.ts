import { accessControlFor } from '../accessControl.js';
import { appSettingsFor } from '../appSettings.js';
import { PERMISSION_ACTIONS, type PermissionRecord } from '../builtinPermissions.js';
import type { RoleRecord } from '../builtinRoles.js';
import { nowTimestamp } from '../clock.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import { compareText, keysetPage } from '../keysetPage.js';
import type { EmulatorState } from '../state.js';

const SEARCH_DEFAULT_LIMIT = 25;

export function permissionsHandlers(state: EmulatorState): Handlers {
  const { roles, permissions } = accessControlFor(state);

  function customPermission(id: string): PermissionRecord {
    const existing = permissions.get(id);
    if (!existing) throw notFound(`permission ${id}`);
    if (!existing.custom) throw badInput('id', `permission ${id} is built-in and cannot be changed`);
    return existing;
  }

  function actionSpec(action: string) {
    const spec = PERMISSION_ACTIONS.get(action);
    if (!spec) throw badInput('action', `unknown action ${action}`);
    return spec;
  }

  return {
    listPermissions() {
      return { permissions: [...permissions.values()].sort((a, b) => compareText(a.id, b.id)).map(wire) };
    },

    getPermission({ params }) {
      const permission = permissions.get(params.id as string);
      if (!permission) throw notFound(`permission ${String(params.id)}`);
      return { permission: wire(permission) };
    },

    createPermission({ body }) {
      const id = body.id as string;
      if (permissions.has(id)) throw badInput('id', `permission ${id} already exists`);
      const spec = actionSpec(body.action);
      permissions.set(id, {
        id,
        name: body.name,
        action: body.action,
        description: '',
        condition: body.condition,
        owner: body.owner ?? false,
        same_team: body.same_team ?? false,
        custom: true,
        level: spec.level,
        tags: [],
        owner_resource: spec.resource,
      });
      return {};
    },

    updatePermission({ params, body }) {
      const permission = customPermission(params.id as string);
      const spec = actionSpec(body.action);
      Object.assign(permission, {
        name: body.name,
        action: body.action,
        condition: body.condition,
        owner: body.owner ?? permission.owner,
        same_team: body.same_team ?? permission.same_team,
        level: spec.level,
        owner_resource: spec.resource,
      });
      return {};
    },

    deletePermission({ params }) {
      const id = params.id as string;
      customPermission(id);
      permissions.delete(id);
      const grants = appSettingsFor(state).app.grants as Record<string, string[]>;
      for (const role of Object.keys(grants)) grants[role] = grants[role]!.filter((granted) => granted !== id);
      return {};
    },

    listRoles() {
      return { roles: [...roles.values()].sort((a, b) => compareText(a.name, b.name)).map(roleWire) };
    },

    createRole({ body }) {
      const name = (body.name as string).trim();
      if (!name) throw badInput('name', 'must not be blank');
      if (roles.has(name)) throw badInput('name', `role ${name} already exists`);
      const now = nowTimestamp();
      const role: RoleRecord = { name, custom: true, scopes: [], created_at: now, updated_at: now, level: 'any' };
      roles.set(name, role);
      return { role: roleWire(role) };
    },

    deleteRole({ params }) {
      const name = params.name as string;
      const role = roles.get(name);
      if (!role) throw notFound(`role ${name}`);
      if (!role.custom) throw badInput('name', `role ${name} is built-in and cannot be deleted`);
      const holder = [...state.users.values()].find(
        (user) => user.role === name || Object.values(user.teams_role ?? {}).includes(name),
      );
      if (holder) throw badInput('name', `role ${name} is still assigned to user ${holder.id}`);
      roles.delete(name);
      delete appSettingsFor(state).app.grants[name];
      return {};
    },

    searchRoles({ params }) {
      const prefix = (params.query as string).toLowerCase();
      const roleType = params.role_type as 'user' | 'channel' | undefined;
      const includeGlobal = params.include_global_roles === true;
      const nameGt = params.name_gt as string | undefined;
      const matches = [...roles.values()].filter(
        (role) => role.name.toLowerCase().startsWith(prefix) && ofRoleType(role, roleType, includeGlobal),
      );
      const { page } = keysetPage(
        matches,
        (a, b) => compareText(a.name, b.name),
        (role) => nameGt === undefined || role.name > nameGt,
        (params.limit as number | undefined) ?? SEARCH_DEFAULT_LIMIT,
      );
      return { roles: page.map(roleWire) };
    },
  };
}

/**
 * `role_type` picks app-wide (`user`) or channel roles; custom roles can serve as either.
 * `include_global_roles` adds the app-wide roles to a channel search.
 */
function ofRoleType(role: RoleRecord, roleType: 'user' | 'channel' | undefined, includeGlobal: boolean): boolean {
  if (!roleType || role.level === 'any') return true;
  if (role.level === roleType) return true;
  return roleType === 'channel' && includeGlobal && role.level === 'user';
}

function wire(permission: PermissionRecord): PermissionRecord {
  return structuredClone(permission);
}

function roleWire({ level: _level, ...role }: RoleRecord) {
  return structuredClone(role);
}
