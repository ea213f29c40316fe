import type { CreateRoleResponse } from '../../rest/wire/permissions.js';
import { builder } from '../../graphql/builder.js';
import { MutationPayloadRef } from '../../graphql/mutationPayload.js';
import { PermissionRef, RoleRef } from './types.js';

/** A permission write answers nothing but success; the payload reads the permission back when asked. */
function permissionPayload(name: string, description: string) {
  return builder.objectRef<{ id: string }>(name).implement({
    interfaces: [MutationPayloadRef],
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

export const DeletePermissionPayloadRef = builder.objectRef<{ id: string }>('DeletePermissionPayload').implement({
  interfaces: [MutationPayloadRef],
  description: 'The permission that was removed (and ungranted from every role).',
  fields: (t) => ({
    deletedId: t.exposeID('id', { description: 'Its id (Permission.id).' }),
  }),
});

export const CreateRolePayloadRef = builder.objectRef<CreateRoleResponse>('CreateRolePayload').implement({
  interfaces: [MutationPayloadRef],
  description: 'The role as created.',
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: 'The role.', resolve: (answer) => answer.role }),
  }),
});

export const DeleteRolePayloadRef = builder.objectRef<{ name: string }>('DeleteRolePayload').implement({
  interfaces: [MutationPayloadRef],
  description: 'The role that was removed.',
  fields: (t) => ({
    deletedName: t.exposeString('name', { description: 'Its name (Role.name).' }),
  }),
});
