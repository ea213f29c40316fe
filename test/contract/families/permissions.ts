import { expect } from 'vitest';
import type { Family } from './family.js';

export const permissionFamily: Family = {
  name: 'permissions',
  steps: [
    {
      operation: 'listPermissions',
      check: (answer) =>
        expect(answer.permissions.map((permission: { id: string }) => permission.id)).toContain('create-message'),
    },
    {
      operation: 'getPermission',
      input: () => ({ id: 'create-message' }),
      check: (answer) => expect(answer.permission).toMatchObject({ id: 'create-message', custom: false }),
    },
    {
      operation: 'createPermission',
      input: () => ({
        id: 'read-vip-channel',
        name: 'Read VIP channels',
        action: 'ReadChannel',
        condition: { 'channel.custom.vip': { $eq: true } },
      }),
    },
    {
      operation: 'getPermission',
      input: () => ({ id: 'read-vip-channel' }),
      check: (answer) => expect(answer.permission).toMatchObject({ name: 'Read VIP channels', custom: true }),
    },
    {
      operation: 'updatePermission',
      input: () => ({
        id: 'read-vip-channel',
        name: 'Read VIP (owner)',
        action: 'ReadChannel',
        condition: {},
        owner: true,
      }),
    },
    {
      operation: 'getPermission',
      input: () => ({ id: 'read-vip-channel' }),
      check: (answer) => expect(answer.permission).toMatchObject({ name: 'Read VIP (owner)', owner: true }),
    },
    { operation: 'deletePermission', input: () => ({ id: 'read-vip-channel' }) },
    { operation: 'getPermission', input: () => ({ id: 'read-vip-channel' }), failsWith: 16 },
  ],
};

export const roleFamily: Family = {
  name: 'roles',
  steps: [
    {
      operation: 'createRole',
      input: () => ({ name: 'contract_role' }),
      check: (answer) => expect(answer.role).toMatchObject({ name: 'contract_role', custom: true }),
    },
    {
      operation: 'listRoles',
      check: (answer) => expect(answer.roles.map((role: { name: string }) => role.name)).toContain('contract_role'),
    },
    {
      operation: 'searchRoles',
      input: () => ({ query: 'contract', limit: 5, include_global_roles: true }),
      check: (answer) => expect(answer.roles.map((role: { name: string }) => role.name)).toEqual(['contract_role']),
    },
    { operation: 'deleteRole', input: () => ({ name: 'contract_role' }) },
    {
      operation: 'listRoles',
      check: (answer) => expect(answer.roles.map((role: { name: string }) => role.name)).not.toContain('contract_role'),
    },
    { operation: 'deleteRole', input: () => ({ name: 'contract_role' }), failsWith: 16 },
  ],
};
