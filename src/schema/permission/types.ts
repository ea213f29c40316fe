import type { CreateRoleResponse, Permission, Role } from '../../rest/wire/permissions.js';
import { ROLE_TYPES } from '../../rest/wire/permissions.js';
import { enumFromWire } from '../../graphql/wireEnum.js';
import { builder } from '../../graphql/builder.js';

export const RoleType = enumFromWire('RoleType', ROLE_TYPES, {
  description: 'Where a role applies.',
  values: {
    user: 'App-wide roles, held by users.',
    channel: 'Roles held by channel members.',
  },
});

export const PermissionRef = builder.objectRef<Permission>('Permission').implement({
  description: 'A permission: an action on a resource, optionally with conditions, that roles are granted.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The permission id, as grants name it.' }),
    name: t.exposeString('name', { description: 'A readable name.' }),
    description: t.exposeString('description', { description: 'What it allows.' }),
    action: t.exposeString('action', { description: 'The action it allows, e.g. CreateMessage.' }),
    level: t.exposeString('level', { description: 'Where it applies: app or channel.' }),
    owner: t.exposeBoolean('owner', { description: 'Whether it applies only to resources the user owns.' }),
    ownerResource: t.exposeString('owner_resource', {
      nullable: true,
      description: 'The kind of resource (Channel, Message, …) whose ownership `owner` is about.',
    }),
    sameTeam: t.exposeBoolean('same_team', { description: 'Whether it applies only within the user’s teams.' }),
    custom: t.exposeBoolean('custom', { description: 'Whether the app defined it (built-in ones cannot change).' }),
    tags: t.exposeStringList('tags', { description: 'Tags grouping related permissions.' }),
    condition: t.expose('condition', {
      type: 'JSONObject',
      nullable: true,
      description: 'Extra conditions, in Stream’s filter language.',
    }),
  }),
});

export const RoleRef = builder.objectRef<Role>('Role').implement({
  description:
    'A role users or channel members hold; permissions are granted to roles. As a federation entity it is keyed by ' +
    '`name`: roles have no other id, and every Stream API that refers to a role does so by name.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The role name, its identity.' }),
    custom: t.exposeBoolean('custom', { description: 'Whether the app defined it (built-in ones cannot be removed).' }),
    scopes: t.exposeStringList('scopes', { description: 'The channel types whose grants mention it.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

export const CreatePermissionInput = builder.inputType('CreatePermissionInput', {
  description: 'A new custom permission.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Its id (1 to 255 characters).' }),
    name: t.string({ required: true, description: 'A readable name (1 to 100 characters).' }),
    action: t.string({ required: true, description: 'The action it allows, e.g. CreateMessage.' }),
    condition: t.field({ type: 'JSONObject', required: true, description: 'Conditions, in Stream’s filter language.' }),
    owner: t.boolean({ description: 'Apply only to resources the user owns.' }),
    sameTeam: t.boolean({ description: 'Apply only within the user’s teams.' }),
  }),
});

export const UpdatePermissionInput = builder.inputType('UpdatePermissionInput', {
  description: 'A new definition for a custom permission.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The permission to change.' }),
    name: t.string({ required: true, description: 'A readable name (1 to 100 characters).' }),
    action: t.string({ required: true, description: 'The action it allows.' }),
    condition: t.field({ type: 'JSONObject', required: true, description: 'Conditions, in Stream’s filter language.' }),
    owner: t.boolean({ description: 'Apply only to resources the user owns.' }),
    sameTeam: t.boolean({ description: 'Apply only within the user’s teams.' }),
  }),
});

/** A permission write answers nothing but success; the payload reads the permission back when asked. */
function permissionPayload(name: string, description: string) {
  return builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The permission id.' }),
      permission: t.field({
        type: PermissionRef,
        description: 'The permission as it is now (read again from Stream when selected).',
        resolve: async (payload, _args, { stream }) => (await stream.getPermission({ id: payload.id })).permission,
      }),
    }),
  });
}

export const CreatePermissionPayloadRef = permissionPayload('CreatePermissionPayload', 'The permission as created.');
export const UpdatePermissionPayloadRef = permissionPayload('UpdatePermissionPayload', 'The permission as changed.');

export const DeletePermissionInput = builder.inputType('DeletePermissionInput', {
  description: 'The custom permission to remove.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Its id.' }),
  }),
});

export const DeletePermissionPayloadRef = builder.objectRef<{ id: string }>('DeletePermissionPayload').implement({
  description: 'The permission that was removed (and ungranted from every role).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
  }),
});

export const CreateRoleInput = builder.inputType('CreateRoleInput', {
  description: 'A new custom role.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name (1 to 64 characters).' }),
  }),
});

export const CreateRolePayloadRef = builder.objectRef<CreateRoleResponse>('CreateRolePayload').implement({
  description: 'The role as created.',
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: 'The role.', resolve: (answer) => answer.role }),
  }),
});

export const DeleteRoleInput = builder.inputType('DeleteRoleInput', {
  description: 'The custom role to remove; no user may still hold it.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name.' }),
  }),
});

export const DeleteRolePayloadRef = builder.objectRef<{ name: string }>('DeleteRolePayload').implement({
  description: 'The role that was removed.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name.' }),
  }),
});
