import { Permission, Role } from '../../rest/wire/permissions.js';
import { ROLE_TYPES } from '../../rest/wire/permissions.js';
import { enumFromWire } from '../../graphql/wireEnum.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';

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
    ...wireFields(t, Permission, {
      id: { description: 'The permission id, as grants name it.', type: 'ID' },
      name: 'A readable name.',
      description: 'What it allows.',
      action: 'The action it allows, e.g. CreateMessage.',
      level: 'Where it applies: app or channel.',
      owner: 'Whether it applies only to resources the user owns.',
      ownerResource: 'The kind of resource (Channel, Message, …) whose ownership `owner` is about.',
      sameTeam: 'Whether it applies only within the user’s teams.',
      custom: 'Whether the app defined it (built-in ones cannot change).',
      tags: 'Tags grouping related permissions.',
      condition: 'Extra conditions, in Stream’s filter language.',
    }),
  }),
});

export const RoleRef = builder.objectRef<Role>('Role').implement({
  description:
    'A role users or channel members hold; permissions are granted to roles. As a federation entity it is keyed by ' +
    '`name`: roles have no other id, and every Stream API that refers to a role does so by name.',
  fields: (t) => ({
    ...wireFields(t, Role, {
      name: 'The role name, its identity.',
      custom: 'Whether the app defined it (built-in ones cannot be removed).',
      scopes: 'The channel types whose grants mention it.',
      createdAt: 'When it was created.',
      updatedAt: 'When it last changed.',
    }),
  }),
});
