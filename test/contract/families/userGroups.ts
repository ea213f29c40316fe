import { expect } from 'vitest';
import { upsertUsersStep, type Family } from './family.js';

const memberIds = (answer: any) => answer.user_group.members.map((member: { user_id: string }) => member.user_id);

export const userGroupFamily: Family = {
  name: 'user groups',
  steps: [
    upsertUsersStep('group-ann', 'group-ben'),
    {
      operation: 'createUserGroup',
      input: () => ({ id: 'contract-support', name: 'Support', description: 'First line', member_ids: ['group-ann'] }),
    },
    {
      operation: 'getUserGroup',
      input: () => ({ id: 'contract-support' }),
      check: (answer) => expect(memberIds(answer)).toEqual(['group-ann']),
    },
    { operation: 'updateUserGroup', input: () => ({ id: 'contract-support', name: 'Support EU' }) },
    {
      operation: 'getUserGroup',
      input: () => ({ id: 'contract-support' }),
      check: (answer) => expect(answer.user_group).toMatchObject({ name: 'Support EU', description: 'First line' }),
    },
    {
      operation: 'listUserGroups',
      input: () => ({ limit: 10 }),
      check: (answer) =>
        expect(answer.user_groups.map((group: { id: string }) => group.id)).toContain('contract-support'),
    },
    {
      operation: 'searchUserGroups',
      input: () => ({ query: 'Support', limit: 5 }),
      check: (answer) =>
        expect(answer.user_groups.map((group: { id: string }) => group.id)).toEqual(['contract-support']),
    },
    {
      operation: 'addUserGroupMembers',
      input: () => ({ id: 'contract-support', member_ids: ['group-ben'], as_admin: true }),
      check: (answer) => expect(memberIds(answer)).toEqual(['group-ann', 'group-ben']),
    },
    {
      operation: 'removeUserGroupMembers',
      input: () => ({ id: 'contract-support', member_ids: ['group-ann'] }),
      check: (answer) => expect(memberIds(answer)).toEqual(['group-ben']),
    },
    { operation: 'deleteUserGroup', input: () => ({ id: 'contract-support' }) },
    { operation: 'getUserGroup', input: () => ({ id: 'contract-support' }), failsWith: 16 },
  ],
};
