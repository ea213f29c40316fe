import { expect } from 'vitest';
import { upsertUsersStep, type Family } from './family.js';

export const blockListFamily: Family = {
  name: 'block lists',
  steps: [
    upsertUsersStep('blocklist-owner'),
    {
      operation: 'createBlockList',
      input: () => ({
        name: 'contract-words',
        words: ['darn', 'heck'],
        is_plural_check_enabled: true,
        is_confusable_folding_enabled: true,
        user_id: 'blocklist-owner',
      }),
      keep: (answer, context) => (context.blockListId = answer.blocklist.id),
    },
    {
      operation: 'getBlockList',
      input: () => ({ name: 'contract-words' }),
      check: (answer) => expect(answer.blocklist.words).toEqual(['darn', 'heck']),
    },
    {
      operation: 'updateBlockList',
      input: () => ({ name: 'contract-words', words: ['gosh'], is_substring_matching_enabled: true }),
    },
    {
      operation: 'getBlockList',
      input: () => ({ name: 'contract-words' }),
      check: (answer) =>
        expect(answer.blocklist).toMatchObject({
          words: ['gosh'],
          is_plural_check_enabled: true,
          is_confusable_folding_enabled: true,
          is_substring_matching_enabled: true,
          owner_user_id: 'blocklist-owner',
        }),
    },
    {
      operation: 'listBlockLists',
      input: () => ({ limit: 10 }),
      check: (answer) =>
        expect(answer.blocklists.map((list: { name: string }) => list.name)).toContain('contract-words'),
    },
    {
      operation: 'importBlockList',
      input: (context) => ({ id: context.blockListId, items: ['drat', 'blast'], chunk_size: 10 }),
      keep: (answer, context) => (context.importTaskId = answer.task_id),
    },
    { operation: 'getTask', input: (context) => ({ id: context.importTaskId }) },
    {
      operation: 'getTask',
      input: (context) => ({ id: context.importTaskId }),
      check: (answer) => expect(answer.status).toBe('completed'),
    },
    {
      operation: 'getBlockList',
      input: () => ({ name: 'contract-words' }),
      check: (answer) => expect(answer.blocklist.words).toEqual(['gosh', 'drat', 'blast']),
    },
    { operation: 'deleteBlockList', input: () => ({ name: 'contract-words' }) },
    { operation: 'getBlockList', input: () => ({ name: 'contract-words' }), failsWith: 16 },
  ],
};
