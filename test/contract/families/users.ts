import { expect } from 'vitest';
import { upsertUsersStep, type Family, type Step } from './family.js';

const queryById =
  (id: string): Step['input'] =>
  () => ({
    payload: { filter_conditions: { id }, limit: 10, sort: [{ field: 'id', direction: 1 }], presence: false },
  });

/** Reads a task twice: the emulator answers pending first, completed after. */
function taskSteps(key: string): Step[] {
  return [
    { operation: 'getTask', input: (context) => ({ id: context[key] }) },
    {
      operation: 'getTask',
      input: (context) => ({ id: context[key] }),
      check: (answer) => expect(answer.status).toBe('completed'),
    },
  ];
}

export const userFamily: Family = {
  name: 'users: profile, export, lifecycle',
  steps: [
    {
      operation: 'updateUsers',
      input: () => ({
        users: {
          'user-amy': { id: 'user-amy', name: 'Amy', role: 'user', teams: ['red'], custom: { city: 'Oslo' } },
          'user-bob': { id: 'user-bob', name: 'Bob' },
        },
      }),
      check: (answer) => expect(Object.keys(answer.users).sort()).toEqual(['user-amy', 'user-bob']),
    },
    {
      operation: 'queryUsers',
      input: queryById('user-amy'),
      check: (answer) => expect(answer.users).toEqual([expect.objectContaining({ id: 'user-amy', name: 'Amy' })]),
    },
    {
      operation: 'updateUsersPartial',
      input: () => ({ users: [{ id: 'user-amy', set: { name: 'Amy B' }, unset: ['city'] }] }),
    },
    {
      operation: 'queryUsers',
      input: queryById('user-amy'),
      check: (answer) => expect(answer.users[0]).toMatchObject({ name: 'Amy B', custom: {} }),
    },
    {
      operation: 'exportUser',
      input: () => ({ user_id: 'user-amy' }),
      check: (answer) => expect(answer.user).toMatchObject({ id: 'user-amy' }),
    },
    {
      operation: 'exportUsers',
      input: () => ({ user_ids: ['user-amy', 'user-bob'] }),
      keep: (answer, context) => (context.exportTask = answer.task_id),
    },
    ...taskSteps('exportTask'),
    {
      operation: 'deactivateUser',
      input: () => ({ user_id: 'user-bob', created_by_id: 'user-amy', mark_messages_deleted: false }),
    },
    { operation: 'reactivateUser', input: () => ({ user_id: 'user-bob', name: 'Bob Again', restore_messages: false }) },
    {
      operation: 'deactivateUsers',
      input: () => ({ user_ids: ['user-bob'], mark_messages_deleted: false }),
      keep: (answer, context) => (context.deactivateTask = answer.task_id),
    },
    ...taskSteps('deactivateTask'),
    {
      operation: 'reactivateUsers',
      input: () => ({ user_ids: ['user-bob'], restore_messages: false }),
      keep: (answer, context) => (context.reactivateTask = answer.task_id),
    },
    ...taskSteps('reactivateTask'),
    {
      operation: 'deleteUsers',
      input: () => ({ user_ids: ['user-bob'], user: 'soft' }),
      keep: (answer, context) => (context.softDeleteTask = answer.task_id),
    },
    ...taskSteps('softDeleteTask'),
    { operation: 'queryUsers', input: queryById('user-bob'), check: (answer) => expect(answer.users).toEqual([]) },
    { operation: 'restoreUsers', input: () => ({ user_ids: ['user-bob'] }) },
    { operation: 'queryUsers', input: queryById('user-bob'), check: (answer) => expect(answer.users).toHaveLength(1) },
    {
      operation: 'deleteUsers',
      input: () => ({ user_ids: ['user-bob'], user: 'hard' }),
      keep: (answer, context) => (context.hardDeleteTask = answer.task_id),
    },
    ...taskSteps('hardDeleteTask'),
    { operation: 'exportUser', input: () => ({ user_id: 'user-bob' }), failsWith: 16 },
    {
      operation: 'createGuest',
      input: () => ({ user: { id: 'guest-visitor', name: 'Visitor' } }),
      check: (answer) => expect(answer.access_token).toBeTypeOf('string'),
    },
  ],
};

export const userRelationsFamily: Family = {
  name: 'users: blocks and live locations',
  steps: [
    upsertUsersStep('block-amy', 'block-ben'),
    {
      operation: 'blockUsers',
      input: () => ({ user_id: 'block-amy', blocked_user_id: 'block-ben' }),
      check: (answer) =>
        expect(answer).toMatchObject({ blocked_by_user_id: 'block-amy', blocked_user_id: 'block-ben' }),
    },
    {
      operation: 'getBlockedUsers',
      input: () => ({ user_id: 'block-amy' }),
      check: (answer) => expect(answer.blocks.map((block: any) => block.blocked_user_id)).toEqual(['block-ben']),
    },
    { operation: 'unblockUsers', input: () => ({ user_id: 'block-amy', blocked_user_id: 'block-ben' }) },
    {
      operation: 'getBlockedUsers',
      input: () => ({ user_id: 'block-amy' }),
      check: (answer) => expect(answer.blocks).toEqual([]),
    },
    { operation: 'unblockUsers', input: () => ({ user_id: 'block-amy', blocked_user_id: 'block-ben' }), failsWith: 16 },
    {
      operation: 'updateLiveLocation',
      input: () => ({
        user_id: 'block-amy',
        message_id: 'message-live',
        latitude: 52.37,
        longitude: 4.89,
        end_at: new Date('2099-01-01T00:00:00Z'),
      }),
    },
    {
      operation: 'updateLiveLocation',
      input: () => ({ user_id: 'block-amy', message_id: 'message-live', latitude: 52.4 }),
      check: (answer) => expect(answer).toMatchObject({ latitude: 52.4, longitude: 4.89 }),
    },
    {
      operation: 'getUserLiveLocations',
      input: () => ({ user_id: 'block-amy' }),
      check: (answer) =>
        expect(answer.active_live_locations.map((location: any) => location.message_id)).toEqual(['message-live']),
    },
  ],
};
