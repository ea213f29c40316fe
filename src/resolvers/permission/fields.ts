import { searchRoles } from '../../rest/permissions.js';
import { toWireInput } from '../../rest/wireInput.js';
import type { Role } from '../../rest/wire/permissions.js';
import { builder } from '../../graphql/builder.js';
import {
  CreatePermissionInput,
  CreateRoleInput,
  DeletePermissionInput,
  DeleteRoleInput,
  UpdatePermissionInput,
} from '../../schema/permission/inputs.js';
import {
  CreatePermissionPayloadRef,
  CreateRolePayloadRef,
  DeletePermissionPayloadRef,
  DeleteRolePayloadRef,
  UpdatePermissionPayloadRef,
} from '../../schema/permission/payloads.js';
import { PermissionRef, RoleRef, RoleType } from '../../schema/permission/types.js';
import { keysetConnection } from '../../graphql/connections/keysetConnection.js';
import { pageSizeExtensions } from '../../graphql/connections/connectionArgs.js';
import { forwardConnectionArgs } from '../../graphql/connections/forwardConnection.js';
import { streamMutation } from '../../graphql/streamMutation.js';
import { serverQuery, serverQueryById } from '../../graphql/serverQuery.js';

/** searchRoles answers at most this many per call. */
const ROLES_PER_SEARCH = { maxPageSize: 25, defaultPageSize: 25 };

serverQuery('permissions', {
  type: [PermissionRef],
  description: 'Every permission, built-in and custom (listPermissions).',
  read: async (stream) => (await stream.listPermissions()).permissions,
});

serverQueryById('permission', {
  type: PermissionRef,
  description: 'A permission by id (getPermission); null when there is none.',
  idDescription: 'The permission id.',
  read: (stream, id) => stream.getPermission({ id }).then((answer) => answer.permission),
});

serverQuery('roles', {
  type: [RoleRef],
  description: 'Every role, built-in and custom (listRoles).',
  read: async (stream) => (await stream.listRoles()).roles,
});

const RoleConnectionRef = builder.connectionObject(
  { type: RoleRef, name: 'RoleConnection', description: 'A page of roles.' },
  { name: 'RoleEdge', description: 'A role in a page.' },
);

builder.queryField('searchRoles', (t) =>
  t.field({
    type: RoleConnectionRef,
    nullable: true,
    description: 'Roles whose name starts with the query, by name (searchRoles), forwards only.',
    authScopes: { server: true },
    extensions: pageSizeExtensions(ROLES_PER_SEARCH),
    args: {
      ...forwardConnectionArgs(),
      query: t.arg.string({ required: true, description: 'The start of the role name.' }),
      roleType: t.arg({ type: RoleType, description: 'Only app-wide or only channel roles.' }),
      includeGlobalRoles: t.arg.boolean({ description: 'With roleType CHANNEL: add the app-wide roles.' }),
    },
    resolve: (_root, args, { stream }) =>
      keysetConnection(args, {
        sizes: ROLES_PER_SEARCH,
        keyOf: (role: Role) => role.name,
        isKey: (value): value is string => typeof value === 'string',
        fetchPage: async (limit, nameGt) =>
          (await stream.searchRoles(toWireInput(searchRoles, { ...args, limit, nameGt }))).roles,
      }),
  }),
);

streamMutation('createPermission', {
  type: CreatePermissionPayloadRef,
  description: 'Defines a custom permission (createPermission).',
  input: CreatePermissionInput,
  answer: (input) => ({ id: input.id }),
});

streamMutation('updatePermission', {
  type: UpdatePermissionPayloadRef,
  description: 'Redefines a custom permission (updatePermission).',
  input: UpdatePermissionInput,
  answer: (input) => ({ id: input.id }),
});

builder.mutationField('deletePermission', (t) =>
  t.field({
    type: DeletePermissionPayloadRef,
    description: 'Removes a custom permission (deletePermission).',
    authScopes: { server: true },
    args: { input: t.arg({ type: DeletePermissionInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.deletePermission({ id: String(input.id) });
      return { id: String(input.id) };
    },
  }),
);

builder.mutationField('createRole', (t) =>
  t.field({
    type: CreateRolePayloadRef,
    description: 'Creates a custom role (createRole).',
    authScopes: { server: true },
    args: { input: t.arg({ type: CreateRoleInput, required: true }) },
    resolve: (_root, { input }, { stream }) => stream.createRole({ name: input.name }),
  }),
);

builder.mutationField('deleteRole', (t) =>
  t.field({
    type: DeleteRolePayloadRef,
    description: 'Removes a custom role (deleteRole).',
    authScopes: { server: true },
    args: { input: t.arg({ type: DeleteRoleInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.deleteRole({ name: input.name });
      return { name: input.name };
    },
  }),
);
