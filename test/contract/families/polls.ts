import { expect } from 'vitest';
import { upsertUsersStep, type Family } from './family.js';

export const pollFamily: Family = {
  name: 'polls and options',
  steps: [
    upsertUsersStep('poll-owner', 'poll-voter'),
    {
      operation: 'createPoll',
      input: () => ({
        id: 'contract-poll',
        name: 'Lunch?',
        user_id: 'poll-owner',
        allow_answers: true,
        options: [{ text: 'Pizza' }, { text: 'Sushi', custom: { raw: true } }],
        custom: { team: 'red' },
      }),
      check: (answer) =>
        expect(answer.poll).toMatchObject({ id: 'contract-poll', allow_answers: true, custom: { team: 'red' } }),
    },
    {
      operation: 'getPoll',
      input: () => ({ poll_id: 'contract-poll', user_id: 'poll-voter' }),
      check: (answer) =>
        expect(answer.poll.options.map((option: { text: string }) => option.text)).toEqual(['Pizza', 'Sushi']),
    },
    {
      operation: 'updatePoll',
      input: () => ({
        id: 'contract-poll',
        name: 'Dinner?',
        description: 'Friday',
        user_id: 'poll-owner',
        custom: { team: 'blue' },
      }),
    },
    {
      operation: 'getPoll',
      input: () => ({ poll_id: 'contract-poll' }),
      check: (answer) =>
        expect(answer.poll).toMatchObject({ name: 'Dinner?', description: 'Friday', custom: { team: 'blue' } }),
    },
    {
      operation: 'updatePollPartial',
      input: () => ({
        poll_id: 'contract-poll',
        set: { is_closed: true },
        unset: ['description'],
        user_id: 'poll-owner',
      }),
      check: (answer) => expect(answer.poll.is_closed).toBe(true),
    },
    {
      operation: 'queryPolls',
      input: () => ({
        user_id: 'poll-voter',
        filter: { id: 'contract-poll' },
        limit: 10,
        sort: [{ field: 'created_at', direction: -1 }],
      }),
      check: (answer) => expect(answer.polls.map((poll: { id: string }) => poll.id)).toEqual(['contract-poll']),
    },
    {
      operation: 'createPollOption',
      input: () => ({ poll_id: 'contract-poll', text: 'Tacos', user_id: 'poll-owner', custom: { spicy: true } }),
      keep: (answer, context) => (context.optionId = answer.poll_option.id),
    },
    {
      operation: 'getPollOption',
      input: (context) => ({ poll_id: 'contract-poll', option_id: context.optionId }),
      check: (answer) => expect(answer.poll_option).toMatchObject({ text: 'Tacos', custom: { spicy: true } }),
    },
    {
      operation: 'updatePollOption',
      input: (context) => ({
        poll_id: 'contract-poll',
        id: context.optionId,
        text: 'Burritos',
        user_id: 'poll-owner',
        custom: { spicy: false },
      }),
    },
    {
      operation: 'getPollOption',
      input: (context) => ({ poll_id: 'contract-poll', option_id: context.optionId }),
      check: (answer) => expect(answer.poll_option.text).toBe('Burritos'),
    },
    {
      operation: 'queryPollVotes',
      input: () => ({ poll_id: 'contract-poll', user_id: 'poll-voter', limit: 10, filter: {} }),
      check: (answer) => expect(answer.votes).toEqual([]),
    },
    {
      operation: 'deletePollOption',
      input: (context) => ({ poll_id: 'contract-poll', option_id: context.optionId, user_id: 'poll-owner' }),
    },
    {
      operation: 'getPollOption',
      input: (context) => ({ poll_id: 'contract-poll', option_id: context.optionId }),
      failsWith: 16,
    },
    { operation: 'deletePoll', input: () => ({ poll_id: 'contract-poll', user_id: 'poll-owner' }) },
    { operation: 'getPoll', input: () => ({ poll_id: 'contract-poll' }), failsWith: 16 },
  ],
};
