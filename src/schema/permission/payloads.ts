import type { CreateRoleResponse } from '../../rest/wire/permissions.js';
import { deletedIdPayload, deletedNamePayload, payloadType } from '../../graphql/mutationPayload.js';
import { PermissionRef, RoleRef } from './types.js';

/** A permission write answers nothing but success; the payload reads the permission back when asked. */
function permissionPayload(name: string, description: string) {
  return payloadType<{ id: string }>(name, {
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

export const DeletePermissionPayloadRef = deletedIdPayload(
  'DeletePermissionPayload',
  'The permission that was removed (and ungranted from every role).',
  'Its id (Permission.id).',
);

export const CreateRolePayloadRef = payloadType<CreateRoleResponse>('CreateRolePayload', {
  description: 'The role as created.',
  fields: (t) => ({
    role: t.field({ type: RoleRef, description: 'The role.', resolve: (answer) => answer.role }),
  }),
});

export const DeleteRolePayloadRef = deletedNamePayload(
  'DeleteRolePayload',
  'The role that was removed.',
  'Its name (Role.name).',
);
