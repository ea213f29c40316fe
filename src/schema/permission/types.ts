import type { Permission, Role } from '../../rest/wire/permissions.js';
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
