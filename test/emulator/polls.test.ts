import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pollsOf } from '../../src/emulator/polls/store.js';
import { matches } from '../../src/emulator/validate.js';
import { PollResponseData, type PollResponseData as PollData } from '../../src/rest/wire/polls.js';
import { startHarness, streamErrorOf, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(async () => {
  pollsOf(harness.emulator.state).polls.clear();
  harness.emulator.state.users.clear();
  const users = Object.fromEntries(
    ['owner', 'voter-1', 'voter-2', 'voter-3', 'stranger'].map((id) => [id, { id, name: id.toUpperCase() }]),
  );
  await harness.client.updateUsers({ users });
});

const client = () => harness.client;
const store = () => pollsOf(harness.emulator.state);

async function createPoll(input: Record<string, unknown> = {}) {
  const { poll } = await client().createPoll({
    name: 'Lunch?',
    user_id: 'owner',
    options: [{ text: 'Pizza' }, { text: 'Sushi' }, { text: 'Salad' }],
    ...input,
  });
  return poll;
}

function optionId(poll: PollData, text: string): string {
  return poll.options.find((option) => option.text === text)!.id;
}

/** Counts must agree with each other and with the votes Stream would list. */
function expectConsistentCounts(poll: PollData) {
  const byOption = Object.values(poll.vote_counts_by_option as Record<string, number>).reduce((a, b) => a + b, 0);
  expect(byOption).toBe(poll.vote_count);
  for (const [option, votes] of Object.entries(poll.latest_votes_by_option as Record<string, unknown[]>)) {
    expect(votes.length).toBeLessThanOrEqual((poll.vote_counts_by_option as Record<string, number>)[option]!);
  }
}

describe('poll round trip', () => {
  it('creates, reads, replaces, patches, deletes and then answers 404/16', async () => {
    const created = await createPoll({ id: 'lunch', description: 'Friday', allow_answers: true, custom: { a: 1 } });
    expect(created).toMatchObject({
      id: 'lunch',
      name: 'Lunch?',
      description: 'Friday',
      created_by_id: 'owner',
      created_by: { id: 'owner', name: 'OWNER' },
      allow_answers: true,
      voting_visibility: 'public',
      vote_count: 0,
      custom: { a: 1 },
    });
    expect(created.options.map((option) => option.text)).toEqual(['Pizza', 'Sushi', 'Salad']);
    expect(matches(PollResponseData, JSON.parse(JSON.stringify(created)))).toBe(true);

    expect((await client().getPoll({ poll_id: 'lunch' })).poll).toMatchObject({ id: 'lunch', description: 'Friday' });

    const pizza = optionId(created, 'Pizza');
    const replaced = await client().updatePoll({
      id: 'lunch',
      name: 'Dinner?',
      options: [
        { id: pizza, text: 'Pizza!' },
        { id: 'new-option', text: 'Curry' },
      ],
    });
    expect(replaced.poll).toMatchObject({ name: 'Dinner?', description: '', allow_answers: false, custom: {} });
    expect(replaced.poll.options).toEqual([
      { id: pizza, text: 'Pizza!', custom: {} },
      { id: 'new-option', text: 'Curry', custom: {} },
    ]);
    expect((await client().getPoll({ poll_id: 'lunch' })).poll.name).toBe('Dinner?');

    const patched = await client().updatePollPartial({
      poll_id: 'lunch',
      set: { is_closed: true, description: 'Moved', max_votes_allowed: 2, mood: 'hungry' },
      unset: ['name_typo'],
    });
    expect(patched.poll).toMatchObject({ is_closed: true, description: 'Moved', max_votes_allowed: 2 });
    expect(patched.poll.custom).toEqual({ mood: 'hungry' });
    const unpatched = await client().updatePollPartial({ poll_id: 'lunch', unset: ['max_votes_allowed', 'mood'] });
    expect(unpatched.poll.max_votes_allowed).toBeUndefined();
    expect(unpatched.poll.custom).toEqual({});

    await client().deletePoll({ poll_id: 'lunch' });
    const gone = await streamErrorOf(client().getPoll({ poll_id: 'lunch' }));
    expect([gone.status, gone.code]).toEqual([404, 16]);
    expect((await streamErrorOf(client().deletePoll({ poll_id: 'lunch' }))).code).toBe(16);
  });

  it('validates what a poll is made of', async () => {
    await createPoll({ id: 'taken' });
    expect((await streamErrorOf(createPoll({ id: 'taken' }))).exceptionFields).toHaveProperty('id');
    expect((await streamErrorOf(createPoll({ name: ' ' }))).exceptionFields).toHaveProperty('name');
    expect((await streamErrorOf(createPoll({ voting_visibility: 'secret' }))).code).toBe(4);
    expect((await streamErrorOf(createPoll({ max_votes_allowed: 11 }))).code).toBe(4);
    const duplicate = await streamErrorOf(createPoll({ options: [{ text: 'A' }, { text: 'A' }] }));
    expect(duplicate.exceptionFields).toHaveProperty(['options.1.text']);
    const noCreator = await streamErrorOf(client().createPoll({ name: 'Orphan' }));
    expect(noCreator.exceptionFields).toHaveProperty('user_id');
    const ghost = await streamErrorOf(client().createPoll({ name: 'Ghost', user_id: 'ghost' }));
    expect(ghost.code).toBe(16);
    const readOnly = await streamErrorOf(client().updatePollPartial({ poll_id: 'taken', set: { created_by_id: 'x' } }));
    expect(readOnly.code).toBe(4);
  });
});

describe('poll options', () => {
  it('creates, reads, updates and deletes an option, then answers 404/16', async () => {
    const poll = await createPoll({ id: 'p' });
    const { poll_option } = await client().createPollOption({ poll_id: 'p', text: 'Tacos', custom: { spicy: true } });
    expect(poll_option).toMatchObject({ text: 'Tacos', custom: { spicy: true } });
    expect((await client().getPollOption({ poll_id: 'p', option_id: poll_option.id })).poll_option.text).toBe('Tacos');

    const updated = await client().updatePollOption({ poll_id: 'p', id: poll_option.id, text: 'Burritos' });
    expect(updated.poll_option).toEqual({ id: poll_option.id, text: 'Burritos', custom: {} });
    expect((await client().getPoll({ poll_id: 'p' })).poll.options).toHaveLength(poll.options.length + 1);

    await client().deletePollOption({ poll_id: 'p', option_id: poll_option.id });
    const gone = await streamErrorOf(client().getPollOption({ poll_id: 'p', option_id: poll_option.id }));
    expect([gone.status, gone.code]).toEqual([404, 16]);
    const duplicate = await streamErrorOf(client().createPollOption({ poll_id: 'p', text: 'Pizza' }));
    expect(duplicate.code).toBe(4);
    expect((await streamErrorOf(client().getPollOption({ poll_id: 'nope', option_id: 'x' }))).code).toBe(16);
  });
});

describe('votes and counts', () => {
  it('counts votes per option, shows the latest ones and the viewer own votes', async () => {
    const poll = await createPoll({ id: 'v' });
    const [pizza, sushi] = [optionId(poll, 'Pizza'), optionId(poll, 'Sushi')];
    store().castVote('v', 'voter-1', { optionId: pizza });
    store().castVote('v', 'voter-2', { optionId: pizza });
    store().castVote('v', 'voter-2', { optionId: sushi });
    store().castVote('v', 'voter-2', { optionId: sushi });

    const seen = (await client().getPoll({ poll_id: 'v', user_id: 'voter-2' })).poll;
    expect(seen.vote_count).toBe(3);
    expect(seen.vote_counts_by_option).toEqual({ [pizza]: 2, [sushi]: 1 });
    expect(seen.own_votes.map((vote) => vote.option_id).sort()).toEqual([pizza, sushi].sort());
    const latestPizza = (seen.latest_votes_by_option as Record<string, { user_id: string; user: { id: string } }[]>)[
      pizza
    ]!;
    expect(latestPizza.map((vote) => vote.user.id)).toEqual(['voter-2', 'voter-1']);
    expectConsistentCounts(seen);
    expect((await client().getPoll({ poll_id: 'v' })).poll.own_votes).toEqual([]);
  });

  it('replaces a unique vote, drops the oldest vote past the limit, and keeps one answer per user', async () => {
    const unique = await createPoll({ id: 'unique', enforce_unique_vote: true });
    store().castVote('unique', 'voter-1', { optionId: optionId(unique, 'Pizza') });
    store().castVote('unique', 'voter-1', { optionId: optionId(unique, 'Salad') });
    const afterUnique = (await client().getPoll({ poll_id: 'unique', user_id: 'voter-1' })).poll;
    expect(afterUnique.vote_count).toBe(1);
    expect(afterUnique.own_votes.map((vote) => vote.option_id)).toEqual([optionId(unique, 'Salad')]);

    const limited = await createPoll({ id: 'limited', max_votes_allowed: 2, allow_answers: true });
    for (const text of ['Pizza', 'Sushi', 'Salad']) {
      store().castVote('limited', 'voter-1', { optionId: optionId(limited, text) });
    }
    store().castVote('limited', 'voter-1', { answerText: 'Soup' });
    store().castVote('limited', 'voter-1', { answerText: 'Stew' });
    const afterLimit = (await client().getPoll({ poll_id: 'limited', user_id: 'voter-1' })).poll;
    expect(afterLimit.vote_count).toBe(2);
    expect(Object.keys(afterLimit.vote_counts_by_option).sort()).toEqual(
      [optionId(limited, 'Sushi'), optionId(limited, 'Salad')].sort(),
    );
    expect(afterLimit.answers_count).toBe(1);
    expect(afterLimit.latest_answers.map((answer) => answer.answer_text)).toEqual(['Stew']);
    expectConsistentCounts(afterLimit);
  });

  it('refuses votes on closed polls and answers where none are allowed', async () => {
    const poll = await createPoll({ id: 'closed', is_closed: true });
    expect(() => store().castVote('closed', 'voter-1', { optionId: optionId(poll, 'Pizza') })).toThrow(/closed/);
    await createPoll({ id: 'open' });
    expect(() => store().castVote('open', 'voter-1', { answerText: 'x' })).toThrow(/answers/);
    expect(() => store().castVote('open', 'ghost', { answerText: 'x' })).toThrow(/does not exist/);
  });

  it('removes the votes of a deleted option and of options a full update leaves out', async () => {
    const poll = await createPoll({ id: 'shrink' });
    const [pizza, sushi, salad] = ['Pizza', 'Sushi', 'Salad'].map((text) => optionId(poll, text));
    store().castVote('shrink', 'voter-1', { optionId: pizza! });
    store().castVote('shrink', 'voter-2', { optionId: sushi! });
    store().castVote('shrink', 'voter-3', { optionId: salad! });
    await client().deletePollOption({ poll_id: 'shrink', option_id: pizza! });
    const afterDelete = (await client().getPoll({ poll_id: 'shrink' })).poll;
    expect(afterDelete.vote_count).toBe(2);
    expectConsistentCounts(afterDelete);

    const replaced = await client().updatePoll({ id: 'shrink', name: 'Lunch?', options: [{ id: sushi! }] });
    expect(replaced.poll.vote_count).toBe(1);
    expect(replaced.poll.vote_counts_by_option).toEqual({ [sushi!]: 1 });
  });

  it('hides voters of anonymous polls from everybody but themselves', async () => {
    const poll = await createPoll({ id: 'secret', voting_visibility: 'anonymous' });
    store().castVote('secret', 'voter-1', { optionId: optionId(poll, 'Pizza') });
    const seen = (await client().getPoll({ poll_id: 'secret', user_id: 'voter-2' })).poll;
    const latest = Object.values(seen.latest_votes_by_option as Record<string, Record<string, unknown>[]>)[0]!;
    expect(latest[0]).not.toHaveProperty('user_id');
    expect(latest[0]).not.toHaveProperty('user');
    const { votes } = await client().queryPollVotes({ poll_id: 'secret', user_id: 'voter-1' });
    expect(votes[0]?.user_id).toBe('voter-1');
  });
});

describe('queryPolls', () => {
  beforeEach(async () => {
    for (let i = 1; i <= 25; i++) {
      const poll = await createPoll({
        id: `q-${String(i).padStart(2, '0')}`,
        name: `Question ${String.fromCharCode(96 + ((i * 7) % 26) + 1)}`,
        user_id: i % 2 ? 'owner' : 'voter-1',
      });
      for (let v = 0; v < i % 4; v++) store().castVote(poll.id, `voter-${v + 1}`, { optionId: poll.options[0]!.id });
      if (i % 5 === 0) await client().updatePollPartial({ poll_id: poll.id, set: { is_closed: true } });
    }
  });

  const ids = async (body: Record<string, unknown>) => (await client().queryPolls(body)).polls.map((poll) => poll.id);

  it.each([
    [{ id: 'q-03' }, ['q-03']],
    [{ id: { $in: ['q-01', 'q-02', 'nope'] } }, ['q-01', 'q-02']],
    [{ is_closed: true }, ['q-05', 'q-10', 'q-15', 'q-20', 'q-25']],
    [{ created_by_id: 'voter-1', is_closed: true }, ['q-10', 'q-20']],
    [{ name: { $eq: 'Question h' } }, ['q-01']],
    [{ id: { $ne: 'q-01' }, is_closed: { $eq: true }, created_by_id: { $in: ['owner'] } }, ['q-05', 'q-15', 'q-25']],
  ])('filter %j', async (filter, expected) => {
    expect((await ids({ filter, limit: 100 })).sort()).toEqual(expected);
  });

  it('filters by creation time', async () => {
    const created = store().require('q-20').created_at;
    expect((await ids({ filter: { created_at: { $gt: created } }, limit: 100 })).sort()).toEqual([
      'q-21',
      'q-22',
      'q-23',
      'q-24',
      'q-25',
    ]);
    expect(await ids({ filter: { created_at: { $lte: store().require('q-01').created_at } } })).toEqual(['q-01']);
  });

  it('pages newest first by default, ten at a time', async () => {
    const { polls, next, prev } = await client().queryPolls({});
    expect(polls.map((poll) => poll.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `q-${String(25 - i).padStart(2, '0')}`),
    );
    expect(next).toBeTypeOf('string');
    expect(prev).toBeUndefined();
  });

  it('sorts by vote count and by name', async () => {
    const byVotes = (await client().queryPolls({ sort: [{ field: 'vote_count', direction: -1 }], limit: 100 })).polls;
    const counts = byVotes.map((poll) => poll.vote_count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(3);
    const byName = (await client().queryPolls({ sort: [{ field: 'name', direction: 1 }], limit: 100 })).polls;
    const names = byName.map((poll) => poll.name);
    expect(names).toEqual([...names].sort());
  });

  it('walks forward with next and back with prev, returning every poll once', async () => {
    const sort = [{ field: 'vote_count', direction: -1 }];
    const forward: string[] = [];
    const pages: { next?: string; prev?: string }[] = [];
    let next: string | undefined;
    do {
      const page = await client().queryPolls({ sort, limit: 7, ...(next ? { next } : {}) });
      forward.push(...page.polls.map((poll) => poll.id));
      pages.push({ next: page.next, prev: page.prev });
      next = page.next;
    } while (next);
    expect(forward).toHaveLength(25);
    expect(new Set(forward).size).toBe(25);
    expect(pages.map((page) => page.prev === undefined)).toEqual([true, false, false, false]);

    const backward: string[] = [];
    let prev = pages.at(-1)!.prev;
    while (prev) {
      const page = await client().queryPolls({ sort, limit: 7, prev });
      backward.unshift(...page.polls.map((poll) => poll.id));
      prev = page.prev;
    }
    const lastPage = forward.slice(21);
    expect([...backward, ...lastPage]).toEqual(forward);
  });

  it('rejects a cursor used under another sort, both cursors, and limits past 100', async () => {
    const { next } = await client().queryPolls({ limit: 5 });
    const other = await streamErrorOf(client().queryPolls({ next, sort: [{ field: 'name', direction: 1 }] }));
    expect(other.exceptionFields).toHaveProperty('next');
    expect((await streamErrorOf(client().queryPolls({ next, prev: next }))).code).toBe(4);
    expect((await streamErrorOf(client().queryPolls({ next: 'garbage' }))).code).toBe(4);
    expect((await streamErrorOf(client().queryPolls({ limit: 101 }))).code).toBe(4);
    expect((await streamErrorOf(client().queryPolls({ filter: { colour: 'red' } }))).exceptionFields).toHaveProperty(
      'filter',
    );
  });

  it('shows the viewer own votes in every poll', async () => {
    const { polls } = await client().queryPolls({ user_id: 'voter-1', filter: { id: { $in: ['q-01', 'q-04'] } } });
    const own = Object.fromEntries(polls.map((poll) => [poll.id, poll.own_votes.length]));
    expect(own).toEqual({ 'q-01': 1, 'q-04': 0 });
  });
});

describe('queryPollVotes', () => {
  beforeEach(async () => {
    const poll = await createPoll({ id: 'busy', allow_answers: true });
    const voters = ['owner', 'voter-1', 'voter-2', 'voter-3', 'stranger'];
    for (const [i, voter] of voters.entries()) {
      store().castVote('busy', voter, { optionId: poll.options[i % 3]!.id });
      store().castVote('busy', voter, { optionId: poll.options[(i + 1) % 3]!.id });
    }
    store().castVote('busy', 'voter-1', { answerText: 'Soup' });
  });

  it('filters by user, option and answer, embedding the voter', async () => {
    const optionA = store().require('busy').options[0]!.id;
    const byUser = await client().queryPollVotes({ poll_id: 'busy', filter: { user_id: 'voter-2' } });
    expect(byUser.votes).toHaveLength(2);
    expect(byUser.votes.every((vote) => vote.user?.id === 'voter-2')).toBe(true);
    const byOption = await client().queryPollVotes({ poll_id: 'busy', filter: { option_id: optionA }, limit: 100 });
    expect(byOption.votes.every((vote) => vote.option_id === optionA)).toBe(true);
    expect(byOption.votes).toHaveLength(
      (await client().getPoll({ poll_id: 'busy' })).poll.vote_counts_by_option[optionA] as number,
    );
    const answers = await client().queryPollVotes({ poll_id: 'busy', filter: { is_answer: true } });
    expect(answers.votes.map((vote) => vote.answer_text)).toEqual(['Soup']);
    expect((await streamErrorOf(client().queryPollVotes({ poll_id: 'nope' }))).code).toBe(16);
  });

  it('walks every vote once in both directions', async () => {
    const sort = [{ field: 'created_at', direction: 1 }];
    const forward: string[] = [];
    let next: string | undefined;
    let last: { prev?: string } = {};
    do {
      const page = await client().queryPollVotes({ poll_id: 'busy', sort, limit: 4, ...(next ? { next } : {}) });
      forward.push(...page.votes.map((vote) => vote.id));
      next = page.next;
      last = page;
    } while (next);
    expect(forward).toHaveLength(11);
    expect(new Set(forward).size).toBe(11);

    const backward: string[] = [];
    let prev = last.prev;
    while (prev) {
      const page = await client().queryPollVotes({ poll_id: 'busy', sort, limit: 4, prev });
      backward.unshift(...page.votes.map((vote) => vote.id));
      prev = page.prev;
    }
    expect([...backward, ...forward.slice(8)]).toEqual(forward);
  });
});

describe('user tokens', () => {
  it('create polls as themselves and change only their own', async () => {
    const created = await harness.asUser('voter-1', 'createPoll', { name: 'Mine', options: [{ text: 'A' }] });
    expect(created.status).toBe(201);
    expect(created.body.poll.created_by_id).toBe('voter-1');
    const own = await harness.asUser('voter-1', 'updatePollPartial', {
      poll_id: created.body.poll.id,
      set: { name: 'Still mine' },
    });
    expect(own.status).toBe(200);

    await createPoll({ id: 'theirs' });
    for (const [operation, input] of [
      ['updatePoll', { id: 'theirs', name: 'Hijacked' }],
      ['updatePollPartial', { poll_id: 'theirs', set: { name: 'Hijacked' } }],
      ['deletePoll', { poll_id: 'theirs' }],
      ['createPollOption', { poll_id: 'theirs', text: 'Extra' }],
      ['deletePollOption', { poll_id: 'theirs', option_id: store().require('theirs').options[0]!.id }],
    ] as const) {
      const answer = await harness.asUser('stranger', operation, input);
      expect([operation, answer.status, answer.body.code]).toEqual([operation, 403, 17]);
    }
    expect((await client().getPoll({ poll_id: 'theirs' })).poll.name).toBe('Lunch?');
  });

  it('may suggest options when the poll allows it, and may not act as somebody else', async () => {
    await createPoll({ id: 'open', allow_user_suggested_options: true });
    const suggested = await harness.asUser('stranger', 'createPollOption', { poll_id: 'open', text: 'Ramen' });
    expect(suggested.status).toBe(201);
    const impersonating = await harness.asUser('stranger', 'getPoll', { poll_id: 'open', user_id: 'owner' });
    expect([impersonating.status, impersonating.body.code]).toEqual([403, 17]);
    const read = await harness.asUser('stranger', 'queryPolls', { filter: { id: 'open' } });
    expect(read.body.polls).toHaveLength(1);
  });
});
